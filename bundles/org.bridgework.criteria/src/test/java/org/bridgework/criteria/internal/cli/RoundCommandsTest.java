package org.bridgework.criteria.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.criteria.internal.ConsensusServiceImpl;
import org.bridgework.criteria.internal.XlsxRatingForms;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.testsupport.Commands.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** consensus open, amend and carry over a copy of the sample: what they write, and that errors and --dry-run write nothing. */
class RoundCommandsTest {


    @TempDir
    Path dir;

    final Cli cli = new Cli();
    final ProjectServiceImpl projects = cli.projects;
    final ConsensusServiceImpl consensus = cli.consensus;

    Result run(String... args) {
        return cli.run("consensus", args);
    }

    private Path sample() throws Exception {
        Path file = dir.resolve("p.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        return file;
    }

    private void assertRefused(Path project, int exit, String message, String... args) throws Exception {
        byte[] before = Files.readAllBytes(project);
        Result r = run(args);
        assertEquals(exit, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertArrayEquals(before, Files.readAllBytes(project), "nothing written: " + String.join(" ", args));
    }

    private static Criterion criterion(GuidanceProject p, String code) {
        return p.getCriteria().stream().filter(c -> code.equals(c.getCode())).findFirst().orElseThrow();
    }

    @Test
    void aDraftRoundIsOpenedThenClosedAndNeverSkipped() throws Exception {
        Path p = sample();
        String f = p.toString();
        assertRefused(p, 2, "is a draft that was never opened: open it first", "close", "-p", f);
        assertRefused(p, 2, "unknown criterion 'C9', 'cx'; the project's criteria: C1, C2, C3, C4, C5",
                "open", "--criteria", "C1,C9,cx", "-p", f);
        Result opened = run("open", "--opened", "2026-02-20", "-p", f);
        assertEquals(0, opened.exit(), opened.err());
        assertTrue(opened.out().contains("Opened round 1 (round-1), until now a draft, on 2026-02-20: 5 criteria, panel of 12."), opened.out());
        Result status = run("status", f);
        assertTrue(status.out().contains("opened 2026-02-20"), status.out() + status.err());
        assertRefused(p, 2, "a new round needs --criteria and --members", "open", "--members", "mem-uuk", "-p", f);
        assertRefused(p, 2, "opened on 2026-02-20, after 2026-02-01", "close", "--closed", "2026-02-01", "-p", f);
        Result closed = run("close", "--closed", "2026-02-27", "-p", f);
        assertEquals(0, closed.exit(), closed.err());
        assertTrue(closed.out().contains("Closed round 1 (round-1) on 2026-02-27."), closed.out());
        assertRefused(p, 2, "was already closed on 2026-02-27", "close", "-p", f);
        try (Project project = projects.open(p)) {
            ConsensusRound r1 = consensus.round(project.root(), 1).orElseThrow();
            assertEquals(LocalDate.of(2026, 2, 20), r1.getOpened());
            assertEquals(LocalDate.of(2026, 2, 27), r1.getClosed());
        }
    }

    @Test
    void openARound() throws Exception {
        Path p = sample();
        String f = p.toString();
        Result first = run("open", "--opened", "2026-02-20", "-p", f); // the sample's round 1 is a draft
        assertEquals(0, first.exit(), first.err());
        assertRefused(p, 2, "round 1 (round-1) is still open; opening a new round ends it. Pass --close",
                "open", "--criteria", "C1,C2", "--members", "mem-uuk,mem-aoc", "--opened", "2026-03-01", "-p", f);
        assertRefused(p, 2, "unknown criterion 'C9', 'cx'; the project's criteria: C1, C2, C3, C4, C5",
                "open", "--criteria", "C1,C9,cx", "--members", "mem-uuk", "--close", "-p", f);
        assertRefused(p, 2, "unknown member 'mem-nobody'", "open", "--criteria", "C1", "--members", "mem-nobody", "--close", "-p", f);
        assertRefused(p, 2, "--opened '1 March' is not a date", "open", "--criteria", "C1", "--members", "mem-uuk", "--opened", "1 March",
                "--close", "-p", f);
        assertRefused(p, 2, "none.guidance: no such file", "open", "--criteria", "C1", "--members", "mem-uuk", "-p", dir.resolve("none.guidance").toString());
        assertRefused(p, 2, "a new round needs --criteria and --members", "open", "--members", "mem-uuk", "-p", f);

        byte[] before = Files.readAllBytes(p);
        Result dry = run("open", "--criteria", "c1-benefits,C2", "--members", "mem-uuk,mem-aoc", "--opened", "2026-03-01", "--close", "--into", f,
                "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("Opened round 2 (round-2) on 2026-03-01: 2 criteria (C1, C2), panel of 2. Closed round 1."), dry.out());
        assertTrue(dry.out().contains("Nothing was written (--dry-run)"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(p));

        Result ok = run("open", "--criteria", "C1,C2,C1", "--members", "mem-uuk,mem-aoc", "--opened", "2026-03-01", "--close", "-p", f);
        assertEquals(0, ok.exit(), ok.err());
        try (Project project = projects.open(p)) {
            GuidanceProject root = project.root();
            assertEquals(2, root.getRounds().size());
            ConsensusRound r2 = consensus.currentRound(root).orElseThrow();
            assertEquals(2, r2.getNumber());
            assertEquals(LocalDate.of(2026, 3, 1), r2.getOpened());
            assertNull(r2.getClosed());
            assertEquals(List.of("C1", "C2"), r2.getCriteria().stream().map(Criterion::getCode).toList(), "each criterion once");
            assertEquals(List.of("mem-uuk", "mem-aoc"), r2.getPanel().stream().map(Member::getId).toList());
            assertEquals(LocalDate.of(2026, 3, 1), consensus.round(root, 1).orElseThrow().getClosed());
        }
        Result all = run("open", "--criteria", "all", "--members", "all", "--opened", "2026-04-01", "--close", "-p", f);
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("Opened round 3 (round-3) on 2026-04-01: 5 criteria (C1, C2, C3, C4, C5), panel of 13."), all.out());
    }

    @Test
    void amendACriterion() throws Exception {
        Path p = sample();
        String f = p.toString();
        assertRefused(p, 2, "unknown criterion 'C7'", "amend", "C7", "--statement", "x", "-p", f);
        assertRefused(p, 2, "the new statement of C2 is blank", "amend", "C2", "--statement", "  ", "-p", f);
        String same;
        try (Project project = projects.open(p)) {
            same = criterion(project.root(), "C2").getStatement();
        }
        assertRefused(p, 2, "the new statement of C2 is the same as the current one", "amend", "C2", "--statement", same, "-p", f);
        byte[] before = Files.readAllBytes(p);
        Result dry = run("amend", "c2", "--statement", "The model does not duplicate crisis care.", "--reason", "Round 1 comments", "-p", f, "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertArrayEquals(before, Files.readAllBytes(p));
        Result ok = run("amend", "C2", "--statement", "The model does not duplicate crisis care.", "--reason", "Round 1 comments", "--into", f);
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Amended C2 (wording 2, after round 1): The model does not duplicate crisis care."), ok.out());
        try (Project project = projects.open(p)) {
            Criterion c2 = criterion(project.root(), "C2");
            assertEquals("The model does not duplicate crisis care.", c2.getStatement());
            assertEquals(1, c2.getWordingHistory().size());
            assertEquals(same, c2.getWordingHistory().get(0).getPreviousStatement());
            assertEquals("Round 1 comments", c2.getWordingHistory().get(0).getReason());
            assertEquals(1, c2.getWordingHistory().get(0).getRound().getNumber());
        }
    }

    /** Round 1 rated: C1 all 8 (include), C2 split (no consensus), C3 all 2 (exclude), C4 and C5 not rated. */
    private void rateRoundOne(Path file, boolean all) throws Exception {
        try (Project project = projects.open(file)) {
            GuidanceProject root = project.root();
            ConsensusRound r1 = consensus.round(root, 1).orElseThrow();
            int i = 0;
            for (Member m : r1.getPanel()) {
                consensus.rate(project, r1, m, criterion(root, "C1"), 8, null);
                consensus.rate(project, r1, m, criterion(root, "C2"), all || i % 2 == 0 ? 8 : 5, null);
                consensus.rate(project, r1, m, criterion(root, "C3"), 2, null);
                if (all) {
                    consensus.rate(project, r1, m, criterion(root, "C4"), 9, null);
                    consensus.rate(project, r1, m, criterion(root, "C5"), 9, null);
                }
                i++;
            }
            projects.save(project);
        }
    }

    @Test
    void carryCriteriaWithoutConsensus() throws Exception {
        Path p = sample();
        String f = p.toString();
        rateRoundOne(p, false);
        assertRefused(p, 2, "round 1 (round-1) is still open; carrying its criteria over ends it. Pass --close", "carry", "-p", f);
        assertRefused(p, 2, "has no round 4", "carry", "--from", "4", "-p", f);
        byte[] before = Files.readAllBytes(p);
        Result dry = run("carry", "--close", "--opened", "2026-04-01", "-p", f, "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertArrayEquals(before, Files.readAllBytes(p));
        Result ok = run("carry", "--close", "--opened", "2026-04-01", "-p", f);
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Opened round 2 (round-2) on 2026-04-01 with 3 criteria without consensus in round 1 (C2, C4, C5), panel of 12."),
                ok.out());
        try (Project project = projects.open(p)) {
            GuidanceProject root = project.root();
            ConsensusRound r2 = consensus.round(root, 2).orElseThrow();
            assertEquals(List.of("C2", "C4", "C5"), r2.getCriteria().stream().map(Criterion::getCode).toList());
            assertEquals(12, r2.getPanel().size());
            assertEquals(LocalDate.of(2026, 4, 1), consensus.round(root, 1).orElseThrow().getClosed());
        }
        assertRefused(p, 2, "round 1 is not the current round (2)", "carry", "--from", "1", "--close", "-p", f);
    }

    @Test
    void nothingToCarryWritesNothing() throws Exception {
        Path p = sample();
        rateRoundOne(p, true);
        byte[] before = Files.readAllBytes(p);
        Result r = run("carry", "--close", "-p", p.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Every criterion of round 1 reached consensus; nothing to carry."), r.out());
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void stakeholderGroupsAndTheEveryGroupRule() throws Exception {
        Path p = sample();
        String f = p.toString();
        rateRoundOne(p, true);
        byte[] before = Files.readAllBytes(p);
        Result dry = run("group", "mem-uuk", "--as", "students", "--dry-run", "-p", f);
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("Set the stakeholder group of mem-uuk to students. Nothing was written (--dry-run)."), dry.out());
        assertArrayEquals(before, Files.readAllBytes(p));
        assertRefused(p, 2, "unknown stakeholder group 'pupils'; groups: unspecified, he, nhs, students, voluntary-sector, other",
                "group", "mem-uuk", "--as", "pupils", "-p", f);
        assertRefused(p, 2, "unknown member 'mem-nobody'", "group", "mem-nobody", "--as", "he", "-p", f);
        assertRefused(p, 2, "--every-group takes on or off, not 'maybe'", "rule", "--every-group", "maybe", "-p", f);
        assertEquals(0, run("group", "mem-uuk", "--as", "students", "-p", f).exit());
        try (Project project = projects.open(p)) {
            GuidanceProject root = project.root();
            // the student seat disagrees with C1, which everyone else agrees with: 11 of 12 agree overall
            consensus.rate(project, consensus.round(root, 1).orElseThrow(), root.getMembers().stream()
                    .filter(m -> m.getId().equals("mem-uuk")).findFirst().orElseThrow(), criterion(root, "C1"), 2, null);
            projects.save(project);
        }
        Result off = run("status", "--by-group", f);
        assertTrue(off.out().lines().anyMatch(l -> l.startsWith("C1 ") && l.contains("include")), off.out());
        assertTrue(off.out().contains("students 0% agree (n=1, exclude)"), off.out());
        Result on = run("rule", "--every-group", "on", "-p", f);
        assertEquals(0, on.exit(), on.err());
        assertTrue(on.out().contains("Consensus now needs agreement in every stakeholder group. Saved"), on.out());
        Result split = run("status", "--by-group", f);
        assertTrue(split.out().contains("(rule: consensus needs agreement in every group)"), split.out());
        assertTrue(split.out().lines().anyMatch(l -> l.startsWith("C1 ") && l.contains("no-consensus")), split.out());
        assertTrue(split.out().lines().anyMatch(l -> l.startsWith("C1 ") && l.endsWith("not reached in: students")), split.out());
        Result json = run("status", "--json", f);
        String compact = json.out().replaceAll("\\s+", "");
        assertTrue(compact.contains("\"agreementInEveryGroup\":true"), json.out());
        assertTrue(compact.contains("\"dissentingGroups\":[\"students\"]"), json.out());
        assertTrue(compact.contains("\"students\":{\"raters\":1,\"agreePercent\":0.0"), json.out());
        assertEquals(0, run("rule", "--every-group", "off", "-p", f).exit());
        assertTrue(run("status", f).out().lines().anyMatch(l -> l.startsWith("C1 ") && l.contains("include")));
    }

    @Test
    void remindersForFormsNotYetReturned() throws Exception {
        Path p = sample();
        String f = p.toString();
        Result draft = run("reminders", f);
        assertEquals(2, draft.exit());
        assertTrue(draft.err().contains("round 1 is a draft that was never opened"), draft.err());
        assertEquals(0, run("open", "--opened", "2026-02-20", "-p", f).exit());
        try (Project project = projects.open(p)) {
            GuidanceProject root = project.root();
            ConsensusRound r1 = consensus.round(root, 1).orElseThrow();
            Member uuk = root.getMembers().stream().filter(m -> m.getId().equals("mem-uuk")).findFirst().orElseThrow();
            consensus.rate(project, r1, uuk, criterion(root, "C1"), 8, null);
            consensus.rate(project, r1, uuk, criterion(root, "C3"), null, null); // an abstention counts as rated
            projects.save(project);
        }
        byte[] before = Files.readAllBytes(p);
        Result r = run("reminders", f);
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(before, Files.readAllBytes(p), "reminders change nothing");
        assertTrue(r.out().startsWith("Round 1: 12 of 12 panel members still owe ratings."), r.out());
        assertTrue(r.out().contains("----- mem-uuk (") && r.out().contains("): 2 of 5 rated, missing C2, C4, C5"), r.out());
        assertTrue(r.out().contains("still without a score from you: C2, C4, C5."), r.out());
        assertTrue(r.out().contains("no form returned"), r.out());
        assertTrue(r.out().contains("We have not yet received your rating form for round 1 of the consensus on the criteria for"), r.out());
        assertTrue(r.out().contains("which opened on 2026-02-20."), r.out());
        assertTrue(r.out().contains("Subject: Reminder: your rating form for round 1 ("), r.out());
        String json = run("reminders", "--json", f).out().replaceAll("\\s+", " ");
        assertTrue(json.contains("\"member\": \"mem-uuk\"") && json.contains("\"missing\": [ \"C2\", \"C4\", \"C5\" ]"), json);
        assertTrue(json.contains("\"returned\": false"), json);
        rateRoundOne(p, true);
        assertTrue(run("reminders", f).out().contains("has returned a complete form; no reminders."));
        assertEquals(0, run("close", "--closed", "2026-03-01", "-p", f).exit());
        Result closed = run("reminders", f);
        assertEquals(2, closed.exit());
        assertTrue(closed.err().contains("round 1 closed on 2026-03-01: it takes no more forms."), closed.err());
    }

    @Test
    void reportFollowsAccordItemByItem() throws Exception {
        Path p = sample();
        Result r = run("report", p.toString());
        assertEquals(1, r.exit(), "ACCORD items are missing: " + r.err());
        assertTrue(r.out().startsWith("Consensus report, item by item against ACCORD (Gattrell et al. 2024, doi:10.1371/journal.pmed.1004326)"), r.out());
        assertTrue(r.out().contains("\nTitle\n  1. "), r.out());
        assertTrue(r.out().contains("  5. Registration and protocol: MISSING - "), r.out());
        assertTrue(r.out().contains(" 14. Definition of consensus, set before rating: Consensus to include: at least 75%"), r.out());
        assertTrue(r.out().contains("Outcome for each criterion\n  Criterion | Statement"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Missing ") && l.contains(" of 35 ACCORD items: ")), r.out());
        String json = run("report", "--json", p.toString()).out().replaceAll("\\s+", " ");
        assertTrue(json.contains("\"item\": 35,") && !json.contains("\"item\": 36,"), json);
        assertTrue(json.contains("\"topic\": \"Funding\", \"text\": \"Name the funders and their role.\", \"missing\": true"), json);
        // the rule "agreement in every group" is part of the definition the report gives
        assertEquals(0, run("rule", "--every-group", "on", "-p", p.toString()).exit());
        assertTrue(run("report", p.toString()).out().contains("also within every stakeholder group that rated the criterion"));
    }

    @Test
    void everyConsensusCommandHasHelp() {
        Result root = run("--help");
        assertEquals(0, root.exit(), root.err());
        assertTrue(root.out().replaceAll("\\s+", " ").contains("(status | form | import | open | close | amend | carry | group | rule | reminders | report)"), root.out());
        for (String sub : List.of("status", "form", "import", "open", "close", "amend", "carry", "group", "rule", "reminders", "report")) {
            Result r = run(sub, "--help");
            assertEquals(0, r.exit(), sub + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: consensus " + sub), r.out());
        }
        assertTrue(run("open", "-h").out().contains("--dry-run"));
    }
}
