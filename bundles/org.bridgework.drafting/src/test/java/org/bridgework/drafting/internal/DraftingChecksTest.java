package org.bridgework.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.bridgework.core.api.Problem.Severity;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.Finding;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Sector;
import org.bridgework.model.Term;
import org.junit.jupiter.api.Test;

/** Each check on crafted text that should trigger it and on text that should not. */
class DraftingChecksTest {

    private static final GuidanceFactory F = GuidanceFactory.eINSTANCE;
    private final DraftingChecksImpl checks = new DraftingChecksImpl();
    private int ids;

    private GuidanceProject project(String... paragraphs) {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("p");
        GuidanceDocument d = F.createGuidanceDocument();
        d.setId("doc");
        p.setDocument(d);
        Section s = F.createSection();
        s.setId("sec-a");
        s.setHeading("A section");
        d.getSections().add(s);
        for (String text : paragraphs) {
            s.getBlocks().add(paragraph(text));
        }
        return p;
    }

    private Paragraph paragraph(String text) {
        Paragraph para = F.createParagraph();
        para.setId("b" + (++ids));
        para.setText(text);
        return para;
    }

    private static Term term(GuidanceProject p, String id, String term, String expansion, Sector sector, boolean wellKnown) {
        Term t = F.createTerm();
        t.setId(id);
        t.setTerm(term);
        t.setExpansion(expansion);
        t.setDefinition("Defined.");
        t.setSector(sector);
        t.setWellKnown(wellKnown);
        p.getTerms().add(t);
        return t;
    }

    private List<Finding> run(GuidanceProject p, String code) {
        return run(p, code, CheckSettings.defaults());
    }

    private List<Finding> run(GuidanceProject p, String code, CheckSettings settings) {
        return checks.run(p, settings).stream().filter(f -> f.problem().code().equals(code)).toList();
    }

    private static CheckSettings settings(String... keyValues) {
        Properties props = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return new CheckSettings(props);
    }

    @Test
    void longSentence() {
        String long26 = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
                + "twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six.";
        String short25 = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
                + "twenty-one twenty-two twenty-three twenty-four twenty-five.";
        List<Finding> fired = run(project(long26), DraftingChecksImpl.LONG_SENTENCE);
        assertEquals(1, fired.size());
        assertTrue(fired.get(0).problem().message().contains("26 words"), fired.get(0).problem().message());
        assertEquals("sec-a", fired.get(0).sectionId());
        assertTrue(run(project(short25), DraftingChecksImpl.LONG_SENTENCE).isEmpty());
        // two short sentences are not one long one; citations do not count as words
        assertTrue(run(project("Students move between services every year. Each move is a risk [@smith2020, p. 4; @jones2021]."),
                DraftingChecksImpl.LONG_SENTENCE).isEmpty());
        // a threshold from the settings, and switched off
        assertEquals(1, run(project(short25), DraftingChecksImpl.LONG_SENTENCE, settings("long-sentence.maxWords", "20")).size());
        assertTrue(run(project(long26), DraftingChecksImpl.LONG_SENTENCE, settings("long-sentence.enabled", "false")).isEmpty());
    }

    @Test
    void readability() {
        String plain = "We work with the NHS. We share what we know. Staff talk each week. Students get help fast. ";
        String dense = "Institutional organisational responsibilities necessitate comprehensive interdisciplinary collaboration, "
                + "particularly regarding confidentiality considerations and information governance arrangements between organisations. ";
        List<Finding> easy = run(project(plain.repeat(8)), DraftingChecksImpl.READABILITY);
        List<Finding> hard = run(project(dense.repeat(8)), DraftingChecksImpl.READABILITY);
        assertTrue(easy.isEmpty(), () -> easy.toString());
        assertEquals(1, hard.size());
        assertTrue(hard.get(0).problem().message().contains("grade"));
        // too short to score
        assertTrue(run(project(dense), DraftingChecksImpl.READABILITY).isEmpty());
    }

