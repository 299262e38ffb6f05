package org.bridgework.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.InlineText;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.Benefit;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Milestone;
import org.bridgework.model.Outcome;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Source;
import org.bridgework.model.StatusChange;
import org.bridgework.model.Term;
import org.bridgework.model.util.GuidanceResources;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped sample project: it loads cleanly, hangs together, and says nothing the brief does not support. */
class SampleContentTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** An acronym: two or more capitals, possibly with lower-case letters or hyphens between (OfS, U-COPE), or A&E. */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\-])(A&E|[A-Z][A-Za-z\\-]*[A-Z])(?=s\\b|'s\\b|’s\\b|[^\\p{L}]|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final int MAX_SENTENCE_WORDS = 25;

    private static Resource resource;
    private static GuidanceProject project;

    @BeforeAll
    static void load() throws IOException {
        resource = GuidanceResources.newResourceSet().createResource(URI.createURI("sample/he-nhs-partnerships.guidance"));
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            resource.load(in, null);
        }
        project = (GuidanceProject) resource.getContents().get(0);
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertEquals(List.of(), resource.getErrors(), "load errors");
        assertEquals(List.of(), resource.getWarnings(), "load warnings");
        assertEquals(1, resource.getContents().size());
        assertEquals("he-nhs-partnerships", project.getId());
    }

    @Test
    void everyReferenceResolvesInsideTheProject() {
        int checked = 0;
        for (EObject element : all()) {
            for (EReference ref : element.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isTransient() || ref.isDerived()) {
                    continue;
                }
                for (EObject target : values(element, ref)) {
                    assertFalse(target.eIsProxy(), () -> where(element) + "." + ref.getName() + " is unresolved: " + target);
                    assertEquals(resource, target.eResource(), () -> where(element) + "." + ref.getName() + " points outside");
                    checked++;
                }
            }
            if (element instanceof CaseStudyEmbed e) {
                assertNotNull(e.getCaseStudy(), where(e) + " embeds nothing");
            }
            if (element instanceof ExtractQuote q) {
                assertNotNull(q.getExtract(), where(q) + " quotes nothing");
            }
        }
        assertTrue(checked > 100, "cross references checked: " + checked);
    }

    @Test
    void idsAreUniqueReadableSlugs() {
        Map<String, Identified> ids = new HashMap<>();
        for (EObject element : all()) {
            if (element instanceof Identified identified) {
                String id = identified.getId();
                assertNotNull(id, () -> "no id on " + element.eClass().getName() + " " + identified.getLabel());
                assertTrue(SLUG.matcher(id).matches(), "not a slug: " + id);
                Identified before = ids.put(id, identified);
                assertTrue(before == null, "id used twice: " + id);
            }
        }
        assertTrue(ids.size() > 150, "identified elements: " + ids.size());
    }

    @Test
    void elementReferencesInTextPointAtElements() {
        Set<String> ids = ids();
        texts().forEach((where, text) -> {
            for (InlineText.Reference ref : InlineText.references(text)) {
                assertTrue(ids.contains(ref.targetId()), where + ": [" + ref.text() + "](#" + ref.targetId() + ") points at no element");
            }
        });
    }

    @Test
    void everyCitationKeyInTextIsASource() {
        Set<String> keys = new HashSet<>();
        for (Source source : project.getSources()) {
            assertTrue(keys.add(source.getCitationKey()), "citation key used twice: " + source.getCitationKey());
        }
        Set<String> cited = new HashSet<>();
        texts().forEach((where, text) -> {
            for (InlineText.Cluster cluster : InlineText.citations(text)) {
                for (CiteItem item : cluster.items()) {
                    assertTrue(keys.contains(item.key()), where + " cites @" + item.key() + ", which is no source");
                    cited.add(item.key());
                }
            }
        });
        assertEquals(keys, cited, "every source in the sample is cited in the draft");
    }

    @Test
    void theFiveCriteriaOfTheProposal() {
        List<Criterion> criteria = project.getCriteria();
        assertEquals(5, criteria.size());
        for (int i = 0; i < 5; i++) {
            Criterion c = criteria.get(i);
            assertEquals("C" + (i + 1), c.getCode());
            assertFalse(isBlank(c.getStatement()), c.getId());
            assertFalse(isBlank(c.getRationale()), c.getId());
            String decision = c.isMandatory() ? "Mandatory" : "Desirable, not mandatory";
            assertTrue(c.getRationale().startsWith(decision), c.getId() + ": the rationale says why it is " + decision);
        }
        assertEquals(75, project.getConsensusSettings().getIncludeThresholdPercent());
        assertEquals(15, project.getConsensusSettings().getExcludeOppositeThresholdPercent());
        project.getRounds().forEach(round -> assertEquals(List.of(), round.getRatings(), "no ratings have been given yet"));
    }

    @Test
    void theThreePartnershipsAreIdentifiedAndDated() {
        assertEquals(List.of("cs-greater-manchester", "cs-liverpool", "cs-north-london"),
                project.getCaseStudies().stream().map(CaseStudy::getId).toList());
        for (CaseStudy cs : project.getCaseStudies()) {
            assertEquals(CollectionStatus.IDENTIFIED, cs.getCollectionStatus(), cs.getId());
            StatusChange last = cs.getStatusHistory().get(cs.getStatusHistory().size() - 1);
            assertEquals(CollectionStatus.IDENTIFIED, last.getStatus(), cs.getId());
            assertNotNull(last.getDate(), cs.getId() + ": identification is dated");
            assertTrue(cs.getPartners().size() >= 4, cs.getId() + " partners");
            assertFalse(cs.isModelOfGoodPractice(), cs.getId() + " cannot be a model of good practice before assessment");
        }
    }

    @Test
    void caseStudiesClaimNoUnverifiedResults() {
        for (CaseStudy cs : project.getCaseStudies()) {
            assertEquals(List.of(), honestyProblems(cs), cs.getId());
        }
    }

    @Test
    void theHonestyGuardCatchesInventedFigures() {
        CaseStudy cs = GuidanceFactory.eINSTANCE.createCaseStudy();
        cs.setId("cs-test");
        cs.setDescription("Began as a two-year pilot in 2019.");
        assertEquals(List.of(), honestyProblems(cs), "years and words are fine");
        Outcome outcome = GuidanceFactory.eINSTANCE.createOutcome();
        outcome.setMeasure("Waiting time");
        outcome.setValue("reduced by 40%");
        cs.getOutcomes().add(outcome);
        Benefit benefit = GuidanceFactory.eINSTANCE.createBenefit();
        benefit.setDescription("300 students seen");
        cs.getBenefits().add(benefit);
        cs.setFunding("£250k a year");
        assertEquals(3, honestyProblems(cs).size(), honestyProblems(cs).toString());
    }

    /** Numbers in what a case study claims, other than years: each is an unverified figure about a real service. */
    private static List<String> honestyProblems(CaseStudy cs) {
        List<String> problems = new ArrayList<>();
        for (Outcome o : cs.getOutcomes()) {
            String text = String.join(" ", nonNull(o.getMeasure()), nonNull(o.getValue()), nonNull(o.getPeriod()));
            if (text.matches("(?s).*\\d.*")) {
                problems.add("outcome with a figure: " + text);
            }
        }
        for (Benefit b : cs.getBenefits()) {
            if (nonNull(b.getDescription()).matches("(?s).*\\d.*")) {
                problems.add("benefit with a figure: " + b.getDescription());
            }
        }
        for (String text : List.of(nonNull(cs.getDescription()), nonNull(cs.getPopulationServed()),
                nonNull(cs.getReferralRoute()), nonNull(cs.getFunding()), nonNull(cs.getStaffing()))) {
            if (YEAR.matcher(text).replaceAll("").matches("(?s).*\\d.*")) {
                problems.add("figure other than a year: " + text);
            }
        }
        cs.getAssessments().stream().filter(a -> a.getResult() != AssessmentResult.UNKNOWN)
                .forEach(a -> problems.add("assessed before any evidence was collected: " + a.getId()));
        return problems;
    }

    @Test
    void milestonesAreInDateOrder() {
        List<Milestone> milestones = project.getMilestones();
        assertTrue(milestones.size() >= 5);
        for (int i = 1; i < milestones.size(); i++) {
            Milestone before = milestones.get(i - 1);
            Milestone after = milestones.get(i);
            assertFalse(after.getDate().isBefore(before.getDate()), before.getId() + " is after " + after.getId());
        }
    }

    @Test
    void sectionsStayWithinTheirWordBudgets() {
        all().stream().filter(Section.class::isInstance).map(Section.class::cast).forEach(s -> {
            assertTrue(s.getWordBudget() > 0, s.getId() + " has a budget");
            assertTrue(s.getWordCount() > 0, s.getId() + " has text");
            assertTrue(s.getWordCount() <= s.getWordBudget(), s.getId() + ": " + s.getWordCount() + " words, budget " + s.getWordBudget());
        });
        int words = project.getDocument().getWordCount();
        assertTrue(words <= project.getDocument().getLengthTargetWords(), "document " + words + " words");
    }

    @Test
    void sentencesAreShort() {
        documentTexts().forEach((where, text) -> {
            for (String sentence : SENTENCE_END.split(InlineText.plain(text))) {
                int words = InlineText.wordCount(sentence);
                assertTrue(words <= MAX_SENTENCE_WORDS, where + ": " + words + " words in \"" + sentence + "\"");
            }
        });
    }

    @Test
    void everyAcronymIsInTheGlossaryAndExpandedOnFirstUse() {
        Map<String, Term> glossary = new HashMap<>();
        project.getTerms().forEach(t -> glossary.put(t.getTerm(), t));
        Set<String> seen = new HashSet<>();
        documentTexts().forEach((where, text) -> {
            String plain = InlineText.plain(text);
            Matcher m = ACRONYM.matcher(plain);
            while (m.find()) {
                String acronym = m.group(1);
                Term term = glossary.get(acronym);
                assertNotNull(term, where + ": " + acronym + " is not in the glossary");
                if (seen.add(acronym) && !term.isWellKnown() && term.getExpansion() != null) {
                    assertTrue(plain.toLowerCase().contains(term.getExpansion().toLowerCase()),
                            where + ": first use of " + acronym + " without its expansion \"" + term.getExpansion() + "\"");
                }
            }
        });
        assertTrue(seen.containsAll(Set.of("HEP", "NHS", "UUK", "OfS", "ICB", "CMHT", "DSA", "A&E")), seen.toString());
    }

    @Test
    void bothReadershipsGetCallouts() {
        List<CalloutKind> kinds = all().stream().filter(Callout.class::isInstance).map(c -> ((Callout) c).getKind()).toList();
        assertTrue(kinds.contains(CalloutKind.FOR_NHS_READERS));
        assertTrue(kinds.contains(CalloutKind.FOR_HE_READERS));
        assertTrue(kinds.contains(CalloutKind.KEY_MESSAGE));
    }

    // ------------------------------------------------------------------ helpers

    private static List<EObject> all() {
        List<EObject> all = new ArrayList<>();
        all.add(project);
        for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        return all;
    }

    private static Set<String> ids() {
        Set<String> ids = new HashSet<>();
        all().stream().filter(Identified.class::isInstance).forEach(e -> ids.add(((Identified) e).getId()));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject element, EReference ref) {
        Object value = element.eGet(ref, false);
        if (value == null) {
            return List.of();
        }
        return ref.isMany() ? (List<EObject>) value : List.of((EObject) value);
    }

    /** Every string attribute of every element, keyed by where it is. */
    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (EObject element : all()) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (attribute.getEType() != EcorePackage.Literals.ESTRING || attribute.isDerived()) {
                    continue;
                }
                Object value = element.eGet(attribute);
                List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
                for (int i = 0; i < values.size(); i++) {
                    texts.put(where(element) + "." + attribute.getName() + (attribute.isMany() ? "[" + i + "]" : ""),
                            (String) values.get(i));
                }
            }
        }
        return texts;
    }

    /** The text a reader of the document sees, in document order (embeds and tables include what they show). */
    private static Map<String, String> documentTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        project.getDocument().getSections().forEach(s -> collect(s, texts));
        return texts;
    }

    private static void collect(Section section, Map<String, String> texts) {
        for (Block block : section.getBlocks()) {
            String at = block.getId();
            switch (block) {
                case Paragraph p -> texts.put(at, p.getText());
                case Callout c -> texts.put(at, c.getText());
                case ListBlock l -> {
                    for (int i = 0; i < l.getItems().size(); i++) {
                        texts.put(at + "[" + i + "]", l.getItems().get(i));
                    }
                }
                case Checklist c -> {
                    int i = 0;
                    for (ChecklistItem item : c.getItems()) {
                        texts.put(at + "[" + i++ + "]", item.getText());
                    }
                }
                case CaseStudyEmbed e -> texts.put(at + ":" + e.getCaseStudy().getId(), e.getCaseStudy().getDescription());
                case ChallengeTable t -> t.getChallenges().forEach(c -> texts.put(at + ":" + c.getId(), c.getDescription()));
                case ExtractQuote q -> texts.put(at + ":" + q.getExtract().getId(), q.getExtract().getText());
                default -> { }
            }
        }
        section.getSections().forEach(s -> collect(s, texts));
    }

    private static String where(EObject element) {
        return element instanceof Identified i ? element.eClass().getName() + " " + i.getId()
                : element.eClass().getName() + " in " + where(element.eContainer());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
