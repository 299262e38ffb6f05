package org.bridgework.drafting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.core.api.InlineText;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.drafting.api.CheckInfo;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.DraftingChecks;
import org.bridgework.drafting.api.Finding;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Sector;
import org.bridgework.model.Term;
import org.bridgework.model.derive.Derived;
import org.bridgework.model.derive.PageEstimate;
import org.osgi.service.component.annotations.Component;

/**
 * The drafting checks, as a service and as a validation rule (so they show in {@code validate} and the Problems view).
 * Settings come from the project's {@code NAME.checks.properties} sidecar ({@link CheckSettings}).
 */
@Component(service = {DraftingChecks.class, ValidationRule.class})
public class DraftingChecksImpl implements DraftingChecks, ValidationRule {

    public static final String LONG_SENTENCE = "long-sentence";
    public static final String READABILITY = "readability";
    public static final String ACRONYM_NOT_EXPANDED = "acronym-not-expanded";
    public static final String HE_TERM_FOR_NHS_READERS = "he-term-for-nhs-readers";
    public static final String NHS_TERM_FOR_HE_READERS = "nhs-term-for-he-readers";
    public static final String WORD_TO_AVOID = "word-to-avoid";
    public static final String PASSIVE_VOICE = "passive-voice";
    public static final String CLAIM_WITHOUT_CITATION = "claim-without-citation";
    public static final String SECTION_OVER_BUDGET = "section-over-budget";
    public static final String DOCUMENT_OVER_LENGTH = "document-over-length";

    private static final String GOVUK = "https://www.gov.uk/guidance/style-guide";
    private static final List<CheckInfo> CHECKS = List.of(
            new CheckInfo(LONG_SENTENCE, "Sentences over 25 words", Severity.WARNING,
                    "Long sentences are harder to follow, above all for readers with low literacy or reading in a second language.",
                    "GOV.UK content design: aim for sentences of 25 words or fewer (https://www.gov.uk/guidance/content-design/writing-for-gov-uk).", null),
            new CheckInfo(READABILITY, "Readability of a section (Flesch reading ease, Flesch-Kincaid grade)", Severity.WARNING,
                    "Dense text with long words and sentences shuts out readers; NHS content aims at a reading age well below the average of 16 it found.",
                    "NHS Digital, creating content for low health literacy (https://digital.nhs.uk/blog/transformation-blog/2019/creating-better-content-for-users-with-low-health-literacy).", null),
            new CheckInfo(ACRONYM_NOT_EXPANDED, "Acronym not expanded at first use", Severity.WARNING,
                    "A reader from the other sector may not know it; expand it the first time, unless it is well known (NHS, GP, UK).",
                    "GOV.UK style guide, Abbreviations and acronyms (" + GOVUK + "/a-to-z-of-gov-uk-style#abbreviations-and-acronyms).", null),
            new CheckInfo(HE_TERM_FOR_NHS_READERS, "Higher education term NHS readers may not know", Severity.WARNING,
                    "NHS staff may not know HE terms (fitness to study, wellbeing service, AMOSSHE); explain them where they are used or add a 'for NHS readers' callout.",
                    "Project brief: particular attention to how NHS readers understand the guidance; GOV.UK: explain specialist terms (" + GOVUK + ").", null),
            new CheckInfo(NHS_TERM_FOR_HE_READERS, "NHS term higher education readers may not know", Severity.WARNING,
                    "HE staff may not know NHS terms (secondary care, liaison service, THRIVE); explain them where they are used or add a 'for HE readers' callout.",
                    "GOV.UK: explain specialist terms and avoid jargon (" + GOVUK + ").", null),
            new CheckInfo(WORD_TO_AVOID, "Word or phrase to avoid", Severity.INFO,
                    "Abstract and formal words slow readers down and can hide what will actually happen; a plain word says it directly.",
                    "GOV.UK style guide, Plain English and words to avoid (" + GOVUK + "/a-to-z-of-gov-uk-style#plain-english).", null),
            new CheckInfo(PASSIVE_VOICE, "Passive voice", Severity.INFO,
                    "The passive hides who does what; in guidance about shared roles, say which organisation acts.",
                    "GOV.UK content design: use the active voice (https://www.gov.uk/guidance/content-design/writing-for-gov-uk#active-voice).", null),
            new CheckInfo(CLAIM_WITHOUT_CITATION, "Claim without a citation", Severity.WARNING,
                    "Figures and statements about evidence need a source readers can check, or they weaken trust in the whole guidance.",
                    "Project method: every claim traceable to the literature ([@key]).", null),
            new CheckInfo(SECTION_OVER_BUDGET, "Section over its word budget", Severity.WARNING,
                    "The guidance must be short; each section has a budget so the whole stays within its length target.",
                    "Project proposal: short, apposite guidance.", "org.bridgework.core"),
            new CheckInfo(DOCUMENT_OVER_LENGTH, "Document over its length target", Severity.WARNING,
                    "Senior leaders read short guidance; the estimate uses about 450 words a page plus the space of tables, pictures and boxes.",
                    "Project proposal: short, apposite guidance (length target in the document).", null));