    @Test
    void fleschOnAKnownText() {
        // "The cat sat on the mat." 6 words, 6 syllables, 1 sentence: ease 206.835-6.09-84.6 = 116.1; grade 0.39*6+11.8-15.59 = -1.45
        Prose.Counts c = Prose.counts(Prose.sentences("The cat sat on the mat."));
        assertEquals(new Prose.Counts(1, 6, 6), c);
        assertEquals(116.1, c.readingEase(), 0.1);
        assertEquals(-1.45, c.grade(), 0.01);
        assertEquals(3, Prose.syllables("university") - 2); // u-ni-ver-si-ty = 5
        assertEquals(1, Prose.syllables("care"));
        assertEquals(2, Prose.syllables("service"));
        assertEquals(1, Prose.syllables("planned"));
        assertEquals(2, Prose.syllables("needed"));
        assertEquals(2, Prose.syllables("people"));
    }

    @Test
    void sentencesSplitOutsideCitationsAndAbbreviations() {
        List<Prose.Sentence> s = Prose.sentences("Plan together, e.g. with the ICB. It works [@a, p. 4]. Does it? Yes!");
        assertEquals(List.of("Plan together, e.g. with the ICB.", "It works [@a, p. 4].", "Does it?", "Yes!"), s.stream().map(Prose.Sentence::raw).toList());
        // Markdown emphasis around a sentence start or end, and "A&E." ending a sentence
        assertEquals(4, Prose.sentences("HEPs have processes. **Fitness to study** is one. It includes A&E. **NHS Talking Therapies** too.").size());
        assertEquals(List.of("See J. Smith.", "Then stop."), Prose.sentences("See J. Smith. Then stop.").stream().map(Prose.Sentence::raw).toList());
    }

    @Test
    void acronymNotExpandedAtFirstUse() {
        GuidanceProject bad = project("Refer to the CMHT early.", "The community mental health team (CMHT) can help.");
        term(bad, "term-cmht", "CMHT", "community mental health team", Sector.NHS, false);
        List<Finding> fired = run(bad, DraftingChecksImpl.ACRONYM_NOT_EXPANDED);
        assertEquals(1, fired.size());
        assertEquals("b1", fired.get(0).problem().elementId());
        assertTrue(fired.get(0).quickFix().contains("community mental health team (CMHT)"), fired.get(0).quickFix());

        GuidanceProject good = project("Talk to the community mental health teams (CMHTs) early.", "Refer to the CMHT.");
        term(good, "term-cmht", "CMHT", "community mental health team", Sector.NHS, false);
        assertTrue(run(good, DraftingChecksImpl.ACRONYM_NOT_EXPANDED).isEmpty());

        GuidanceProject wellKnown = project("Students register with a GP.");
        term(wellKnown, "term-gp", "GP", "general practitioner", Sector.NHS, true);
        assertTrue(run(wellKnown, DraftingChecksImpl.ACRONYM_NOT_EXPANDED).isEmpty());

        // a callout that gives the expansion counts
        GuidanceProject callout = project();
        Callout c = F.createCallout();
        c.setId("c1");
        c.setKind(CalloutKind.FOR_HE_READERS);
        c.setText("The ICB plans local services. ICB means integrated care board.");
        callout.getDocument().getSections().get(0).getBlocks().add(c);
        term(callout, "term-icb", "ICB", "integrated care board", Sector.NHS, false);
        assertTrue(run(callout, DraftingChecksImpl.ACRONYM_NOT_EXPANDED).isEmpty());
    }

    @Test
    void readerLens() {
        GuidanceProject bad = project("A student may go through fitness to study after a crisis.");
        term(bad, "term-fts", "fitness to study", null, Sector.HE, false);
        List<Finding> fired = run(bad, DraftingChecksImpl.HE_TERM_FOR_NHS_READERS);
        assertEquals(1, fired.size());
        assertEquals(Severity.WARNING, fired.get(0).problem().severity());

        GuidanceProject explained = project("A student may go through fitness to study (a university process about health and study) after a crisis.");
        term(explained, "term-fts", "fitness to study", null, Sector.HE, false);
        assertTrue(run(explained, DraftingChecksImpl.HE_TERM_FOR_NHS_READERS).isEmpty());

        GuidanceProject linked = project("A student may go through [fitness to study](#term-fts) after a crisis.");
        term(linked, "term-fts", "fitness to study", null, Sector.HE, false);
        assertTrue(run(linked, DraftingChecksImpl.HE_TERM_FOR_NHS_READERS).isEmpty());

        GuidanceProject nhs = project("Students with serious illness are seen in secondary care.");
        term(nhs, "term-sc", "secondary care", null, Sector.NHS, false);
        assertEquals(1, run(nhs, DraftingChecksImpl.NHS_TERM_FOR_HE_READERS).size());
        assertTrue(run(nhs, DraftingChecksImpl.HE_TERM_FOR_NHS_READERS).isEmpty());
        Callout c = F.createCallout();
        c.setId("c1");
        c.setKind(CalloutKind.FOR_HE_READERS);
        c.setText("Secondary care is specialist care a GP refers people to.");
        nhs.getDocument().getSections().get(0).getBlocks().add(c);
        assertTrue(run(nhs, DraftingChecksImpl.NHS_TERM_FOR_HE_READERS).isEmpty());

        // a callout for the wrong readers does not explain it
        GuidanceProject wrong = project("Students with serious illness are seen in secondary care.");
        term(wrong, "term-sc", "secondary care", null, Sector.NHS, false);
        Callout w = F.createCallout();
        w.setId("c2");
        w.setKind(CalloutKind.FOR_NHS_READERS);
        w.setText("Secondary care matters here too.");
        wrong.getDocument().getSections().get(0).getBlocks().add(w);
        assertEquals(1, run(wrong, DraftingChecksImpl.NHS_TERM_FOR_HE_READERS).size());
    }

