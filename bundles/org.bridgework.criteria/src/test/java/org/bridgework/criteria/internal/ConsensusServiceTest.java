package org.bridgework.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.ConsensusReport;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.WordingChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds, ratings, undo, amendments and carry-over on the shipped sample. */
class ConsensusServiceTest {

    @TempDir
    Path dir;

    final Samples samples = new Samples();
    final ConsensusServiceImpl service = new ConsensusServiceImpl();

    /** Round 1 of the sample: C1 all 8 (include), C2 split (no consensus), C3 all 2 (exclude), C4 and C5 not rated. */
    private ConsensusRound rateRoundOne(Project p) {
        GuidanceProject root = p.root();
        ConsensusRound r1 = Samples.round(root, 1);
        service.open(p, r1, LocalDate.of(2026, 3, 2));
        int i = 0;
        for (Member m : r1.getPanel()) {
            service.rate(p, r1, m, Samples.criterion(root, "c1-benefits"), 8, null);
            service.rate(p, r1, m, Samples.criterion(root, "c2-no-duplication"), i % 2 == 0 ? 8 : 5, i == 0 ? "Crisis care is the point" : null);
            service.rate(p, r1, m, Samples.criterion(root, "c3-recognisable-to-nhs"), 2, null);
            i++;
        }
        return r1;
    }

    @Test
    void ratingsAreCommandsThatUndo() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            ConsensusRound r1 = Samples.round(root, 1);
            Member m = r1.getPanel().get(0);
            Criterion c1 = Samples.criterion(root, "c1-benefits");
            service.rate(p, r1, m, c1, 7, "fine");
            assertEquals(1, r1.getRatings().size());
            service.rate(p, r1, m, c1, 3, null);
            assertEquals(1, r1.getRatings().size(), "a second rating by the same member replaces the first");
            assertEquals(3, r1.getRatings().get(0).getScore());
            p.editingDomain().getCommandStack().undo();
            assertEquals(7, r1.getRatings().get(0).getScore());
            assertEquals("fine", r1.getRatings().get(0).getComment());
            p.editingDomain().getCommandStack().undo();
            assertTrue(r1.getRatings().isEmpty());
            assertThrows(IllegalArgumentException.class, () -> service.rate(p, r1, m, c1, 10, null));
            Member notOnPanel = Samples.member(root, "mem-project-lead");
            assertThrows(IllegalArgumentException.class, () -> service.rate(p, r1, notOnPanel, c1, 5, null));
        }
    }

    @Test
    void carryOverTakesCriteriaWithoutConsensusAndTheSamePanel() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            ConsensusRound r1 = rateRoundOne(p);
            assertEquals(ConsensusStatus.INCLUDE, service.status(r1, Samples.criterion(root, "c1-benefits")));
            assertEquals(ConsensusStatus.NO_CONSENSUS, service.status(r1, Samples.criterion(root, "c2-no-duplication")));
            assertEquals(ConsensusStatus.EXCLUDE, service.status(r1, Samples.criterion(root, "c3-recognisable-to-nhs")));
            ConsensusRound r2 = service.carryOver(p, r1, LocalDate.of(2026, 4, 1)).orElseThrow();
            assertEquals(2, r2.getNumber());
            assertEquals("round-2", r2.getId());
            assertEquals(List.of("c2-no-duplication", "c4-adaptable", "c5-addresses-challenges"),
                    r2.getCriteria().stream().map(Criterion::getId).toList());
            assertEquals(r1.getPanel(), r2.getPanel());
            assertSame(r2, service.currentRound(root).orElseThrow());
            p.editingDomain().getCommandStack().undo();
            assertEquals(1, root.getRounds().size(), "one undo removes the new round");
        }
    }

    @Test
    void amendmentKeepsTheWordingHistoryAndIsSaved() throws Exception {
        Path file = samples.copy(dir);
        String before;
        try (Project p = samples.open(file)) {
            GuidanceProject root = p.root();
            rateRoundOne(p);
            Criterion c2 = Samples.criterion(root, "c2-no-duplication");
            before = c2.getStatement();
            service.amend(p, c2, "The model does not duplicate crisis care or other services available locally.", "Round 1 comments");
            assertThrows(IllegalArgumentException.class, () -> service.amend(p, c2, c2.getStatement(), "same"));
            assertThrows(IllegalArgumentException.class, () -> service.amend(p, c2, "  ", "blank"));
            service.carryOver(p, Samples.round(root, 1), LocalDate.of(2026, 4, 1));
            service.amend(p, c2, "The model does not duplicate crisis care.", "Round 2 comments");
            assertEquals(2, c2.getWordingHistory().size());
            samples.projects.save(p);
        }
        try (Project p = samples.open(file)) {
            GuidanceProject root = p.root();
            Criterion c2 = Samples.criterion(root, "c2-no-duplication");
            assertEquals("The model does not duplicate crisis care.", c2.getStatement());
            List<WordingChange> h = c2.getWordingHistory();
            assertEquals(before, h.get(0).getPreviousStatement());
            assertEquals("Round 1 comments", h.get(0).getReason());
            assertEquals(1, h.get(0).getRound().getNumber(), "the first change followed round 1");
            assertEquals("The model does not duplicate crisis care or other services available locally.", h.get(1).getPreviousStatement());
            assertEquals(2, h.get(1).getRound().getNumber());
            assertEquals(12, Samples.round(root, 1).getRatings().size() / 3);
            ConsensusReport report = service.report(root);
            ConsensusReport.Outcome o = report.outcomes().stream().filter(x -> x.criterionId().equals("c2-no-duplication")).findFirst().orElseThrow();
            assertEquals(2, o.amendments());
        }
    }

    @Test
    void reportGivesPanelRoundsThresholdsAndOutcomes() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            ConsensusRound r1 = rateRoundOne(p);
            service.close(p, r1, LocalDate.of(2026, 3, 20));
            ConsensusReport report = service.report(root);
            assertEquals(12, report.panel().size());
            assertEquals(12, report.panelByKind().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(75, report.includePercent());
            assertEquals(15, report.oppositePercent());
            ConsensusReport.Round round = report.rounds().get(0);
            assertEquals(12, round.respondents());
            assertEquals(1, round.include());
            assertEquals(1, round.exclude());
            assertEquals(1, round.noConsensus());
            assertEquals(5, report.outcomes().size());
            assertEquals(ConsensusStatus.NOT_RATED, report.outcomes().get(3).finalStatus());
            assertEquals(3, report.tables().size());
            assertEquals(5, report.tables().get(2).rows().size());
            assertThrows(IllegalStateException.class,
                    () -> service.rate(p, r1, r1.getPanel().get(0), Samples.criterion(root, "c1-benefits"), 5, null));
            assertFalse(report.definition().isBlank());
        }
    }
}