    private static final Pattern PASSIVE = Pattern.compile("(?<![\\p{L}])(?:am|is|are|was|were|be|been|being)(?:\\s+not)?(?:\\s+(?:\\p{L}+ly|often|also|still|always|never|now|then|sometimes|already|usually))?\\s+"
            + "(\\p{L}{3,}ed|known|given|made|taken|seen|done|shown|written|held|kept|told|found|led|met|paid|sent|built|brought|thought|understood|chosen|drawn|spent|set up|run)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> NOT_PARTICIPLES = java.util.Set.of("interested", "concerned", "worried", "tired", "related",
            "involved", "supposed", "need", "indeed", "shared", "red", "bed", "seed", "speed", "feed", "based");
    private static final Pattern[] CLAIMS = {
            Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:%|per\\s?cent|percent)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:one|two|three|four|five|\\d+)\\s+in\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:evidence|research|studies|data|surveys?|figures)\\s+(?:shows?|suggests?|found|finds|indicates?|demonstrates?|tells us)(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:doubled|tripled|halved|trebled)(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s+(?:million|thousand|billion)", Pattern.CASE_INSENSITIVE)};

    /** The shipped HE and NHS term lists, used by the reader lens beside the project's glossary. */
    private final TermListsImpl termLists = new TermListsImpl();

    @Override
    public List<CheckInfo> checks() {
        return CHECKS;
    }

    @Override
    public List<Problem> check(GuidanceProject project) {
        List<Problem> problems = new ArrayList<>();
        for (Finding f : run(project, CheckSettings.of(project))) {
            problems.add(f.problem());
        }
        return problems;
    }

    /**
     * A prose text of a block, with its plain words and sentences (read once: the sentence, readability and acronym
     * checks all read them) and the block's callout kind when it is a callout.
     */
    record Text(Block block, String text, String plain, Words words, CalloutKind callout, List<Prose.Sentence> sentences) {
        Text(Block block, String text, CalloutKind callout) {
            this(block, text, InlineText.plain(text), callout);
        }

        private Text(Block block, String text, String plain, CalloutKind callout) {
            this(block, text, plain, Words.of(plain), callout, Prose.sentences(text));
        }
    }

    @Override
    public List<Finding> run(GuidanceProject project, CheckSettings settings) {
        return run(project, settings, TWO_THREADS_FROM);
    }

    /** {@link #run(GuidanceProject, CheckSettings)} with sections on two threads from this many texts (tests). */
    List<Finding> run(GuidanceProject project, CheckSettings settings, int twoThreadsFrom) {
        List<Finding> findings = new ArrayList<>();
        GuidanceDocument document = project == null ? null : project.getDocument();
        if (document == null) {
            return findings;
        }
        Run run = new Run(project, settings, findings, termLists);
        run.acronyms(document);
        List<Section> sections = List.copyOf(document.getSections());
        if (run.textCount() >= twoThreadsFrom && sections.size() > 1 && Runtime.getRuntime().availableProcessors() > 1) {
            run.sectionsOnTwoThreads(sections);
        } else {
            for (Section section : sections) {
                run.section(section);
            }
        }
        run.documentLength(document);
        return findings;
    }

    /**
     * Sections with at least this many texts between them are checked on two threads (a very large project: the
     * checks read immutable strings and the unchanging model; the findings keep their order).
     */
    static final int TWO_THREADS_FROM = 2_000;

    /** The prose of a section's own blocks (sub-sections not included). */
    static List<Text> texts(Section section) {
        List<Text> texts = new ArrayList<>();
        for (Block block : section.getBlocks()) {
            if (block instanceof Paragraph p) {
                add(texts, block, p.getText(), null);
            } else if (block instanceof ListBlock l) {
                for (String item : l.getItems()) {
                    add(texts, block, item, null);
                }
            } else if (block instanceof Callout c) {
                add(texts, block, c.getText(), c.getKind());
            } else if (block instanceof Checklist c) {
                for (ChecklistItem item : c.getItems()) {
                    add(texts, block, item.getText(), null);
                }
            }
        }
        return texts;
    }

    private static void add(List<Text> texts, Block block, String text, CalloutKind kind) {
        if (text != null && !text.isBlank()) {
            texts.add(new Text(block, text, kind));
        }
    }

    static boolean isGlossary(Section section) {
        return section.getKind() == org.bridgework.model.SectionKind.GLOSSARY
                || section.getHeading() != null && section.getHeading().strip().equalsIgnoreCase("glossary");
    }

    /** Acronym-like: no spaces and at least two capital letters (HEP, OfS, A&amp;E). */
    static boolean isAcronym(String term) {
        if (term == null || term.isBlank() || term.strip().contains(" ")) {
            return false;
        }
        long capitals = term.chars().filter(Character::isUpperCase).count();
        return capitals >= 2;
    }

    /** Matches a glossary term in plain text: acronyms case-sensitively, phrases ignoring case; plurals allowed. */
    static Pattern termPattern(String term) {
        String t = term.strip();
        int flags = isAcronym(t) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])", flags);
    }

    /**
     * The text as the term patterns compare it: every character case-folded as {@link Pattern#UNICODE_CASE} does
     * (upper then lower case, one character for one), so a text whose folding does not contain a folded name cannot
     * match that name's pattern, with or without case.
     */
    static String folded(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return b.toString();
    }

    /**
     * A term as the checks look for it: its pattern, its names folded (a quick test before the pattern) and the
     * pattern of an explanation next to it, made the first time a section uses the term.
     */
    static final class TermMatch {
        /** What may follow a name in the text (the patterns' {@code (?:s|es|'s|’s)?}), the empty ending last. */
        private static final String[] ENDINGS = {"s", "es", "'s", "’s", ""};

        final Pattern pattern;
        /** Whether the patterns' plural ending ignores case (a phrase's own pattern) or not (acronyms, lists of names). */
        private final boolean endingIgnoresCase;
        private final List<String> names = new ArrayList<>();
        private final List<String> foldedNames = new ArrayList<>();
        /** Each name's first word, folded, when every name is plain ASCII starting with a letter or digit; else null. */
        private List<String> firstWords = new ArrayList<>();
        /** For each of {@link #firstWords}: the name is that one word (so a plural ending may follow it in a text). */
        private final List<Boolean> oneWord = new ArrayList<>();
        /** Made by whichever thread needs it first (the same pattern either way); volatile to publish it whole. */
        private volatile Pattern explanation;

        /** A glossary term, as {@link #termPattern} matches it. */
        static TermMatch of(String term) {
            return new TermMatch(termPattern(term), List.of(term), !isAcronym(term.strip()));
        }

        /** Several names of one term, as {@link #namesPattern} matches them. */
        static TermMatch ofNames(List<String> names) {
            return new TermMatch(namesPattern(names), names, false);
        }

        private TermMatch(Pattern pattern, List<String> names, boolean endingIgnoresCase) {
            this.pattern = pattern;
            this.endingIgnoresCase = endingIgnoresCase;
            for (String name : names) {
                if (name.isBlank()) {
                    continue;
                }
                String t = name.strip();
                this.names.add(t);
                foldedNames.add(folded(t));
                if (firstWords != null && isAsciiWordStart(t)) {
                    int end = 0;
                    while (end < t.length() && isWordChar(t.charAt(end))) {
                        end++;
                    }
                    firstWords.add(t.substring(0, end).toLowerCase(Locale.ROOT));
                    oneWord.add(end == t.length());
                } else {
                    firstWords = null; // a name the word test cannot vouch for: the text test serves the whole term
                }
            }
        }

        private static boolean isAsciiWordStart(String name) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) > 127) {
                    return false;
                }
            }
            return isWordChar(name.charAt(0));
        }

        /**
         * False when the text cannot hold the term. For plain ASCII names a text matching the pattern holds the name's
         * first word, folded, as a whole word (followed by s or es when the name is one word): no character outside ASCII
         * folds to an ASCII letter, digit or mark without being a letter itself, so the word ends where the name's does.
         */
        boolean mayOccurIn(Words words) {
            if (firstWords == null) {
                return mayOccurIn(words.folded());
            }
            for (int i = 0; i < firstWords.size(); i++) {
                String first = firstWords.get(i);
                if (words.words().contains(first) || oneWord.get(i) && (words.words().contains(first + "s") || words.words().contains(first + "es"))) {
                    return true;
                }
            }
            return false;
        }

        /** False when the (folded) text cannot hold the term; true when it may. */
        boolean mayOccurIn(String foldedText) {
            for (String name : foldedNames) {
                if (foldedText.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the pattern finds the term in a text ({@code folded} is {@link DraftingChecksImpl#folded} of it). For
         * plain ASCII names it looks for each folded name with {@code indexOf} and checks what the pattern checks around
         * it (no letter or digit before; the name's own case for acronyms; an optional plural ending; no letter or digit
         * after): the pattern's look-behind made it try every position of every text, most of a large project's checks.
         */
        boolean foundIn(String plain, String folded) {
            if (firstWords == null || folded.length() != plain.length()) {
                return pattern.matcher(plain).find();
            }
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String foldedName = foldedNames.get(i);
                boolean caseSensitive = isAcronym(name);
                for (int at = folded.indexOf(foldedName); at >= 0; at = folded.indexOf(foldedName, at + 1)) {
                    // the look-behind sees one char, as java.util.regex does (a letter outside the BMP before a term is no letter to it)
                    if ((at == 0 || !isWordChar(plain.charAt(at - 1))) && (!caseSensitive || plain.startsWith(name, at))
                            && endsAsAWord(plain, endingIgnoresCase && !caseSensitive ? folded : plain, at + name.length())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean endsAsAWord(String plain, String endings, int end) {
            for (String ending : ENDINGS) {
                if (endings.startsWith(ending, end)) {
                    int after = end + ending.length();
                    if (after >= plain.length() || !isWordChar(plain.codePointAt(after))) {
                        return true;
                    }
                }
            }
            return false;
        }

        Pattern explanation() {
            if (explanation == null) {
                explanation = Pattern.compile(pattern.pattern() + "\\s*(?:\\(|,\\s+(?:a|an|the|which|who|where)\\s|\\s+(?:is|are|means)\\s+(?:a|an|the|when|where|how|what)?)",
                        pattern.flags());
            }
            return explanation;
        }
    }

    /** A letter or digit as the term patterns' {@code [\\p{L}\\p{N}]} sees it (the word counts' own rule). */
    static boolean isWordChar(int c) {
        return Derived.isWordChar(c);
    }

    /**
     * A text as the term tests read it: the whole text folded, and its words (runs of letters and digits, as the
     * patterns' look-behind sees them in the original text), each folded.
     */
    record Words(String folded, java.util.Set<String> words) {
        /** The words of several texts, as of the texts joined by line breaks. */
        static Words of(List<Words> parts) {
            StringBuilder folded = new StringBuilder();
            java.util.Set<String> words = new java.util.HashSet<>();
            for (Words part : parts) {
                folded.append(part.folded()).append('\n');
                words.addAll(part.words());
            }
            return new Words(folded.toString(), words);
        }

        static Words of(String text) {
            java.util.Set<String> words = new java.util.HashSet<>();
            StringBuilder word = new StringBuilder();
            // char by char, as the patterns' look-behind sees the text (a letter outside the BMP ends a word there)
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    word.append(Character.toLowerCase(Character.toUpperCase(c)));
                } else if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
            }
            return new Words(DraftingChecksImpl.folded(text), words);
        }
    }

    /** Any of several names, each matched as {@link #termPattern} does (acronyms with their case, phrases ignoring it). */
    static Pattern namesPattern(List<String> names) {
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            String t = name.strip();
            if (t.isEmpty()) {
                continue;
            }
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(isAcronym(t) ? "(?-iu:" : "(?iu:").append(Pattern.quote(t)).append(")");
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])");
    }

    private static String quote(Section s) {
        return "'" + (s.getHeading() == null || s.getHeading().isBlank() ? s.getId() : s.getHeading()) + "'";
    }

    private static String shorten(String plain) {
        return plain.length() <= 70 ? plain : plain.substring(0, 67).strip() + "...";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** One run over a project: settings, the findings so far and the glossary. */
    private static final class Run {
        final GuidanceProject project;
        final CheckSettings settings;
        final List<Finding> findings;
        final Map<Term, TermMatch> terms = new LinkedHashMap<>();
        /** The shipped terms among {@link #terms} (detached), with their list entry: plain wording and source. */
        final Map<Term, org.bridgework.drafting.api.TermLists.LensTerm> shipped = new LinkedHashMap<>();

        /** The same run, reporting into {@code findings}: for the second thread's sections. */
        private Run(Run shared, List<Finding> findings) {
            this.project = shared.project;
            this.settings = shared.settings;
            this.findings = findings;
            this.texts = shared.texts;
            this.terms.putAll(shared.terms);
            this.shipped.putAll(shared.shipped);
        }

        Run(GuidanceProject project, CheckSettings settings, List<Finding> findings, TermListsImpl lists) {
            this.project = project;
            this.settings = settings;
            this.findings = findings;
            this.texts = new java.util.concurrent.ConcurrentHashMap<>();
            for (Term term : project.getTerms()) {
                if (term.getTerm() != null && !term.getTerm().isBlank() && !term.isDisabled()) {
                    terms.put(term, TermMatch.of(term.getTerm()));
                }
            }
            // the shipped HE and NHS terms the project's glossary does not name (a glossary term of the same name adapts or turns one off)
            for (org.bridgework.drafting.api.TermLists.LensTerm t : lists.effective(project)) {
                if (t.origin() != org.bridgework.drafting.api.TermLists.Origin.SHIPPED) {
                    continue;
                }
                Term detached = org.bridgework.model.GuidanceFactory.eINSTANCE.createTerm();
                detached.setId(t.id());
                detached.setTerm(t.term());
                detached.setSector(t.sector());
                detached.setExpansion(t.expansion());
                detached.setDefinition(t.definition());
                List<String> names = new ArrayList<>();
                names.add(t.term());
                names.addAll(t.otherNames());
                terms.put(detached, TermMatch.ofNames(names));
                shipped.put(detached, t);
            }
        }

        /** Each section's texts, made once for the acronym pass and the section checks (EObjects compare by identity). */
        final Map<Section, List<Text>> texts;

        List<Text> textsOf(Section section) {
            return texts.computeIfAbsent(section, DraftingChecksImpl::texts);
        }

        void report(String code, String elementId, String sectionId, String message, String quickFix) {
            if (!settings.enabled(code)) {
                return;
            }
            Severity base = CHECKS.stream().filter(c -> c.code().equals(code)).findFirst().map(CheckInfo::severity).orElse(Severity.WARNING);
            findings.add(new Finding(new Problem(settings.severity(code, base), code, elementId, message), sectionId, quickFix));
        }

        /**
         * Checks the first sections on this thread and the rest, about half the texts, on another; the other's
         * findings follow this one's, so the order is the one a single thread gives.
         */
        void sectionsOnTwoThreads(List<Section> sections) {
            int total = 0;
            int[] weights = new int[sections.size()];
            for (int i = 0; i < sections.size(); i++) {
                weights[i] = textsWithin(sections.get(i));
                total += weights[i];
            }
            int split = 1;
            for (int sum = weights[0]; split < sections.size() - 1 && sum + weights[split] <= total / 2; split++) {
                sum += weights[split];
            }
            List<Section> rest = sections.subList(split, sections.size());
            Run second = new Run(this, new ArrayList<>());
            Throwable[] failed = new Throwable[1];
            Thread other = new Thread(() -> {
                try {
                    for (Section section : rest) {
                        second.section(section);
                    }
                } catch (RuntimeException | Error e) {
                    failed[0] = e;
                }
            }, "bridgework-drafting-checks");
            other.setDaemon(true);
            other.start();
            for (Section section : sections.subList(0, split)) {
                section(section);
            }
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the caller gave up (its time limit): what it gets is not used
                return;
            }
            if (failed[0] instanceof RuntimeException e) {
                throw e;
            }
            if (failed[0] instanceof Error e) {
                throw e;
            }
            findings.addAll(second.findings);
        }

        /** The texts made so far (after the acronym pass: every text the checks read). */
        int textCount() {
            int count = 0;
            for (List<Text> list : texts.values()) {
                count += list.size();
            }
            return count;
        }

        /** The texts of a section and its sub-sections (none in a glossary, which the checks leave out). */
        private int textsWithin(Section section) {
            if (isGlossary(section)) {
                return 0;
            }
            int count = textsOf(section).size();
            for (Section sub : section.getSections()) {
                count += textsWithin(sub);
            }
            return count;
        }

        void section(Section section) {
            if (!isGlossary(section)) {
                List<Text> texts = textsOf(section);
                sentences(section, texts);
                readability(section, texts);
                readerLens(section, texts);
            }
            for (Section sub : section.getSections()) {
                section(sub);
            }
        }

        void sentences(Section section, List<Text> texts) {
            int max = (int) settings.number(LONG_SENTENCE + ".maxWords", 25);
            for (Text t : texts) {
                for (Prose.Sentence s : t.sentences()) {
                    if (s.words() > max) {
                        report(LONG_SENTENCE, t.block().getId(), section.getId(), "A sentence in the section " + quote(section) + " has " + s.words()
                                + " words (aim for " + max + " or fewer): \"" + shorten(s.plain()) + "\".", "Split it into two sentences or cut words.");
                    }
                    for (PlainWords.Entry e : PlainWords.find(s.plain())) {
                        report(WORD_TO_AVOID, t.block().getId(), section.getId(), "The section " + quote(section) + " uses '" + e.word()
                                + "': \"" + shorten(s.plain()) + "\". Plainer: " + e.instead() + ".", "Replace '" + e.word() + "' with " + e.instead() + ".");
                    }
                    Matcher m = PASSIVE.matcher(s.plain());
                    while (m.find()) {
                        if (NOT_PARTICIPLES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                            continue;
                        }
                        report(PASSIVE_VOICE, t.block().getId(), section.getId(), "Possible passive voice in the section " + quote(section) + ": '"
                                + m.group().strip() + "' in \"" + shorten(s.plain()) + "\". Say who does it.", "Rewrite with the actor first: who does what.");
                        break;
                    }
                    if (isClaim(s.plain()) && InlineText.citations(s.raw()).isEmpty() && InlineText.references(s.raw()).isEmpty()) {
                        report(CLAIM_WITHOUT_CITATION, t.block().getId(), section.getId(), "A claim in the section " + quote(section)
                                + " has no citation: \"" + shorten(s.plain()) + "\". Cite the source with [@key] or reword it.", "Add [@key] for the source after the claim.");
                    }
                }
            }
        }

        /** A sentence's plain text (as {@link Prose.Sentence#plain()} has it already) states a figure or a finding. */
        static boolean isClaim(String text) {
            for (Pattern p : CLAIMS) {
                if (p.matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }

        void readability(Section section, List<Text> texts) {
            List<Prose.Sentence> sentences = new ArrayList<>();
            for (Text t : texts) {
                sentences.addAll(t.sentences());
            }
            Prose.Counts counts = Prose.counts(sentences);
            if (counts.words() < settings.number(READABILITY + ".minWords", 100) || counts.sentences() == 0) {
                return;
            }
            double maxGrade = settings.number(READABILITY + ".maxGrade", 9);
            double minEase = settings.number(READABILITY + ".minEase", 50);
            double grade = counts.grade();
            double ease = counts.readingEase();
            if (grade > maxGrade || ease < minEase) {
                report(READABILITY, section.getId(), section.getId(), "The section " + quote(section) + " reads at grade " + fmt(grade) + " (target " + fmt(maxGrade)
                        + " or lower) with reading ease " + fmt(ease) + " (target " + fmt(minEase) + " or higher), over " + counts.sentences() + " sentences and "
                        + counts.words() + " words (" + fmt((double) counts.words() / counts.sentences()) + " words a sentence).",
                        "Use shorter sentences and everyday words.");
            }
        }

        /** GOV.UK: an acronym with an expansion, not well known, is written "expansion (ACR)" at its first use in the body. */
        void acronyms(GuidanceDocument document) {
            List<Object[]> body = new ArrayList<>(); // [section, text]
            for (Section s : document.getSections()) {
                collect(s, body);
            }
            for (Map.Entry<Term, TermMatch> entry : terms.entrySet()) {
                Term term = entry.getKey();
                if (shipped.containsKey(term)) {
                    continue; // the shipped lists feed the reader lens; expanding acronyms is asked for the project's own
                }
                String expansion = term.getExpansion();
                if (term.isWellKnown() || !isAcronym(term.getTerm()) || expansion == null || expansion.isBlank()) {
                    continue;
                }
                String exp = expansion.strip().toLowerCase(Locale.ROOT);
                Pattern pattern = entry.getValue().pattern;
                for (int i = 0; i < body.size(); i++) {
                    Section section = (Section) body.get(i)[0];
                    Text t = (Text) body.get(i)[1];
                    String plain = t.plain();
                    if (!entry.getValue().mayOccurIn(t.words()) || !entry.getValue().foundIn(plain, t.words().folded())) {
                        continue;
                    }
                    boolean expanded = false;
                    for (Prose.Sentence s : t.sentences()) {
                        if (pattern.matcher(s.plain()).find()) {
                            // the first sentence using it must also hold the expansion ("expansion (ACR)" or "ACR (expansion)")
                            expanded = s.plain().toLowerCase(Locale.ROOT).contains(exp)
                                    || (t.callout() != null && plain.toLowerCase(Locale.ROOT).contains(exp));
                            break;
                        }
                    }
                    if (!expanded) {
                        report(ACRONYM_NOT_EXPANDED, t.block().getId(), section.getId(), "The acronym '" + term.getTerm() + "' is first used in the section "
                                + quote(section) + " without its expansion. Write '" + expansion.strip() + " (" + term.getTerm().strip() + ")' there, or mark the term well known.",
                                "Expand " + term.getTerm().strip() + " as " + expansion.strip() + " (" + term.getTerm().strip() + ") at first use.");
                    }
                    break;
                }
            }
        }

        private void collect(Section section, List<Object[]> body) {
            if (isGlossary(section)) {
                return;
            }
            for (Text t : textsOf(section)) {
                body.add(new Object[] {section, t});
            }
            for (Section sub : section.getSections()) {
                collect(sub, body);
            }
        }

        /**
         * The reader lens: a term of one sector, not well known, used in a section must be explained in that section: a
         * link to its glossary entry, a definition or bracket next to it, its expansion, or a callout for the other
         * sector's readers naming it. Acronyms with an expansion are left to the acronym check.
         */
        void readerLens(Section section, List<Text> texts) {
            if (texts.isEmpty()) {
                return;
            }
            StringBuilder all = new StringBuilder();
            for (Text t : texts) {
                all.append(t.plain()).append('\n');
            }
            String lowerAll = all.toString().toLowerCase(Locale.ROOT);
            Words sectionWords = Words.of(texts.stream().map(Text::words).toList());
            for (Map.Entry<Term, TermMatch> entry : terms.entrySet()) {
                Term term = entry.getKey();
                Sector sector = term.getSector();
                if (term.isWellKnown() || (sector != Sector.HE && sector != Sector.NHS)) {
                    continue;
                }
                boolean hasExpansion = term.getExpansion() != null && !term.getExpansion().isBlank();
                org.bridgework.drafting.api.TermLists.LensTerm listed = shipped.get(term);
                if (isAcronym(term.getTerm()) && hasExpansion && listed == null) {
                    continue; // the acronym check asks for the project's acronyms to be expanded
                }
                if (!entry.getValue().mayOccurIn(sectionWords)) {
                    continue; // not used in this section: nothing to explain
                }
                Text first = null;
                boolean explained = hasExpansion && lowerAll.contains(term.getExpansion().strip().toLowerCase(Locale.ROOT));
                CalloutKind helps = sector == Sector.HE ? CalloutKind.FOR_NHS_READERS : CalloutKind.FOR_HE_READERS;
                for (Text t : texts) {
                    String plain = t.plain();
                    if (!entry.getValue().mayOccurIn(t.words()) || !entry.getValue().foundIn(plain, t.words().folded())) {
                        continue;
                    }
                    if (first == null) {
                        first = t;
                    }
                    if (t.callout() == helps || entry.getValue().explanation().matcher(plain).find()) {
                        explained = true;
                    }
                    for (InlineText.Reference r : InlineText.references(t.text())) {
                        if (r.targetId().equals(term.getId())) {
                            explained = true;
                        }
                    }
                }
                if (first != null && !explained) {
                    String code = sector == Sector.HE ? HE_TERM_FOR_NHS_READERS : NHS_TERM_FOR_HE_READERS;
                    String readers = sector == Sector.HE ? "NHS" : "HE";
                    String callout = sector == Sector.HE ? "for NHS readers" : "for HE readers";
                    if (listed != null) {
                        // a shipped term: suggest its plain wording and say where it comes from
                        String list = sector == Sector.HE ? "HE term list" : "NHS term list";
                        report(code, first.block().getId(), section.getId(), "The section " + quote(section) + " uses '" + term.getTerm().strip() + "', which " + readers
                                + " readers may not know, without explaining it (" + list + ": \"" + shorten(nz(listed.plainWording())) + "\"; source: " + nz(listed.sourceUrl())
                                + "). Explain it where it is first used, add it to the glossary, or add a '" + callout + "' callout; 'bridgework terms set' adapts or turns off the term for this project.",
                                "Explain it in plain words at its first use: '" + term.getTerm().strip() + " (" + nz(listed.plainWording()) + ")'.");
                        continue;
                    }
                    String meaning = term.getDefinition() == null || term.getDefinition().isBlank() ? "" : " (glossary: \"" + shorten(term.getDefinition().strip()) + "\")";
                    String plain = term.getPlainWording() == null || term.getPlainWording().isBlank() ? "" : " Plainer: \"" + term.getPlainWording().strip() + "\".";
                    report(code, first.block().getId(), section.getId(), "The section " + quote(section) + " uses '" + term.getTerm().strip() + "', which " + readers
                            + " readers may not know, without explaining it" + meaning + "." + plain + " Explain it where it is first used, link it to the glossary, or add a '" + callout + "' callout.",
                            "Add a short explanation after '" + term.getTerm().strip() + "' at its first use in this section, or link it: [" + term.getTerm().strip() + "](#" + term.getId() + ").");
                }
            }
        }

        void documentLength(GuidanceDocument document) {
            int target = document.getLengthTargetWords();
            if (target <= 0) {
                return;
            }
            int words = Derived.wordCount(document);
            if (words > target) {
                report(DOCUMENT_OVER_LENGTH, document.getId(), null, "The document has " + words + " words (about " + fmt(PageEstimate.of(document)) + " pages), " + (words - target)
                        + " over its length target of " + target + " (about " + fmt(PageEstimate.pagesOf(target)) + " pages). Shorten the sections most over budget.",
                        "Cut " + (words - target) + " words, starting with the sections over budget.");
            }
        }
    }
}
