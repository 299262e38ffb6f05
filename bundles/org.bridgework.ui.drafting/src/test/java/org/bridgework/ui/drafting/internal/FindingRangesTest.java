package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.Finding;
import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Sector;
import org.bridgework.model.Term;
import org.junit.jupiter.api.Test;

/** Where the squiggles go and what the quick fixes do, on findings of the real checks over crafted text. */
class FindingRangesTest {
    private static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    private final DraftingChecksImpl checks = new DraftingChecksImpl();

    private static GuidanceProject project(String text) {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("p");
        GuidanceDocument d = F.createGuidanceDocument();
        d.setId("doc");
        p.setDocument(d);
        Section s = F.createSection();
        s.setId("sec-a");
        s.setHeading("Working together");
        d.getSections().add(s);
        Paragraph para = F.createParagraph();
        para.setId("b1");
        para.setText(text);
        s.getBlocks().add(para);
        Term cmht = F.createTerm();
        cmht.setId("term-cmht");
        cmht.setTerm("CMHT");
        cmht.setExpansion("community mental health team");
        cmht.setSector(Sector.NHS);
        p.getTerms().add(cmht);
        Term fts = F.createTerm();
        fts.setId("term-fts");
        fts.setTerm("fitness to study");
        fts.setDefinition("The university's process for deciding whether a student can continue.");
        fts.setSector(Sector.HE);
        p.getTerms().add(fts);
        return p;
    }

    private Finding finding(GuidanceProject p, String code) {
        List<Finding> found = checks.run(p, CheckSettings.defaults()).stream().filter(f -> f.problem().code().equals(code)).toList();
        assertEquals(1, found.size(), code + ": " + checks.run(p, CheckSettings.defaults()));
        return found.get(0);
    }

    private static String marked(Finding f, String text) {
        FindingRanges.Range r = FindingRanges.locate(f, text);
        return text.substring(r.start(), r.end());
    }

    @Test
    void longSentenceAndClaimMarkTheirSentenceNotTheOthers() {
        String longOne = "When a student who is already known to the wellbeing team is referred to the local team the two teams should agree who will contact "
                + "the student and when they will do it and who will tell the tutor.";
        String text = "Plan together. " + longOne + " Half of students in crisis wait 30% longer for care. Keep it short.";
        GuidanceProject p = project(text);
        assertEquals(longOne, marked(finding(p, "long-sentence"), text));
        assertEquals("Half of students in crisis wait 30% longer for care.", marked(finding(p, "claim-without-citation"), text));
    }

    @Test
    void wordsTermsAndAcronymsMarkTheWordWithItsFix() {
        String text = "Teams should utilise the plan. Ask the CMHT early. A fitness to study meeting needs the service there.";
        GuidanceProject p = project(text);
        Finding word = finding(p, "word-to-avoid");
        assertEquals("utilise", marked(word, text));
        List<QuickFixes.Fix> fixes = QuickFixes.fixes(word, text, FindingRanges.locate(word, text));
        assertEquals(List.of("use"), fixes.stream().map(QuickFixes.Fix::replacement).toList());

        Finding acronym = finding(p, "acronym-not-expanded");
        assertEquals("CMHT", marked(acronym, text));
        assertEquals("community mental health team (CMHT)", QuickFixes.fixes(acronym, text, FindingRanges.locate(acronym, text)).get(0).replacement());

        Finding lens = finding(p, "he-term-for-nhs-readers");
        assertEquals("fitness to study", marked(lens, text));
        assertEquals("[fitness to study](#term-fts)", QuickFixes.fixes(lens, text, FindingRanges.locate(lens, text)).get(0).replacement());
    }

    @Test
    void passiveVoiceMarksThePhraseAndHasNoMechanicalFix() {
        String text = "The plan was agreed by the board. Teams meet monthly.";
        GuidanceProject p = project(text);
        Finding passive = finding(p, "passive-voice");
        assertEquals("was agreed", marked(passive, text));
        assertTrue(QuickFixes.fixes(passive, text, FindingRanges.locate(passive, text)).isEmpty());
    }

    @Test
    void aQuoteNotInTheTextFallsBackToTheFirstLine() {
        Finding f = new Finding(new org.bridgework.core.api.Problem(org.bridgework.core.api.Problem.Severity.INFO, "x", "b1", "Something about \"nothing here\"."),
                "sec-a", null);
        assertEquals("First line", marked(f, "First line\nsecond line"));
    }
}
