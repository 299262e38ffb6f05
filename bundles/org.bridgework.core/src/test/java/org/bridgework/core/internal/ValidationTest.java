package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.core.api.ValidationService;
import org.bridgework.model.Assessment;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Term;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;

/** Each rule firing on a small change to a valid project, and silent on the valid one. */
class ValidationTest {

    final ValidationServiceImpl service = new ValidationServiceImpl();
    final GuidanceProject project = TestProjects.small();

    private List<Problem> problems() {
        return service.validate(project);
    }

    private List<Problem> withCode(String code) {
        return problems().stream().filter(p -> p.code().equals(code)).toList();
    }

    private Problem single(String code) {
        List<Problem> found = withCode(code);
        assertEquals(1, found.size(), "exactly one " + code + " in " + problems());
        return found.get(0);
    }

    private Section intro() {
        return project.getDocument().getSections().get(0);
    }

    private Paragraph firstParagraph() {
        return (Paragraph) intro().getBlocks().get(0);
    }

    @Test
    void theValidFixtureHasNoProblem() {
        assertEquals(List.of(), problems());
    }

    @Test
    void validatorIsRegisteredForTheModelPackage() {
        EValidator validator = service.registry().getEValidator(GuidancePackage.eINSTANCE);
        assertTrue(validator instanceof GuidanceValidator);
    }

