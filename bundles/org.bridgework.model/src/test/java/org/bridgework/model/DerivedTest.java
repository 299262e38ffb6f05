package org.bridgework.model;

import static org.bridgework.model.derive.Derived.wordCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DerivedTest {

    static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    @Test
    void wordsOfInlineMarkdown() {
        assertEquals(0, wordCount((String) null));
        assertEquals(0, wordCount("  \n "));
        assertEquals(3, wordCount("Partnerships help students"));
        assertEquals(3, wordCount("Partnerships help students [@uuk2022, p. 4]."));
        assertEquals(2, wordCount("See [see @nous2023; @uuk2022, pp. 3-5] here"));
        assertEquals(4, wordCount("**Joint** _working_ with `NHS`"));
        assertEquals(5, wordCount("Read [the UUK report](https://www.universitiesuk.ac.uk/x) now"), "link text counts, url does not");
        assertEquals(2, wordCount("An ![logo](logo.png) image"));
        assertEquals(4, wordCount("- one\n- two\n1. three\n2) four"));
        assertEquals(4, wordCount("HE–NHS well-known — partnerships"), "dashes alone are not words; an en dash separates");
        assertEquals(4, wordCount("See [the roles challenge](#ch-roles)."), "element references count their link text");
        assertEquals(2, wordCount("75% agree"));
        assertEquals(3, wordCount("@uuk2022 says so"), "a narrative citation counts as a word");
    }

    @Test
    void blocksSectionsAndDocumentAddUp() {
        GuidanceDocument doc = F.createGuidanceDocument();
        Section s1 = F.createSection();
        s1.setHeading("Not counted as body text");
        Paragraph p = F.createParagraph();
        p.setText("One two three [@key].");
        ListBlock list = F.createListBlock();
        list.getItems().add("four five");
        list.getItems().add("six");
        Callout callout = F.createCallout();
        callout.setKind(CalloutKind.FOR_NHS_READERS);
        callout.setTitle("Seven");
        callout.setText("eight nine");
        s1.getBlocks().add(p);
        s1.getBlocks().add(list);
        s1.getBlocks().add(callout);
        Section sub = F.createSection();
        Checklist checklist = F.createChecklist();
        ChecklistItem item = F.createChecklistItem();
        item.setText("ten eleven");
        checklist.getItems().add(item);
        sub.getBlocks().add(checklist);
        s1.getSections().add(sub);
        Section s2 = F.createSection();
        Extract extract = F.createExtract();
        extract.setText("twelve thirteen fourteen");
        ExtractQuote quote = F.createExtractQuote();
        quote.setExtract(extract);
        Image image = F.createImage();
        image.setAltText("alt text is not counted");
        image.setCaption("fifteen");
        s2.getBlocks().add(quote);
        s2.getBlocks().add(image);
        doc.getSections().add(s1);
        doc.getSections().add(s2);

        assertEquals(3, p.getWordCount());
        assertEquals(3, list.getWordCount());
        assertEquals(3, callout.getWordCount());
        assertEquals(2, sub.getWordCount());
        assertEquals(11, s1.getWordCount());
        assertEquals(4, s2.getWordCount());
        assertEquals(15, doc.getWordCount());
        assertEquals(0, F.createCaseStudyEmbed().getWordCount(), "an embed of nothing has no words");
    }

    @Test
    void modelOfGoodPractice() {
        SampleProject s = new SampleProject();
        assertFalse(s.gm.isModelOfGoodPractice(), "not assessed");
        s.assess(s.benefits, AssessmentResult.MET);
        assertFalse(s.gm.isModelOfGoodPractice(), "C2 not assessed");
        Assessment c2 = s.assess(s.noDuplication, AssessmentResult.PARTLY_MET);
        assertFalse(s.gm.isModelOfGoodPractice(), "C2 only partly met");
        c2.setResult(AssessmentResult.MET);
        assertTrue(s.gm.isModelOfGoodPractice());

        Criterion optional = F.createCriterion();
        optional.setId("c-optional");
        s.project.getCriteria().add(optional);
        Assessment a = s.assess(optional, AssessmentResult.NOT_MET);
        assertFalse(s.gm.isModelOfGoodPractice(), "no applicable criterion may be NOT_MET");
        a.setResult(AssessmentResult.UNKNOWN);
        assertTrue(s.gm.isModelOfGoodPractice());

        s.gm.setCollectionStatus(CollectionStatus.WITHDRAWN);
        assertFalse(s.gm.isModelOfGoodPractice());
    }

    @Test
    void criteriaExcludedByConsensusDoNotApply() {
        SampleProject s = new SampleProject();
        s.assess(s.benefits, AssessmentResult.MET);
        s.assess(s.noDuplication, AssessmentResult.NOT_MET);
        assertFalse(s.gm.isModelOfGoodPractice());
        ConsensusRound round = F.createConsensusRound();
        round.setId("r1");
        round.setNumber(1);
        s.project.getRounds().add(round);
        for (int score : new int[] {1, 2, 1, 3}) {
            Rating r = F.createRating();
            r.setCriterion(s.noDuplication);
            r.setScore(score);
            round.getRatings().add(r);
        }
        assertEquals(ConsensusStatus.EXCLUDE, s.noDuplication.getConsensusStatus());
        assertTrue(s.gm.isModelOfGoodPractice());
    }

    @Test
    void noMandatoryCriteriaMeansNoModel() {
        SampleProject s = new SampleProject();
        s.benefits.setMandatory(false);
        s.noDuplication.setMandatory(false);
        assertFalse(s.gm.isModelOfGoodPractice());
    }

    @Test
    void labelsPreferTitlesAndFallBackToTheId() {
        SampleProject s = new SampleProject();
        assertEquals("Clarifying roles and responsibilities", s.roles.getLabel());
        assertEquals("An example university", s.uni.getLabel());
        assertEquals("Chair, An example university", s.chair.getLabel());
        assertEquals("C1 Benefits with evidence", s.benefits.getLabel());
        assertEquals("C2", s.noDuplication.getLabel());
        assertEquals("Introduction", s.intro.getLabel());
        assertEquals(s.gm.getTitle(), s.document.getSections().get(0).getBlocks().get(1).getLabel());
        Challenge untitled = F.createChallenge();
        untitled.setId("ch-untitled");
        assertEquals("ch-untitled", untitled.getLabel());
        Paragraph longText = F.createParagraph();
        longText.setText("word ".repeat(40));
        assertTrue(longText.getLabel().endsWith("…"));
        assertTrue(longText.getLabel().length() <= 60);
        assertEquals("C1: met", s.assess(s.benefits, AssessmentResult.MET).getLabel());
    }
}
