package org.bridgework.drafting.internal;

import org.bridgework.drafting.internal.cli.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.drafting.internal.readiness.CaseStudiesCollectedRule;
import org.bridgework.drafting.internal.readiness.LiteratureMappedRule;
import org.bridgework.drafting.internal.readiness.OpenCommentsRule;
import org.bridgework.drafting.internal.readiness.ScopeAgreedRule;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.model.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness rules on the shipped sample and on edited copies. */
class MilestoneReadinessTest {

    @TempDir
    Path temp;

    final Cli cli = new Cli();
    final MilestoneReadinessImpl readiness = MilestoneReadinessImpl.withBuiltInRules();
    Project project;

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
    }

    private GuidanceProject sample() throws Exception {
        project = cli.projects.sampleCopy();
        return project.root();
    }

    private static Milestone milestone(GuidanceProject root, MilestoneKind kind) {
        return root.getMilestones().stream().filter(m -> m.getKind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has no " + kind + " milestone"));
    }

    private static List<Kind> kinds(Readiness r) {
        return r.open().stream().map(Readiness.OpenItem::kind).toList();
    }

    @Test
    void scopeAgreedNeedsARecordedAgreementWithWhoAndWhen() throws Exception {
        GuidanceProject root = sample();
        Milestone scope = milestone(root, MilestoneKind.SCOPE_AGREED);
        root.getScope().setAgreedBy(null);
        root.getScope().setAgreedOn(null);
        assertEquals(List.of(Kind.SCOPE_NOT_AGREED), kinds(readiness.readiness(root, scope)).stream().filter(k -> k == Kind.SCOPE_NOT_AGREED).toList());
        root.getScope().setAgreedBy("Taskforce");
        assertTrue(kinds(readiness.readiness(root, scope)).contains(Kind.SCOPE_NOT_AGREED), "who without when is not an agreement");
        root.getScope().setAgreedOn(LocalDate.of(2026, 2, 20));
        assertFalse(kinds(readiness.readiness(root, scope)).contains(Kind.SCOPE_NOT_AGREED));
    }

    @Test
    void literatureMappedNeedsExtractsForEverySourceAndEvidenceOrARecordedGapForEveryChallenge() throws Exception {
        GuidanceProject root = sample();
        Milestone literature = milestone(root, MilestoneKind.LITERATURE_SUMMARISED);
        Source bare = GuidanceFactory.eINSTANCE.createSource();
        bare.setId("src-bare");
        bare.setTitle("A report nobody has read yet");
        root.getSources().add(bare);
        Challenge orphan = GuidanceFactory.eINSTANCE.createChallenge();
        orphan.setId("ch-orphan");
        orphan.setTitle("Nobody has looked");
        root.getChallenges().add(orphan);

        Readiness r = readiness.readiness(root, literature);
        assertTrue(r.open().stream().anyMatch(i -> i.kind() == Kind.SOURCE_WITHOUT_EXTRACTS && i.elementId().equals("src-bare")), r.toString());
        assertTrue(r.open().stream().anyMatch(i -> i.kind() == Kind.CHALLENGE_WITHOUT_EVIDENCE && i.elementId().equals("ch-orphan")), r.toString());

        var extract = GuidanceFactory.eINSTANCE.createExtract();
        extract.setId("ex-bare-1");
        extract.setText("Read at last.");
        bare.getExtracts().add(extract);
        orphan.setEvidenceGap("No UK studies found; the case studies speak to it.");
        Readiness after = readiness.readiness(root, literature);
        assertTrue(after.open().stream().noneMatch(i -> i.elementId().equals("src-bare") || i.elementId().equals("ch-orphan")), after.toString());
    }

    @Test
    void caseStudiesCountAsCollectedOnceVerified() throws Exception {
        GuidanceProject root = sample();
        Milestone collected = milestone(root, MilestoneKind.CASE_STUDIES_COLLECTED);
        CaseStudy cs = root.getCaseStudies().get(0);
        for (CollectionStatus status : CollectionStatus.VALUES) {
            cs.setCollectionStatus(status);
            boolean open = readiness.readiness(root, collected).open().stream().anyMatch(i -> i.elementId().equals(cs.getId()));
            boolean expected = status != CollectionStatus.VERIFIED && status != CollectionStatus.APPROVED && status != CollectionStatus.WITHDRAWN;
            assertEquals(expected, open, status.getLiteral());
        }
    }

    @Test
    void theFinalMilestonesReadinessIsThePublicationGateAndTheGateAsksTheReleaseMilestonesRules() throws Exception {
        GuidanceProject root = sample();
        Milestone fin = milestone(root, MilestoneKind.FINAL);
        org.bridgework.core.api.ReleaseRule placeholder = new org.bridgework.core.api.ReleaseRule() {
            @Override
            public String id() {
                return "test.placeholder";
            }

            @Override
            public List<org.bridgework.core.api.Blocker> blockers(GuidanceProject p, org.bridgework.core.api.ReleaseScope scope) {
                return List.of(new org.bridgework.core.api.Blocker("placeholder-text", p.getId(), "Placeholder text is left.", "Write it."));
            }
        };
        var gate = new org.bridgework.core.internal.PublicationGateImpl(List.of(readiness, placeholder));
        readiness.setGate(gate);
        // an open review comment and a document over its target: milestone rules that count for the release
        root.getDocument().setLengthTargetWords(10);
        var comment = org.bridgework.model.GuidanceFactory.eINSTANCE.createReviewComment();
        comment.setId("rc-final-check");
        comment.setText("Say who signs the agreement.");
        root.getReviewComments().add(comment);

        List<org.bridgework.core.api.Blocker> blockers = gate.blockers(root, org.bridgework.core.api.ReleaseScope.PREVIEW);
        Readiness r = readiness.readiness(root, fin);
        assertEquals(blockers.size(), r.open().size(), "one item per blocker of the gate: " + r.open());
        for (int i = 0; i < blockers.size(); i++) {
            assertEquals(blockers.get(i).elementId(), r.open().get(i).elementId());
            assertEquals(Kind.RELEASE_BLOCKER, r.open().get(i).kind());
            assertTrue(r.open().get(i).text().startsWith(blockers.get(i).reason()));
        }
        List<String> codes = blockers.stream().map(org.bridgework.core.api.Blocker::code).toList();
        assertTrue(codes.containsAll(List.of("placeholder-text", "review-comment-open", "over-word-budget")), codes.toString());
        assertTrue(blockers.stream().anyMatch(b -> "rc-final-check".equals(b.elementId())));
        // what other milestones alone ask (the scope agreed) is not a release blocker
        assertFalse(codes.contains("scope-not-agreed"), codes.toString());
        // fixing the gate's items makes the final milestone ready (the placeholder rule gone, the comment done, the target met)
        readiness.setGate(new org.bridgework.core.internal.PublicationGateImpl(List.of(readiness)));
        comment.setStatus(org.bridgework.model.ReviewStatus.ACCEPTED);
        root.getDocument().setLengthTargetWords(0);
        root.getReviewComments().stream().filter(c -> c.getStatus() == null || c.getStatus() == org.bridgework.model.ReviewStatus.OPEN)
                .forEach(c -> c.setStatus(org.bridgework.model.ReviewStatus.ACCEPTED));
        assertTrue(readiness.readiness(root, fin).ready(), readiness.readiness(root, fin).open().toString());
    }

    @Test
    void aPassedDateWithOpenItemsIsMissedButRecordedDoneStaysDone() throws Exception {
        GuidanceProject root = sample();
        Milestone criteria = milestone(root, MilestoneKind.CRITERIA_AGREED);
        criteria.setStatus(MilestoneStatus.IN_PROGRESS);
        assertFalse(readiness.readiness(root, criteria).ready(), "the sample's criteria are not all agreed");
        LocalDate date = criteria.getDate();
        assertEquals(MilestoneStatus.IN_PROGRESS, readiness.status(root, criteria, date), "due today is not missed");
        assertEquals(MilestoneStatus.MISSED, readiness.status(root, criteria, date.plusDays(1)));
        criteria.setStatus(MilestoneStatus.DONE);
        assertEquals(MilestoneStatus.DONE, readiness.status(root, criteria, date.plusDays(1)));
        criteria.setStatus(null);
        assertEquals(MilestoneStatus.PLANNED, readiness.status(root, criteria, date.minusDays(1)));
        // from a readiness asked for once, as the timeline and 'milestones' show it: the same status in every case
        for (MilestoneStatus recorded : new MilestoneStatus[] {null, MilestoneStatus.IN_PROGRESS, MilestoneStatus.DONE, MilestoneStatus.CANCELLED}) {
            criteria.setStatus(recorded);
            Readiness asked = readiness.readiness(root, criteria);
            for (LocalDate day : List.of(date.minusDays(1), date, date.plusDays(1))) {
                assertEquals(readiness.status(root, criteria, day), readiness.status(criteria, asked, day), recorded + " on " + day);
            }
        }
    }

    @Test
    void aContributedRuleCountsAndAFailingOneIsReportedNotHidden() throws Exception {
        GuidanceProject root = sample();
        Milestone scope = milestone(root, MilestoneKind.SCOPE_AGREED);
        root.getScope().setAgreedBy("Taskforce");
        root.getScope().setAgreedOn(LocalDate.of(2026, 2, 20));
        ReadinessRule local = new ReadinessRule() {
            @Override
            public boolean appliesTo(MilestoneKind kind) {
                return kind == MilestoneKind.SCOPE_AGREED;
            }

            @Override
            public List<Readiness.OpenItem> open(GuidanceProject project, Milestone milestone) {
                return List.of(new Readiness.OpenItem(Kind.OTHER, "college-board", "the college's board has not seen the scope"));
            }
        };
        ReadinessRule broken = new ReadinessRule() {
            @Override
            public boolean appliesTo(MilestoneKind kind) {
                return true;
            }

            @Override
            public List<Readiness.OpenItem> open(GuidanceProject project, Milestone milestone) {
                throw new IllegalStateException("boom");
            }
        };
        List<ReadinessRule> rules = new ArrayList<>(List.of(new ScopeAgreedRule(), new LiteratureMappedRule(), new CaseStudiesCollectedRule(), new OpenCommentsRule()));
        rules.add(local);
        rules.add(broken);
        Readiness r = new MilestoneReadinessImpl(rules).readiness(root, scope);
        assertTrue(r.open().stream().anyMatch(i -> i.elementId().equals("college-board")), r.toString());
        assertTrue(r.open().stream().anyMatch(i -> i.kind() == Kind.OTHER && i.text().contains("failed")), r.toString());
    }

    @Test
    void milestonesSetRecordsTheStatusAndDateAndDryRunChangesNothing() throws Exception {
        Path file = temp.resolve("p.guidance");
        try (Project copy = cli.projects.sampleCopy()) {
            cli.projects.saveAs(copy, file);
        }
        String id;
        try (Project p = cli.projects.open(file)) {
            id = milestone(p.root(), MilestoneKind.CRITERIA_AGREED).getId();
        }
        byte[] before = Files.readAllBytes(file);
        Cli.Result dry = cli.run("milestones", "set", id, "--status", "done", "--date", "2027-01-31", "--dry-run", file.toString());
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("Dry run"), dry.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "a dry run writes nothing");

        Cli.Result set = cli.run("milestones", "set", id, "--status", "done", "--date", "2027-01-31", file.toString());
        assertEquals(0, set.exit(), set.err());
        try (Project p = cli.projects.open(file)) {
            Milestone m = milestone(p.root(), MilestoneKind.CRITERIA_AGREED);
            assertEquals(MilestoneStatus.DONE, m.getStatus());
            assertEquals(LocalDate.of(2027, 1, 31), m.getDate());
        }
        Cli.Result list = cli.run("milestones", "--json", file.toString());
        assertTrue(list.out().contains("\"status\": \"done\"") || list.out().contains("\"status\":\"done\""), list.out());

        Cli.Result unknownStatus = cli.run("milestones", "set", id, "--status", "finished", file.toString());
        assertEquals(2, unknownStatus.exit());
        assertTrue(unknownStatus.err().contains("unknown status 'finished'"), unknownStatus.err());
        Cli.Result unknownId = cli.run("milestones", "set", "no-such", "--status", "done", file.toString());
        assertEquals(2, unknownId.exit());
        assertTrue(unknownId.err().contains("no milestone 'no-such'"), unknownId.err());
    }
}