    @Test
    void anImagePathIsCheckedThereAPictureByItsBytesAndNotTooBig(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.eclipse.emf.ecore.resource.Resource r = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
                org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("p.guidance").toString()));
        r.getContents().add(project);
        org.bridgework.model.Image image = GuidanceFactory.eINSTANCE.createImage();
        image.setId("img-map");
        image.setAltText("A map");
        image.setPath("pictures/map.png");
        intro().getBlocks().add(image);
        Problem missing = single(GuidanceValidator.IMAGE_UNUSABLE);
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals("img-map", missing.elementId());
        assertTrue(missing.message().startsWith("Image img-map: its picture pictures/map.png does not exist"), missing.message());

        java.nio.file.Files.createDirectories(dir.resolve("pictures"));
        // a text file named .png: judged by its bytes
        java.nio.file.Files.writeString(dir.resolve("pictures/map.png"), "not a picture");
        assertTrue(single(GuidanceValidator.IMAGE_UNUSABLE).message().contains("is not a PNG, JPEG, GIF, WebP or SVG picture"));

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        java.nio.file.Files.write(dir.resolve("pictures/map.png"), png);
        assertEquals(List.of(), withCode(GuidanceValidator.IMAGE_UNUSABLE));

        try (var f = java.nio.channels.FileChannel.open(dir.resolve("pictures/map.png"), java.nio.file.StandardOpenOption.WRITE)) {
            f.write(java.nio.ByteBuffer.wrap(new byte[1]), org.bridgework.core.api.ImageFiles.MAX_BYTES + 1); // sparse: no 10 MB written
        }
        assertTrue(single(GuidanceValidator.IMAGE_UNUSABLE).message().contains("more than the 10.0 MB a picture may have"));

        image.setPath(null);
        assertTrue(single(GuidanceValidator.IMAGE_UNUSABLE).message().startsWith("Image img-map has neither data nor a path"));
        image.setData(png);
        assertEquals(List.of(), withCode(GuidanceValidator.IMAGE_UNUSABLE));
    }

    @Test
    void duplicateIds() {
        project.getChallenges().get(1).setId("ch-roles");
        Problem p = single(GuidanceValidator.ID_DUPLICATE);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("ch-roles", p.elementId());
        assertTrue(p.message().contains("'ch-roles' is used by both the challenge 'Roles are unclear'"), p.message());
    }

    @Test
    void missingAndMalformedIds() {
        project.getChallenges().get(1).setId(null);
        project.getChallenges().get(0).setId("roles unclear");
        // the text link and references to ch-roles now fail too; look only at id rules
        assertEquals(1, withCode(GuidanceValidator.ID_MISSING).size());
        Problem format = single(GuidanceValidator.ID_FORMAT);
        assertTrue(format.message().contains("no spaces"), format.message());
    }

    @Test
    void referenceToADeletedElement() {
        Challenge gone = GuidanceFactory.eINSTANCE.createChallenge();
        gone.setId("ch-gone");
        gone.setTitle("Gone");
        project.getSolutions().get(0).getAddresses().add(gone);
        Problem p = single(GuidanceValidator.REFERENCE_UNRESOLVED);
        assertEquals("sol-protocol", p.elementId());
        assertTrue(p.message().contains("'addresses'") && p.message().contains("no longer in the project"), p.message());
    }

    @Test
    void linkInTextToAnUnknownId() {
        firstParagraph().setText("See [the roles](#ch-nowhere).");
        Problem p = single(GuidanceValidator.TEXT_REFERENCE_UNKNOWN);
        assertEquals("p-1", p.elementId());
        assertTrue(p.message().contains("'ch-nowhere'"));
    }

    @Test
    void milestoneDatesOutOfOrder() {
        project.getMilestones().get(1).setDate(LocalDate.of(2025, 10, 1));
        Problem p = single(GuidanceValidator.MILESTONE_ORDER);
        assertEquals("m-criteria", p.elementId());
        assertTrue(p.message().contains("2025-10-01") && p.message().contains("'Scope agreed'"), p.message());
        project.getMilestones().get(1).setDate(null); // undated milestones are skipped
        assertEquals(List.of(), withCode(GuidanceValidator.MILESTONE_ORDER));
    }

    @Test
    void duplicateCriterionCodes() {
        project.getCriteria().get(1).setCode(" c1 ");
        Problem p = single(GuidanceValidator.CRITERION_CODE_DUPLICATE);
        assertEquals("cr-2", p.elementId());
    }

    @Test
    void assessmentWithoutCriterionOrAgainstAnotherProjectsCriterion() {
        Assessment a = project.getCaseStudies().get(0).getAssessments().get(0);
        a.setCriterion(null);
        assertTrue(single(GuidanceValidator.ASSESSMENT_CRITERION).message().contains("not against any criterion"));
        Criterion foreign = TestProjects.criterion("cr-x", "X1", "Elsewhere");
        TestProjects.small().getCriteria().add(foreign);
        a.setCriterion(foreign);
        Problem p = single(GuidanceValidator.ASSESSMENT_CRITERION);
        assertEquals("as-1", p.elementId());
        assertTrue(p.message().contains("not one of the project's criteria"), p.message());
        assertEquals(List.of(), withCode(GuidanceValidator.REFERENCE_UNRESOLVED), "reported once, by the assessment rule");
    }

    @Test
    void secondAssessmentAgainstTheSameCriterionIsAWarning() {
        CaseStudy cs = project.getCaseStudies().get(0);
        Assessment again = GuidanceFactory.eINSTANCE.createAssessment();
        again.setId("as-2");
        again.setCriterion(project.getCriteria().get(0));
        cs.getAssessments().add(again);
        assertEquals(Severity.WARNING, single(GuidanceValidator.ASSESSMENT_DUPLICATE).severity());
    }

    @Test
    void verifiedCaseStudyWithoutEvidencedBenefit() {
        CaseStudy cs = project.getCaseStudies().get(0);
        cs.getBenefits().get(0).setEvidenceType(EvidenceType.UNKNOWN);
        Problem p = single(GuidanceValidator.CASE_STUDY_UNEVIDENCED);
        assertEquals("cs-1", p.elementId());
        assertTrue(p.message().contains("marked verified"));
        cs.setCollectionStatus(CollectionStatus.APPROVED);
        assertTrue(single(GuidanceValidator.CASE_STUDY_UNEVIDENCED).message().contains("marked approved"));
        cs.setCollectionStatus(CollectionStatus.RETURNED);
        assertEquals(List.of(), withCode(GuidanceValidator.CASE_STUDY_UNEVIDENCED), "only verified or approved ones");
        cs.setCollectionStatus(CollectionStatus.VERIFIED);
        cs.getBenefits().clear();
        single(GuidanceValidator.CASE_STUDY_UNEVIDENCED);
    }

    @Test
    void sectionOverItsWordBudgetIsAWarning() {
        int words = GuidanceValidator.words(intro());
        assertTrue(words > 20, "fixture section has words: " + words);
        intro().setWordBudget(words);
        assertEquals(List.of(), withCode(GuidanceValidator.SECTION_OVER_BUDGET), "exactly on budget is fine");
        intro().setWordBudget(words - 3);
        Problem p = single(GuidanceValidator.SECTION_OVER_BUDGET);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("s-intro", p.elementId());
        assertTrue(p.message().contains(words + " words, 3 over its budget of " + (words - 3)), p.message());
        assertTrue(ValidationService.hasErrors(problems()) == false, "warnings only");
    }

    @Test
    void wordCountsIgnoreCitationsAndCountEmbeds() {
        Section s = TestProjects.section("s-x", "X", 0);
        s.getBlocks().add(TestProjects.paragraph("p-x", "One two three [@uuk2020, p. 4]. Four [five](#ch-roles)."));
        assertEquals(5, GuidanceValidator.words(s));
        Section sub = project.getDocument().getSections().get(0).getSections().get(0);
        assertTrue(GuidanceValidator.words(sub) > 10, "case study embed, table and quote count");
    }

    @Test
    void unknownCitationKey() {
        firstParagraph().setText("As shown [@uuk2020; @nobody2024, p. 3] and [@nobody2024].");
        Problem p = single(GuidanceValidator.CITATION_KEY_UNKNOWN);
        assertEquals("p-1", p.elementId());
        assertTrue(p.message().contains("'@nobody2024'"), p.message());
        project.getChallenges().get(0).setDescription("Also [@ghost].");
        assertEquals(2, withCode(GuidanceValidator.CITATION_KEY_UNKNOWN).size(), "descriptions are checked too");
    }

    @Test
    void acronymNotInTheGlossary() {
        firstParagraph().setText("The ICB funds it. The ICB agrees. CMHTs and the NHS help, as in section IV.");
        Problem p = single(GuidanceValidator.ACRONYM_NOT_IN_GLOSSARY);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("p-1", p.elementId());
        assertTrue(p.message().contains("'ICB' is used 2 times"), p.message());
        Term icb = TestProjects.term("t-icb", "ICB", "integrated care board");
        project.getTerms().add(icb);
        assertEquals(List.of(), withCode(GuidanceValidator.ACRONYM_NOT_IN_GLOSSARY));
        firstParagraph().setText("Students in the UK.");
        assertTrue(single(GuidanceValidator.ACRONYM_NOT_IN_GLOSSARY).message().contains("'UK'"), "UK must be a (well known) term too");
        firstParagraph().setText("Cite [@uuk2020] and [link](#ch-roles) in lower case; I and A are single letters.");
        assertEquals(List.of(), withCode(GuidanceValidator.ACRONYM_NOT_IN_GLOSSARY), "citation keys and links are not text");
    }

    @Test
    void contributedRulesAreMergedAndAFailingRuleIsReported() {
        service.addRule(p -> List.of(new Problem(Severity.WARNING, "challenge-without-evidence", "ch-data", "No evidence for 'Data sharing'.")));
        service.addRule(p -> {
            throw new IllegalStateException("boom");
        });
        List<Problem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("challenge-without-evidence")));
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("rule-failed") && p.message().contains("boom")));
    }

    @Test
    void aHangingOrThrowingRuleIsReportedAndDisabledAndTheOthersStillRun() {
        ValidationServiceImpl guarded = new ValidationServiceImpl(300);
        java.util.concurrent.atomic.AtomicInteger hangingCalls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger throwingCalls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        guarded.addRule(p -> {
            hangingCalls.incrementAndGet();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return List.of();
        });
        guarded.addRule(p -> {
            throwingCalls.incrementAndGet();
            throw new StackOverflowError("deep");
        });
        guarded.addRule(p -> List.of(new Problem(Severity.WARNING, "still-runs", null, "A rule that works.")));
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            List<Problem> found = guarded.validate(project);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(found.stream().anyMatch(p -> p.code().equals("still-runs")), found.toString());
            assertTrue(found.stream().anyMatch(p -> p.code().equals("rule-timeout") && p.message().contains("300 ms")), found.toString());
            assertTrue(found.stream().anyMatch(p -> p.code().equals("rule-failed") && p.message().contains("StackOverflowError: deep")), found.toString());
            // the first round waits for the hanging rule once; later rounds skip both at once
            assertTrue(round == 1 ? millis >= 300 && millis < 5_000 : millis < 250, "round " + round + " took " + millis + " ms");
        }
        assertEquals(1, hangingCalls.get(), "a rule that timed out is not called again");
        assertEquals(1, throwingCalls.get(), "a rule that threw is not called again");
        try {
            assertTrue(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS), "the hanging call is interrupted");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        guarded.deactivate();
    }

    @Test
    void aVeryLargeProjectGivesItsChecksMoreTimeBeforeTheyCountAsHanging() {
        // a check that reads every text needs longer for 30,000 elements than for 30: slow on a large input is not broken
        ValidationServiceImpl guarded = new ValidationServiceImpl(200);
        org.bridgework.core.api.ValidationRule slow = p -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new Problem(Severity.INFO, "slow-but-done", null, "Done."));
        };
        guarded.addRule(slow);
        GuidanceProject large = TestProjects.small();
        Section bulk = org.bridgework.model.GuidanceFactory.eINSTANCE.createSection();
        bulk.setId("bulk");
        bulk.setHeading("Bulk");
        large.getDocument().getSections().add(bulk);
        for (int i = 0; i < 30_000; i++) {
            Paragraph p = org.bridgework.model.GuidanceFactory.eINSTANCE.createParagraph();
            p.setId("bulk-" + i);
            p.setText("Text.");
            bulk.getBlocks().add(p);
        }
        assertEquals(200, ValidationServiceImpl.elements(project) <= 10_000 ? 200 : -1, "the small project is small");
        assertEquals(800, 200 * ((ValidationServiceImpl.elements(large) + 9_999) / 10_000), "four times the limit for 30,000 and more");
        List<Problem> found = guarded.validate(large);
        assertTrue(found.stream().anyMatch(p -> p.code().equals("slow-but-done")), "the large project's check finished: " + found.stream()
                .filter(p -> p.code().startsWith("rule-")).toList());
        // the same check on the small project is over its 200 ms
        ValidationServiceImpl small = new ValidationServiceImpl(200);
        small.addRule(slow);
        assertTrue(small.validate(project).stream().anyMatch(p -> p.code().equals("rule-timeout") && p.message().contains("200 ms")));
        guarded.deactivate();
        small.deactivate();
    }

    @Test
    void errorsComeBeforeWarnings() {
        intro().setWordBudget(1);
        project.getChallenges().get(1).setId("ch-roles");
        List<Problem> problems = problems();
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertEquals(Severity.WARNING, problems.get(problems.size() - 1).severity());
    }
}