    @Test
    void wordsToAvoid() {
        List<Finding> fired = run(project("We will facilitate meetings and utilise robust data going forward."), DraftingChecksImpl.WORD_TO_AVOID);
        assertEquals(List.of("facilitate", "utilise", "going forward", "robust").stream().sorted().toList(),
                fired.stream().map(f -> f.problem().message().replaceAll(".*uses '([^']*)'.*", "$1")).sorted().toList());
        assertEquals(Severity.INFO, fired.get(0).problem().severity());
        assertTrue(run(project("We will help with meetings and use good data from now on. Liaison services see students."), DraftingChecksImpl.WORD_TO_AVOID).isEmpty());
    }

    @Test
    void passiveVoice() {
        assertEquals(1, run(project("The referral was made by the university."), DraftingChecksImpl.PASSIVE_VOICE).size());
        assertEquals(1, run(project("Students are often referred too late."), DraftingChecksImpl.PASSIVE_VOICE).size());
        assertTrue(run(project("The university made the referral. Students are interested in help."), DraftingChecksImpl.PASSIVE_VOICE).isEmpty());
    }

    @Test
    void claimWithoutCitation() {
        assertEquals(1, run(project("About 40% of students wait more than a month."), DraftingChecksImpl.CLAIM_WITHOUT_CITATION).size());
        assertEquals(1, run(project("Research suggests joint plans work."), DraftingChecksImpl.CLAIM_WITHOUT_CITATION).size());
        assertEquals(1, run(project("One in four students reports a problem."), DraftingChecksImpl.CLAIM_WITHOUT_CITATION).size());
        assertTrue(run(project("About 40% of students wait more than a month [@survey2023]."), DraftingChecksImpl.CLAIM_WITHOUT_CITATION).isEmpty());
        assertTrue(run(project("Plan together in 2027 and meet twice a year."), DraftingChecksImpl.CLAIM_WITHOUT_CITATION).isEmpty());
    }

    @Test
    void documentOverLength() {
        GuidanceProject p = project("word ".repeat(120).strip() + ".");
        p.getDocument().setLengthTargetWords(100);
        List<Finding> fired = run(p, DraftingChecksImpl.DOCUMENT_OVER_LENGTH);
        assertEquals(1, fired.size());
        assertTrue(fired.get(0).problem().message().contains("120 words"), fired.get(0).problem().message());
        p.getDocument().setLengthTargetWords(200);
        assertTrue(run(p, DraftingChecksImpl.DOCUMENT_OVER_LENGTH).isEmpty());
    }

    @Test
    void glossarySectionIsNotChecked() {
        GuidanceProject p = project();
        Section g = F.createSection();
        g.setId("sec-glossary");
        g.setHeading("Glossary");
        g.getBlocks().add(paragraph("CMHT: the team that is needed for people who are seen in secondary care."));
        p.getDocument().getSections().add(g);
        term(p, "term-cmht", "CMHT", "community mental health team", Sector.NHS, false);
        term(p, "term-sc", "secondary care", null, Sector.NHS, false);
        assertTrue(checks.run(p, CheckSettings.defaults()).isEmpty());
    }

