package org.bridgework.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.bridgework.core.api.Project;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands the workbench executes itself: amendCommand and assessCommand, each one undoable step. */
class CommandsForTheUiTest {

    @TempDir
    Path dir;

    final Samples samples = new Samples();
    final ConsensusServiceImpl service = new ConsensusServiceImpl();

    @Test
    void amendCommandIsOneUndoableStepAndNotExecutedByItself() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            Criterion c4 = Samples.criterion(p.root(), "c4-adaptable");
            String before = c4.getStatement();
            Command cmd = service.amendCommand(p.editingDomain(), c4, "  The model adapts to local contexts.  ", "panel comments");
            assertEquals(before, c4.getStatement(), "not executed yet");
            CommandStack stack = p.editingDomain().getCommandStack();
            stack.execute(cmd);
            assertEquals("The model adapts to local contexts.", c4.getStatement());
            assertEquals(before, c4.getWordingHistory().get(0).getPreviousStatement());
            assertEquals(1, c4.getWordingHistory().get(0).getRound().getNumber());
            stack.undo();
            assertEquals(before, c4.getStatement());
            assertTrue(c4.getWordingHistory().isEmpty());
            assertThrows(IllegalArgumentException.class, () -> service.amendCommand(p.editingDomain(), c4, before, null));
        }
    }

    @Test
    void assessCommandAddsThenChangesOneAssessment() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            CaseStudy gm = root.getCaseStudies().get(0);
            CommandStack stack = p.editingDomain().getCommandStack();
            for (Criterion c : root.getCriteria()) {
                if (c.isMandatory()) {
                    stack.execute(service.assessCommand(p.editingDomain(), gm, c, AssessmentResult.MET));
                }
            }
            assertEquals(3, gm.getAssessments().size());
            assertTrue(gm.isModelOfGoodPractice(), "every mandatory criterion met");
            assertEquals("as-greater-manchester-c1", gm.getAssessments().get(0).getId());
            Criterion c1 = Samples.criterion(root, "c1-benefits");
            stack.execute(service.assessCommand(p.editingDomain(), gm, c1, AssessmentResult.PARTLY_MET));
            assertEquals(3, gm.getAssessments().size(), "the existing assessment changes, none is added");
            assertFalse(gm.isModelOfGoodPractice());
            assertEquals(AssessmentResult.PARTLY_MET, service.assessments(root).rows().get(0).results().get(0));
            stack.undo();
            assertTrue(gm.isModelOfGoodPractice());
            assertThrows(IllegalArgumentException.class, () -> service.assessCommand(p.editingDomain(), gm, c1, null));
            Criterion stray = org.bridgework.model.GuidanceFactory.eINSTANCE.createCriterion();
            assertThrows(IllegalArgumentException.class, () -> service.assessCommand(p.editingDomain(), gm, stray, AssessmentResult.MET));
        }
    }

    @Test
    void carryOverCommandClosesTheRoundAndOpensTheNextAsOneStep() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            org.bridgework.model.ConsensusRound r1 = Samples.round(root, 1);
            service.open(p, r1, java.time.LocalDate.of(2026, 3, 2));
            for (org.bridgework.model.Member m : r1.getPanel()) {
                service.rate(p, r1, m, Samples.criterion(root, "c1-benefits"), 9, null);
                service.rate(p, r1, m, Samples.criterion(root, "c3-recognisable-to-nhs"), 1, null);
            }
            assertThrows(IllegalArgumentException.class,
                    () -> service.carryOverCommand(p.editingDomain(), r1, java.time.LocalDate.of(2026, 3, 1)), "closing before it opened");
            Command cmd = service.carryOverCommand(p.editingDomain(), r1, java.time.LocalDate.of(2026, 4, 1)).orElseThrow();
            assertEquals(1, root.getRounds().size(), "not executed yet");
            CommandStack stack = p.editingDomain().getCommandStack();
            stack.execute(cmd);
            assertEquals(java.time.LocalDate.of(2026, 4, 1), r1.getClosed());
            org.bridgework.model.ConsensusRound r2 = Samples.round(root, 2);
            assertEquals(java.util.List.of("C2", "C4", "C5"), r2.getCriteria().stream().map(Criterion::getCode).toList());
            assertEquals(r1.getPanel(), r2.getPanel());
            assertEquals(java.time.LocalDate.of(2026, 4, 1), r2.getOpened());
            stack.undo();
            assertEquals(1, root.getRounds().size());
            assertEquals(null, r1.getClosed(), "one undo reopens round 1 too");
            for (org.bridgework.model.Member m : r1.getPanel()) {
                for (String id : java.util.List.of("c2-no-duplication", "c4-adaptable", "c5-addresses-challenges")) {
                    service.rate(p, r1, m, Samples.criterion(root, id), 8, null);
                }
            }
            assertTrue(service.carryOverCommand(p.editingDomain(), r1, java.time.LocalDate.of(2026, 4, 1)).isEmpty(), "all reached consensus");
        }
    }

    @Test
    void assessCommandWithARationale() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            CaseStudy ln = root.getCaseStudies().get(2);
            Criterion c4 = Samples.criterion(root, "c4-adaptable");
            CommandStack stack = p.editingDomain().getCommandStack();
            stack.execute(service.assessCommand(p.editingDomain(), ln, c4, AssessmentResult.UNKNOWN, "  Waiting for the returned template. "));
            assertEquals("Waiting for the returned template.", ln.getAssessments().get(0).getRationale());
            stack.execute(service.assessCommand(p.editingDomain(), ln, c4, AssessmentResult.PARTLY_MET, "Works in London only so far."));
            assertEquals(AssessmentResult.PARTLY_MET, ln.getAssessments().get(0).getResult());
            assertEquals("Works in London only so far.", ln.getAssessments().get(0).getRationale());
            stack.undo();
            assertEquals(AssessmentResult.UNKNOWN, ln.getAssessments().get(0).getResult(), "result and rationale undo together");
            assertEquals("Waiting for the returned template.", ln.getAssessments().get(0).getRationale());
            stack.execute(service.assessCommand(p.editingDomain(), ln, c4, AssessmentResult.UNKNOWN, " "));
            assertEquals(null, ln.getAssessments().get(0).getRationale(), "blank clears it");
            stack.execute(service.assessCommand(p.editingDomain(), ln, c4, AssessmentResult.MET));
            assertEquals(null, ln.getAssessments().get(0).getRationale());
            assertEquals(1, ln.getAssessments().size());
        }
    }

    @Test
    void applyCommandOfReturnedFormsIsOneUndoableStep() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            XlsxRatingForms forms = new XlsxRatingForms();
            org.bridgework.model.ConsensusRound r1 = Samples.round(root, 1);
            Path file = dir.resolve("blank.xlsx");
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                forms.write(root, r1, Samples.member(root, "mem-uuk"), out);
            }
            org.bridgework.criteria.api.RatingForms.FormImport read = forms.read(root, java.util.List.of(file));
            assertTrue(read.ok(), read.problems().toString());
            Command cmd = forms.applyCommand(p.editingDomain(), root, read);
            assertTrue(r1.getRatings().isEmpty(), "not executed yet");
            p.editingDomain().getCommandStack().execute(cmd);
            assertEquals(5, r1.getRatings().size(), "a blank form abstains on every criterion");
            assertTrue(r1.getRatings().stream().allMatch(r -> r.getScore() == null));
            p.editingDomain().getCommandStack().undo();
            assertTrue(r1.getRatings().isEmpty());
            org.bridgework.criteria.api.RatingForms.FormImport bad = forms.read(root, java.util.List.of(dir.resolve("missing.xlsx")));
            assertThrows(IllegalStateException.class, () -> forms.applyCommand(p.editingDomain(), root, bad));
        }
    }
}
