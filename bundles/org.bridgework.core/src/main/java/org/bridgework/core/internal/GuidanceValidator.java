package org.bridgework.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.InlineText;
import org.bridgework.model.Assessment;
import org.bridgework.model.Benefit;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.Challenge;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Image;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Milestone;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.Term;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The guidance model's constraints as an EMF {@link EValidator}, one small method per rule. Registered for
 * {@link GuidancePackage} in the validator registry of {@link ValidationServiceImpl}; the {@code Diagnostician} calls
 * {@link #validate(EClass, EObject, DiagnosticChain, Map)} once for every element of the tree. Project-wide facts
 * (ids, citation keys, glossary) are indexed once per run in the context map.
 * <p>
 * Each diagnostic's data is {@code [element, code]}: the element concerned and the stable code of the rule.
 */
public final class GuidanceValidator implements EValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.bridgework.core";

    public static final String ID_MISSING = "id-missing";
    public static final String ID_FORMAT = "id-format";
    public static final String ID_DUPLICATE = "id-duplicate";
    public static final String REFERENCE_UNRESOLVED = "reference-unresolved";
    public static final String TEXT_REFERENCE_UNKNOWN = "text-reference-unknown";
    public static final String MILESTONE_ORDER = "milestone-order";
    public static final String CRITERION_CODE_DUPLICATE = "criterion-code-duplicate";
    public static final String ASSESSMENT_CRITERION = "assessment-criterion";
    public static final String ASSESSMENT_DUPLICATE = "assessment-duplicate";
    public static final String CASE_STUDY_UNEVIDENCED = "case-study-unevidenced";
    public static final String SECTION_OVER_BUDGET = "section-over-budget";
    public static final String CITATION_KEY_UNKNOWN = "citation-key-unknown";
    public static final String ACRONYM_NOT_IN_GLOSSARY = "acronym-not-in-glossary";
    public static final String IMAGE_UNUSABLE = "image-unusable";

    /** Ids: the same characters as element references in text ({@code [text](#id)}), no spaces. */
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*");
    /** An acronym: 2 to 6 capital letters standing alone, optionally with a plural s (CMHTs). */
    static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,6})s?(?![\\p{L}\\p{N}])");
    /** All-capital tokens that are not acronyms: roman numerals. */
    static final Set<String> NOT_ACRONYMS = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV",
            "XVI", "XVII", "XVIII", "XIX", "XX");

    private static final Object INDEX_KEY = new Object();

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Index index = index(eObject, context);
        Report report = new Report(diagnostics);
        if (eObject instanceof GuidanceProject project) {
            uniqueIds(project, report);
            milestoneDatesInOrder(project, report);
            criterionCodesUnique(project, report);
            acronymsInGlossary(project, index, report);
        }
        referencesResolve(eObject, index, report);
        citationKeysExist(eObject, index, report);
        textReferencesExist(eObject, index, report);
        if (eObject instanceof Assessment assessment) {
            assessmentAgainstProjectCriterion(assessment, index, report);
        }
        if (eObject instanceof CaseStudy caseStudy) {
            verifiedCaseStudyHasEvidence(caseStudy, report);
            oneAssessmentPerCriterion(caseStudy, report);
        }
        if (eObject instanceof Section section) {
            sectionWithinWordBudget(section, index, report);
        }
        if (eObject instanceof Image image) {
            // the picture is there, is a picture by its bytes and is not too big: what assemble would stop on
            org.bridgework.core.api.ImageFiles.problem(image).ifPresent(message -> report.error(image, IMAGE_UNUSABLE, message));
        }
        return report.ok;
    }

    // ------------------------------------------------------------------ rules

    /** Every referenceable element has an id, in slug form, unique in the project. */
    void uniqueIds(GuidanceProject project, Report report) {
        Map<String, Identified> first = new HashMap<>();
        TreeIterator<EObject> all = EcoreUtil.getAllContents(List.of(project));
        while (all.hasNext()) {
            if (!(all.next() instanceof Identified element)) {
                continue;
            }
            String id = element.getId();
            if (id == null || id.isBlank()) {
                report.error(element, ID_MISSING, "The " + describe(element) + where(element)
                        + " has no id. Every element needs a unique id (a short slug such as 'ch-roles') so others can refer to it.");
                continue;
            }
            if (!ID.matcher(id).matches()) {
                report.error(element, ID_FORMAT, "The id '" + id + "' of the " + describe(element)
                        + " has characters an id cannot have: use letters, digits and - _ . : only, no spaces.");
            }
            Identified earlier = first.putIfAbsent(id, element);
            if (earlier != null) {
                report.error(element, ID_DUPLICATE, "The id '" + id + "' is used by both the " + describe(earlier) + " and the "
                        + describe(element) + ". Ids must be unique in the project: rename one of them.");
            }
        }
    }

    /** Dated milestones follow each other in the order they are listed. */
    void milestoneDatesInOrder(GuidanceProject project, Report report) {
        Milestone previous = null;
        for (Milestone milestone : project.getMilestones()) {
            if (milestone.getDate() == null) {
                continue;
            }
            if (previous != null && milestone.getDate().isBefore(previous.getDate())) {
                report.error(milestone, MILESTONE_ORDER, "The milestone " + quote(milestone) + " is dated " + milestone.getDate()
                        + ", before " + quote(previous) + " (" + previous.getDate() + ") which is listed before it. Fix the date or the order.");
            }
            previous = milestone;
        }
    }

    /** No two criteria share a code (compared ignoring case and surrounding spaces). */
    void criterionCodesUnique(GuidanceProject project, Report report) {
        Map<String, Criterion> first = new HashMap<>();
        for (Criterion criterion : project.getCriteria()) {
            String code = criterion.getCode();
            if (code == null || code.isBlank()) {
                continue;
            }
            Criterion earlier = first.putIfAbsent(code.strip().toLowerCase(Locale.ROOT), criterion);
            if (earlier != null) {
                report.error(criterion, CRITERION_CODE_DUPLICATE, "The criteria '" + earlier.getId() + "' and '" + criterion.getId()
                        + "' both have the code '" + code.strip() + "'. Criterion codes must be unique: renumber one of them.");
            }
        }
    }

    /** Every non-containment reference points at an element of this project (not deleted, not unresolved). */
    void referencesResolve(EObject element, Index index, Report report) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()
                    || reference == GuidancePackage.Literals.ASSESSMENT__CRITERION || !element.eIsSet(reference)) {
                continue;
            }
            for (EObject target : targets(element, reference)) {
                if (target.eIsProxy()) {
                    report.error(element, REFERENCE_UNRESOLVED, "The " + describe(element) + " refers in '" + reference.getName()
                            + "' to '" + EcoreUtil.getURI(target).fragment() + "', which is not an element of the project. Remove the reference or restore the element.");
                } else if (EcoreUtil.getRootContainer(target) != index.root) {
                    report.error(element, REFERENCE_UNRESOLVED, "The " + describe(element) + " refers in '" + reference.getName()
                            + "' to the " + describe(target) + ", which is no longer in the project (was it deleted?). Remove the reference.");
                }
            }
        }
    }

    /** Element references written in text ({@code [text](#id)}) name an element of the project. */
    void textReferencesExist(EObject element, Index index, Report report) {
        for (String text : inlineTexts(element)) {
            for (InlineText.Reference reference : InlineText.references(text)) {
                if (!index.ids.contains(reference.targetId())) {
                    report.error(element, TEXT_REFERENCE_UNKNOWN, "The " + describe(element) + " links '" + reference.text() + "' to '#"
                            + reference.targetId() + "', but no element has the id '" + reference.targetId() + "'.");
                }
            }
        }
    }

    /** Citation keys used in text ({@code [@key]}) are citation keys of the project's sources. */
    void citationKeysExist(EObject element, Index index, Report report) {
        Set<String> unknown = new java.util.LinkedHashSet<>();
        for (String text : inlineTexts(element)) {
            for (InlineText.Cluster cluster : InlineText.citations(text)) {
                for (CiteItem item : cluster.items()) {
                    if (!index.citationKeys.contains(item.key())) {
                        unknown.add(item.key());
                    }
                }
            }
        }
        for (String key : unknown) {
            report.error(element, CITATION_KEY_UNKNOWN, "The " + describe(element) + " cites '@" + key
                    + "', but no source has that citation key. Add the source to the literature or correct the key.");
        }
    }

    /** An assessment is against one of the project's criteria. */
    void assessmentAgainstProjectCriterion(Assessment assessment, Index index, Report report) {
        Criterion criterion = assessment.getCriterion();
        String of = assessment.getCaseStudy() == null ? "" : " of the case study " + quote(assessment.getCaseStudy());
        if (criterion == null) {
            report.error(assessment, ASSESSMENT_CRITERION, "The assessment '" + assessment.getId() + "'" + of
                    + " is not against any criterion. Choose one of the project's criteria.");
        } else if (criterion.eIsProxy() || !index.root.getCriteria().contains(criterion)) {
            report.error(assessment, ASSESSMENT_CRITERION, "The assessment '" + assessment.getId() + "'" + of
                    + " is against a criterion that is not one of the project's criteria"
                    + (criterion.eIsProxy() ? "" : " ('" + criterion.getId() + "')") + ". Choose one of the project's criteria.");
        }
    }

    /** A case study is assessed at most once against each criterion (warning). */
    void oneAssessmentPerCriterion(CaseStudy caseStudy, Report report) {
        Set<Criterion> seen = new HashSet<>();
        for (Assessment assessment : caseStudy.getAssessments()) {
            if (assessment.getCriterion() != null && !seen.add(assessment.getCriterion())) {
                report.warning(assessment, ASSESSMENT_DUPLICATE, "The case study " + quote(caseStudy) + " is assessed more than once against the criterion "
                        + quote(assessment.getCriterion()) + "; keep one assessment per criterion.");
            }
        }
    }

    /** A case study marked verified or approved has at least one benefit with evidence. */
    void verifiedCaseStudyHasEvidence(CaseStudy caseStudy, Report report) {
        CollectionStatus status = caseStudy.getCollectionStatus();
        if (status != CollectionStatus.VERIFIED && status != CollectionStatus.APPROVED) {
            return;
        }
        for (Benefit benefit : caseStudy.getBenefits()) {
            if (benefit.getEvidenceType() != null && benefit.getEvidenceType() != EvidenceType.UNKNOWN) {
                return;
            }
        }
        report.error(caseStudy, CASE_STUDY_UNEVIDENCED, "The case study " + quote(caseStudy) + " is marked " + status.getLiteral()
                + " but none of its benefits has evidence. Record the evidence for at least one benefit, or set the status back.");
    }

    /** A section (with its sub-sections) stays within its word budget (warning). */
    void sectionWithinWordBudget(Section section, Index index, Report report) {
        int budget = section.getWordBudget();
        if (budget <= 0) {
            return;
        }
        int words = words(section, index.sectionWords);
        if (words > budget) {
            report.warning(section, SECTION_OVER_BUDGET, "The section " + quote(section) + " has " + words + " words, " + (words - budget)
                    + " over its budget of " + budget + ". Shorten it or raise the budget.");
        }
    }

    /**
     * Acronyms used in the document (2 to 6 capital letters, such as CMHT or ICB) are glossary terms; one warning per
     * acronym, on its first use.
     */
    void acronymsInGlossary(GuidanceProject project, Index index, Report report) {
        GuidanceDocument document = project.getDocument();
        if (document == null) {
            return;
        }
        Map<String, EObject> firstUse = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        scanAcronyms(document, documentTexts(document), index, firstUse, uses);
        TreeIterator<EObject> all = document.eAllContents();
        while (all.hasNext()) {
            EObject element = all.next();
            scanAcronyms(element, documentTexts(element), index, firstUse, uses);
        }
        for (Map.Entry<String, EObject> entry : firstUse.entrySet()) {
            int n = uses.get(entry.getKey());
            report.warning(entry.getValue(), ACRONYM_NOT_IN_GLOSSARY, "The acronym '" + entry.getKey() + "' is used "
                    + (n == 1 ? "once" : n + " times") + " (first in the " + describe(entry.getValue())
                    + ") but is not in the glossary. Add a glossary term for it (mark it well known if readers need no expansion).");
        }
    }

    private static void scanAcronyms(EObject element, List<String> texts, Index index, Map<String, EObject> firstUse,
            Map<String, Integer> uses) {
        for (String text : texts) {
            if (!hasTwoCapitals(text)) {
                continue; // no acronym possible: skip the regular expressions
            }
            Matcher m = ACRONYM.matcher(InlineText.plain(text));
            while (m.find()) {
                String acronym = m.group(1);
                if (NOT_ACRONYMS.contains(acronym) || index.glossary.contains(acronym)) {
                    continue;
                }
                firstUse.putIfAbsent(acronym, element);
                uses.merge(acronym, 1, Integer::sum);
            }
        }
    }

    private static boolean hasTwoCapitals(String text) {
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            boolean upper = Character.isUpperCase(text.charAt(i));
            if (upper && previous) {
                return true;
            }
            previous = upper;
        }
        return false;
    }

    // ------------------------------------------------------------------ texts and words

    /** The inline (Markdown) texts an element holds itself, where citations and element references may appear. */
    static List<String> inlineTexts(EObject element) {
        List<String> texts = new ArrayList<>(documentTexts(element));
        switch (element) {
            case Challenge c -> texts.add(c.getDescription());
            case Solution s -> texts.add(s.getDescription());
            case CaseStudy c -> texts.add(c.getDescription());
            case Criterion c -> {
                texts.add(c.getStatement());
                texts.add(c.getRationale());
            }
            case Benefit b -> texts.add(b.getDescription());
            case Term t -> texts.add(t.getDefinition());
            default -> {
                // no inline text of its own
            }
        }
        texts.removeIf(t -> t == null || t.isEmpty());
        return texts;
    }

    /** The texts of the document itself that an element holds: headings, titles and block texts (not embedded elements). */
    static List<String> documentTexts(EObject element) {
        List<String> texts = new ArrayList<>();
        switch (element) {
            case GuidanceDocument d -> {
                texts.add(d.getTitle());
                texts.add(d.getSubtitle());
            }
            case Section s -> texts.add(s.getHeading());
            case Paragraph p -> texts.add(p.getText());
            case ListBlock l -> texts.addAll(l.getItems());
            case Callout c -> {
                texts.add(c.getTitle());
                texts.add(c.getText());
            }
            case Checklist c -> texts.add(c.getTitle());
            case ChecklistItem i -> texts.add(i.getText());
            case Image i -> texts.add(i.getCaption());
            case ChallengeTable t -> texts.add(t.getCaption());
            default -> {
                // nothing of the document's own text
            }
        }
        texts.removeIf(t -> t == null || t.isEmpty());
        return texts;
    }

    /** Words of a section as readers see them (InlineText word counts), with its sub-sections; headings not counted. */
    static int words(Section section) {
        return words(section, new HashMap<>());
    }

    /** As {@link #words(Section)}, remembering each section's count (nested budgets count the same words again). */
    static int words(Section section, Map<Section, Integer> known) {
        Integer cached = known.get(section);
        if (cached != null) {
            return cached;
        }
        int words = 0;
        for (Block block : section.getBlocks()) {
            words += words(block);
        }
        for (Section child : section.getSections()) {
            words += words(child, known);
        }
        known.put(section, words);
        return words;
    }

    /** Words a block puts in the document: its own text, and what it embeds (a case study, challenges, a quoted extract). */
    static int words(Block block) {
        int words = 0;
        for (String text : documentTexts(block)) {
            words += InlineText.wordCount(text);
        }
        switch (block) {
            case Checklist c -> {
                for (ChecklistItem item : c.getItems()) {
                    words += InlineText.wordCount(item.getText());
                }
            }
            case CaseStudyEmbed e when e.getCaseStudy() != null ->
                words += InlineText.wordCount(e.getCaseStudy().getTitle()) + InlineText.wordCount(e.getCaseStudy().getDescription());
            case ChallengeTable t -> {
                for (Challenge c : t.getChallenges()) {
                    words += InlineText.wordCount(c.getTitle()) + InlineText.wordCount(c.getDescription());
                }
            }
            case ExtractQuote q when q.getExtract() != null -> words += InlineText.wordCount(q.getExtract().getText());
            default -> {
                // counted above
            }
        }
        return words;
    }

    // ------------------------------------------------------------------ helpers

    @SuppressWarnings("unchecked")
    private static List<EObject> targets(EObject element, EReference reference) {
        Object value = element.eGet(reference, false);
        if (value == null) {
            return List.of();
        }
        return reference.isMany() ? (List<EObject>) value : List.of((EObject) value);
    }

    /** Facts about the whole project, computed once per validation run. */
    static final class Index {
        final GuidanceProject root;
        final Set<String> ids = new HashSet<>();
        final Set<String> citationKeys = new HashSet<>();
        final Set<String> glossary = new HashSet<>();
        final Map<Section, Integer> sectionWords = new java.util.IdentityHashMap<>();

        Index(GuidanceProject root) {
            this.root = root;
            if (root == null) {
                return;
            }
            if (root.getId() != null) {
                ids.add(root.getId());
            }
            TreeIterator<EObject> all = root.eAllContents();
            while (all.hasNext()) {
                if (all.next() instanceof Identified element && element.getId() != null) {
                    ids.add(element.getId());
                }
            }
            for (Source source : root.getSources()) {
                if (source.getCitationKey() != null && !source.getCitationKey().isBlank()) {
                    citationKeys.add(source.getCitationKey().strip());
                }
            }
            for (Term term : root.getTerms()) {
                if (term.getTerm() != null && !term.getTerm().isBlank()) {
                    String t = term.getTerm().strip();
                    glossary.add(t);
                    // "CMHT (community mental health team)" or "CMHT – community ..." also define CMHT
                    Matcher lead = Pattern.compile("^(\\p{Lu}{2,6})\\b").matcher(t);
                    if (lead.find()) {
                        glossary.add(lead.group(1));
                    }
                }
            }
        }
    }

    private static Index index(EObject element, Map<Object, Object> context) {
        EObject root = EcoreUtil.getRootContainer(element);
        if (context == null) {
            return new Index(root instanceof GuidanceProject p ? p : null);
        }
        Index index = (Index) context.get(INDEX_KEY);
        if (index == null || index.root != root) {
            index = new Index(root instanceof GuidanceProject p ? p : null);
            context.put(INDEX_KEY, index);
        }
        return index;
    }

    /** Adds diagnostics with data {@code [element, code]}. */
    static final class Report {
        private final DiagnosticChain chain;
        boolean ok = true;

        Report(DiagnosticChain chain) {
            this.chain = chain;
        }

        void error(EObject element, String code, String message) {
            add(Diagnostic.ERROR, element, code, message);
        }

        void warning(EObject element, String code, String message) {
            add(Diagnostic.WARNING, element, code, message);
        }

        private void add(int severity, EObject element, String code, String message) {
            if (severity == Diagnostic.ERROR) {
                ok = false;
            }
            if (chain != null) {
                chain.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, message, new Object[] {element, code}));
            }
        }
    }

    /** "challenge 'Roles are unclear'": the kind of element in words and its label (or id). */
    static String describe(EObject element) {
        String kind = element.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        if (element instanceof Identified identified) {
            String label = identified.getLabel();
            String id = identified.getId();
            if (label != null && id != null && !label.equals(id)) {
                return kind + " '" + label + "' (" + id + ")";
            }
            return kind + (label != null ? " '" + label + "'" : id != null ? " '" + id + "'" : "");
        }
        return kind;
    }

    private static String quote(Identified element) {
        String label = element.getLabel();
        return "'" + (label != null ? label : element.getId()) + "'";
    }

    private static String where(EObject element) {
        EObject container = element.eContainer();
        while (container != null && !(container instanceof Identified i && i.getId() != null)) {
            container = container.eContainer();
        }
        return container == null || container instanceof GuidanceProject ? "" : " in the " + describe(container);
    }

    /** The id of the element, or of its nearest ancestor with one. */
    static String elementId(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Identified identified && identified.getId() != null && !identified.getId().isBlank()) {
                return identified.getId();
            }
        }
        return null;
    }
}