    @Test
    void severityFromSettingsAndRuleFacade() {
        GuidanceProject p = project("We will facilitate meetings.");
        assertEquals(Severity.WARNING, run(p, DraftingChecksImpl.WORD_TO_AVOID, settings("word-to-avoid.severity", "warning")).get(0).problem().severity());
        // the validation rule view: no resource, so defaults
        assertFalse(checks.check(p).isEmpty());
    }

    @Test
    void theQuickTestBeforeATermsPatternNeverMissesAMatch() {
        // the reader lens and the acronym check skip a term whose folded names the folded text does not contain
        List<List<String>> names = List.of(List.of("fitness to study"), List.of("OfS"), List.of("A&E"), List.of("Straße", "STRASSE"),
                List.of("İstanbul"), List.of("wellbeing service", "well-being service"));
        List<String> texts = List.of("FITNESS TO STUDY panels", "Fitness To Studys", "the OfS said", "OFS", "go to A&E's door",
                "STRAßE", "strasse", "ſtraße", "İSTANBUL", "istanbul", "Istanbul", "WELL-BEING SERVICE", "Wellbeing Services", "ﬁtness to study");
        for (List<String> n : names) {
            DraftingChecksImpl.TermMatch match = n.size() == 1 ? DraftingChecksImpl.TermMatch.of(n.get(0)) : DraftingChecksImpl.TermMatch.ofNames(n);
            java.util.regex.Pattern pattern = match.pattern;
            for (String text : texts) {
                if (pattern.matcher(text).find()) {
                    assertTrue(match.mayOccurIn(DraftingChecksImpl.folded(text)), n + " matches \"" + text + "\" but the quick test skipped it");
                }
            }
        }
        assertTrue(DraftingChecksImpl.TermMatch.of("fitness to study").mayOccurIn(DraftingChecksImpl.folded("FITNESS TO STUDY")));
        assertFalse(DraftingChecksImpl.TermMatch.of("fitness to study").mayOccurIn(DraftingChecksImpl.folded("fit to study")));
    }

    @Test
    void theWordTestOfASectionNeverMissesATermAndTheQuickSearchFindsWhatThePatternFinds() {
        // the reader lens skips a term whose first word a section lacks, then looks for it with indexOf instead of the
        // pattern: both must agree with the pattern on any text (case, plurals, apostrophes, letters outside ASCII)
        List<List<String>> names = List.of(List.of("fitness to study"), List.of("OfS"), List.of("A&E"), List.of("care", "care plan"),
                List.of("wellbeing service", "well-being service"), List.of("CMHT"), List.of("Straße"), List.of("IAPT", "talking therapies"),
                List.of("e.g"), List.of("24-hour line"), List.of("care"), List.of("GP"));
        String[] pieces = {"fitness", "Fitness", "FITNESS", " ", "to", "study", "studies", "OfS", "OFS", "ofs", "A&E", "a&e", "A", "&", "E",
                "care", "Care", "CARES", "cares", "carees", "care's", "CARE’S", "CARE'S", "plan", "well", "-", "being", "wellbeing", "service",
                "Services", "CMHT", "CMHTs", "CMHTS", "cmhtes", "ſ", "İ", "K", "Straße", "STRASSE", "iapt", "IAPT", "talking", "therapies", "e",
                ".", "g", "24", "hour", "line", "x", "1", "’", "'", "(", "\n", "GP", "GPs", "gp", "\uD835\uDC00", "é", "²"};
        java.util.Random random = new java.util.Random(3);
        int found = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            DraftingChecksImpl.Words words = DraftingChecksImpl.Words.of(t);
            String folded = DraftingChecksImpl.folded(t);
            for (List<String> n : names) {
                DraftingChecksImpl.TermMatch match = n.size() == 1 ? DraftingChecksImpl.TermMatch.of(n.get(0)) : DraftingChecksImpl.TermMatch.ofNames(n);
                boolean byPattern = match.pattern.matcher(t).find();
                assertEquals(byPattern, match.foundIn(t, folded), () -> n + " in \"" + t + "\": the quick search and the pattern disagree");
                if (byPattern) {
                    found++;
                    assertTrue(match.mayOccurIn(words), () -> n + " is in \"" + t + "\" but the word test skipped it");
                }
            }
        }
        assertTrue(found > 1000, "the texts exercise the patterns");
        assertFalse(DraftingChecksImpl.TermMatch.of("care").mayOccurIn(DraftingChecksImpl.Words.of("We scare nobody; careful planning.")));
    }
}
