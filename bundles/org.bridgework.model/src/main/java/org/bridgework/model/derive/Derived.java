package org.bridgework.model.derive;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.bridgework.model.Adaptation;
import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.Audience;
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
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Image;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Member;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;
import org.bridgework.model.Outcome;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Rating;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.Scope;
import org.bridgework.model.ScopeItem;
import org.bridgework.model.Section;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.Term;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The derived values of the guidance model. The generated getters and operations
 * (see the {@code get}/{@code body} annotations in {@code guidance.ecore}) delegate
 * here; nothing computed here is ever stored in a file.
 */
public final class Derived {

    /** Default percent of raters at the agreeing end needed for consensus. */
    public static final int DEFAULT_INCLUDE_THRESHOLD_PERCENT = 75;
    /** Default: consensus also needs fewer than this percent at the opposite end. */
    public static final int DEFAULT_EXCLUDE_OPPOSITE_THRESHOLD_PERCENT = 15;

    private static final int SNIPPET = 60;

    private Derived() {
    }

    // ------------------------------------------------------------------ labels

    /** A short display label: the element's title, name, heading, term... or else its id. */
    public static String label(Identified element) {
        String label = switch (element) {
            case GuidanceProject p -> p.getTitle();
            case Scope s -> snippet(s.getSummary());
            case ScopeItem s -> s.getTitle();
            case Audience a -> a.getTitle();
            case Milestone m -> m.getTitle();
            case Organisation o -> firstNonBlank(o.getName(), o.getShortName());
            case Member m -> memberLabel(m);
            case Challenge c -> c.getTitle();
            case Solution s -> s.getTitle();
            case Source s -> firstNonBlank(s.getTitle(), s.getCitationKey());
            case Extract x -> snippet(x.getText());
            case Criterion c -> join(c.getCode(), firstNonBlank(c.getTitle(), snippet(c.getStatement())));
            case ConsensusRound r -> firstNonBlank(r.getTitle(), r.getNumber() > 0 ? "Round " + r.getNumber() : null);
            case CaseStudy c -> c.getTitle();
            case Benefit b -> snippet(b.getDescription());
            case Outcome o -> join(o.getMeasure(), o.getValue());
            case Assessment a -> assessmentLabel(a);
            case GuidanceDocument d -> d.getTitle();
            case Section s -> s.getHeading();
            case Paragraph p -> snippet(p.getText());
            case ListBlock l -> l.getItems().isEmpty() ? null : snippet(l.getItems().get(0));
            case Callout c -> firstNonBlank(c.getTitle(), snippet(c.getText()));
            case CaseStudyEmbed e -> e.getCaseStudy() == null ? null : e.getCaseStudy().getLabel();
            case ChallengeTable t -> t.getCaption();
            case Checklist c -> c.getTitle();
            case ExtractQuote q -> q.getExtract() == null ? null : q.getExtract().getLabel();
            case Image i -> firstNonBlank(i.getCaption(), i.getAltText());
            case Term t -> t.getTerm();
            case ReviewComment r -> snippet(r.getText());
            case org.bridgework.model.ReviewSuggestion r -> suggestionLabel(r);
            case org.bridgework.model.Recipient r -> join(r.getName(), r.getOrganisation() == null ? null : r.getOrganisation().getLabel());
            case Adaptation a -> join(a.getContextId(), a.getKind() == null ? null : a.getKind().getLiteral());
            default -> null;
        };
        return isBlank(label) ? element.getId() : label;
    }

    private static String suggestionLabel(org.bridgework.model.ReviewSuggestion r) {
        boolean del = !isBlank(r.getDeleted());
        boolean ins = !isBlank(r.getInserted());
        if (del && ins) {
            return "Replace \u201C" + snippet(r.getDeleted()) + "\u201D with \u201C" + snippet(r.getInserted()) + "\u201D";
        }
        return del ? "Delete \u201C" + snippet(r.getDeleted()) + "\u201D" : ins ? "Insert \u201C" + snippet(r.getInserted()) + "\u201D" : null;
    }

    private static String memberLabel(Member m) {
        String org = m.getOrganisation() == null ? null : m.getOrganisation().getLabel();
        if (isBlank(m.getRole())) {
            return org;
        }
        return isBlank(org) ? m.getRole() : m.getRole() + ", " + org;
    }

    private static String assessmentLabel(Assessment a) {
        String criterion = a.getCriterion() == null ? null
                : firstNonBlank(a.getCriterion().getCode(), a.getCriterion().getLabel());
        String result = a.getResult() == null ? null : a.getResult().getLiteral();
        return isBlank(criterion) ? null : join(criterion + ":", result);
    }

    // --------------------------------------------------------------- consensus

    /**
     * Counts of one criterion's ratings in one round.
     *
     * @param groups when the project's rule "agreement in every group" is on, the tally of each stakeholder group that
     *               rated (see {@link #stakeholderGroup}); empty otherwise
     */
    public record Tally(int raters, int agree, int neutral, int disagree, int includePercent, int oppositePercent,
            Map<org.bridgework.model.StakeholderGroup, Tally> groups) {

        public Tally {
            groups = groups == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        }

        public Tally(int raters, int agree, int neutral, int disagree, int includePercent, int oppositePercent) {
            this(raters, agree, neutral, disagree, includePercent, oppositePercent, Map.of());
        }

        /**
         * Consensus: at least {@code includePercent} of raters at one end and fewer than
         * {@code oppositePercent} at the other. Integer arithmetic: exactly 75% is consensus. With {@link #groups},
         * every group that rated must reach the same consensus on its own, or there is none.
         */
        public ConsensusStatus status() {
            ConsensusStatus overall = overallStatus();
            if (groups.isEmpty() || overall == ConsensusStatus.NOT_RATED || overall == ConsensusStatus.NO_CONSENSUS) {
                return overall;
            }
            for (Tally g : groups.values()) {
                if (g.raters() > 0 && g.overallStatus() != overall) {
                    return ConsensusStatus.NO_CONSENSUS;
                }
            }
            return overall;
        }

        /** The groups that rated but did not reach the overall consensus (empty when the rule is off or all did). */
        public java.util.List<org.bridgework.model.StakeholderGroup> dissentingGroups() {
            ConsensusStatus overall = overallStatus();
            java.util.List<org.bridgework.model.StakeholderGroup> out = new java.util.ArrayList<>();
            for (Map.Entry<org.bridgework.model.StakeholderGroup, Tally> e : groups.entrySet()) {
                if (e.getValue().raters() > 0 && e.getValue().overallStatus() != overall) {
                    out.add(e.getKey());
                }
            }
            return out;
        }

        /** The status over all raters, ignoring groups. */
        public ConsensusStatus overallStatus() {
            if (raters == 0) {
                return ConsensusStatus.NOT_RATED;
            }
            if (atLeast(agree, includePercent) && below(disagree, oppositePercent)) {
                return ConsensusStatus.INCLUDE;
            }
            if (atLeast(disagree, includePercent) && below(agree, oppositePercent)) {
                return ConsensusStatus.EXCLUDE;
            }
            return ConsensusStatus.NO_CONSENSUS;
        }

        /** Percent of raters at the agreeing end, NaN when nobody rated. */
        public double agreementPercent() {
            return raters == 0 ? Double.NaN : agree * 100.0 / raters;
        }

        private boolean atLeast(int count, int percent) {
            return count * 100L >= (long) percent * raters;
        }

        private boolean below(int count, int percent) {
            return count * 100L < (long) percent * raters;
        }
    }

    /**
     * The last rating of each counted rater for the criterion, abstentions included, in first-rating order: the one
     * rule of who counts, used by every consensus figure (status, report, dashboard, forms, search, assembly). When
     * the round has a panel, only its members' ratings count; without a panel every rating counts (one without a
     * member as a rater of its own). When a member rated twice the last rating wins, so a later abstention withdraws
     * an earlier score.
     *
     * @return the counted ratings, keyed by member (or by the rating itself when it has no member)
     */
    public static Map<Object, Rating> lastRatings(ConsensusRound round, Criterion criterion) {
        Map<Object, Rating> last = new java.util.LinkedHashMap<>();
        if (round == null || criterion == null) {
            return last;
        }
        boolean panelOnly = !round.getPanel().isEmpty();
        for (Rating rating : round.getRatings()) {
            if (rating.getCriterion() != criterion || panelOnly && !round.getPanel().contains(rating.getMember())) {
                continue;
            }
            last.put(rating.getMember() != null ? rating.getMember() : rating, rating);
        }
        return last;
    }

    /** The scores that count ({@link #lastRatings}), one per rater, in rating order; abstentions and out-of-range scores left out. */
    public static java.util.List<Integer> countedScores(ConsensusRound round, Criterion criterion) {
        ConsensusScale scale = scale(round);
        java.util.List<Integer> scores = new java.util.ArrayList<>();
        for (Rating rating : lastRatings(round, criterion).values()) {
            if (rating.getScore() != null && inRange(scale, rating.getScore())) {
                scores.add(rating.getScore());
            }
        }
        return scores;
    }

    /** The project's consensus scale for an element of it (nine-point when none is set). */
    public static ConsensusScale scale(EObject element) {
        ConsensusSettings settings = settings(element);
        return settings == null || settings.getScale() == null ? ConsensusScale.NINE_POINT : settings.getScale();
    }

    /**
     * Tallies the ratings of {@code criterion} in {@code round} over {@link #countedScores}. Nine-point scale: 7-9
     * agree, 4-6 neutral, 1-3 disagree. Agree/neutral/disagree scale: 3 agree, 2 neutral, 1 disagree.
     */
    public static Tally tally(ConsensusRound round, Criterion criterion) {
        ConsensusSettings settings = settings(round);
        Tally all = count(round, criterion, null);
        if (settings == null || !settings.isAgreementInEveryGroup()) {
            return all;
        }
        return new Tally(all.raters(), all.agree(), all.neutral(), all.disagree(), all.includePercent(), all.oppositePercent(),
                tallyByGroup(round, criterion));
    }

    /**
     * The tally within each stakeholder group that has a counted rater (same rule of who counts, same thresholds), in
     * the order of {@link org.bridgework.model.StakeholderGroup} with members of no group last: feedback and status split by group.
     */
    public static Map<org.bridgework.model.StakeholderGroup, Tally> tallyByGroup(ConsensusRound round, Criterion criterion) {
        Map<org.bridgework.model.StakeholderGroup, Tally> out = new java.util.LinkedHashMap<>();
        java.util.Set<org.bridgework.model.StakeholderGroup> present = java.util.EnumSet.noneOf(org.bridgework.model.StakeholderGroup.class);
        for (Rating r : lastRatings(round, criterion).values()) {
            present.add(stakeholderGroup(r.getMember()));
        }
        for (org.bridgework.model.StakeholderGroup g : present) {
            if (g != org.bridgework.model.StakeholderGroup.UNSPECIFIED) {
                out.put(g, count(round, criterion, g));
            }
        }
        if (present.contains(org.bridgework.model.StakeholderGroup.UNSPECIFIED)) {
            out.put(org.bridgework.model.StakeholderGroup.UNSPECIFIED, count(round, criterion, org.bridgework.model.StakeholderGroup.UNSPECIFIED));
        }
        return out;
    }

    /**
     * The stakeholder group a member speaks for: the one set on the member, else from the organisation's kind (HEP:
     * HE; NHS trust, ICB, GP practice: NHS; voluntary sector), else UNSPECIFIED.
     */
    public static org.bridgework.model.StakeholderGroup stakeholderGroup(Member member) {
        if (member == null) {
            return org.bridgework.model.StakeholderGroup.UNSPECIFIED;
        }
        if (member.getStakeholderGroup() != null && member.getStakeholderGroup() != org.bridgework.model.StakeholderGroup.UNSPECIFIED) {
            return member.getStakeholderGroup();
        }
        if (member.getOrganisation() == null || member.getOrganisation().getKind() == null) {
            return org.bridgework.model.StakeholderGroup.UNSPECIFIED;
        }
        return switch (member.getOrganisation().getKind()) {
            case HEP -> org.bridgework.model.StakeholderGroup.HE;
            case NHS_TRUST, ICB, GP_PRACTICE -> org.bridgework.model.StakeholderGroup.NHS;
            case VOLUNTARY_SECTOR -> org.bridgework.model.StakeholderGroup.VOLUNTARY_SECTOR;
            default -> org.bridgework.model.StakeholderGroup.UNSPECIFIED;
        };
    }

    /** Counts over {@link #countedScores}, only the raters of {@code group} when it is not null. */
    private static Tally count(ConsensusRound round, Criterion criterion, org.bridgework.model.StakeholderGroup group) {
        ConsensusSettings settings = settings(round);
        ConsensusScale scale = scale(round);
        int include = settings == null ? DEFAULT_INCLUDE_THRESHOLD_PERCENT : settings.getIncludeThresholdPercent();
        int opposite = settings == null ? DEFAULT_EXCLUDE_OPPOSITE_THRESHOLD_PERCENT
                : settings.getExcludeOppositeThresholdPercent();
        int agree = 0;
        int neutral = 0;
        int disagree = 0;
        for (Rating rating : lastRatings(round, criterion).values()) {
            if (rating.getScore() == null || !inRange(scale, rating.getScore())
                    || group != null && stakeholderGroup(rating.getMember()) != group) {
                continue;
            }
            int score = rating.getScore();
            int side = side(scale, score);
            if (side > 0) {
                agree++;
            } else if (side < 0) {
                disagree++;
            } else {
                neutral++;
            }
        }
        return new Tally(agree + neutral + disagree, agree, neutral, disagree, include, opposite);
    }

    /** True when {@code score} is on the scale (1-9, or 1-3 for agree/neutral/disagree). */
    public static boolean inRange(ConsensusScale scale, int score) {
        return scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE ? score >= 1 && score <= 3 : score >= 1 && score <= 9;
    }

    /** +1 agree, -1 disagree, 0 neutral or out of range. */
    public static int side(ConsensusScale scale, int score) {
        if (!inRange(scale, score)) {
            return 0;
        }
        if (scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE) {
            return score - 2;
        }
        return score >= 7 ? 1 : score <= 3 ? -1 : 0;
    }

    private static ConsensusSettings settings(EObject element) {
        if (element == null) {
            return null;
        }
        EObject root = EcoreUtil.getRootContainer(element);
        return root instanceof GuidanceProject project ? project.getConsensusSettings() : null;
    }

    /** {@link ConsensusRound#consensusStatus(Criterion)}. */
    public static ConsensusStatus consensusStatus(ConsensusRound round, Criterion criterion) {
        return tally(round, criterion).status();
    }

    /** {@link ConsensusRound#raterCount(Criterion)}. */
    public static int raterCount(ConsensusRound round, Criterion criterion) {
        return tally(round, criterion).raters();
    }

    /** {@link ConsensusRound#agreementPercent(Criterion)}: NaN when nobody rated. */
    public static double agreementPercent(ConsensusRound round, Criterion criterion) {
        return tally(round, criterion).agreementPercent();
    }

    /**
     * {@link Criterion#getConsensusStatus()}: the status in the latest round (highest
     * number; later in the list on a tie) in which anyone rated the criterion.
     */
    public static ConsensusStatus consensusStatus(Criterion criterion) {
        EObject root = EcoreUtil.getRootContainer(criterion);
        if (!(root instanceof GuidanceProject project)) {
            return ConsensusStatus.NOT_RATED;
        }
        ConsensusRound latest = null;
        Tally latestTally = null;
        for (ConsensusRound round : project.getRounds()) {
            Tally t = tally(round, criterion);
            if (t.raters() > 0 && (latest == null || round.getNumber() >= latest.getNumber())) {
                latest = round;
                latestTally = t;
            }
        }
        return latestTally == null ? ConsensusStatus.NOT_RATED : latestTally.status();
    }

    // ------------------------------------------------------------ case-study collection

    /**
     * The one definition of "collected" that the pipeline board's overdue flag, milestone readiness and the
     * publication gate share: a case study is collected once its returned template has been verified (approval for
     * publication comes later and does not change that).
     */
    public static boolean isCollected(CaseStudy caseStudy) {
        CollectionStatus status = caseStudy.getCollectionStatus();
        return status == CollectionStatus.VERIFIED || status == CollectionStatus.APPROVED;
    }

    /** The date of the case study's latest dated status change, or null when it has none. */
    public static java.time.LocalDate lastStatusChange(CaseStudy caseStudy) {
        java.time.LocalDate latest = null;
        for (org.bridgework.model.StatusChange change : caseStudy.getStatusHistory()) {
            if (change.getDate() != null && (latest == null || change.getDate().isAfter(latest))) {
                latest = change.getDate();
            }
        }
        return latest;
    }

    /** Still to be collected: neither collected nor withdrawn (a withdrawn case study is not waited for). */
    public static boolean awaitsCollection(CaseStudy caseStudy) {
        return !isCollected(caseStudy) && caseStudy.getCollectionStatus() != CollectionStatus.WITHDRAWN;
    }

    // ------------------------------------------------------------ good practice

    /**
     * {@link CaseStudy#isModelOfGoodPractice()}: the case study is not withdrawn, the
     * project has at least one applicable mandatory criterion, every applicable mandatory
     * criterion is assessed MET, and no applicable criterion is assessed NOT_MET.
     * A criterion is applicable unless its consensus status is EXCLUDE.
     */
    public static boolean isModelOfGoodPractice(CaseStudy caseStudy) {
        if (caseStudy.getCollectionStatus() == CollectionStatus.WITHDRAWN) {
            return false;
        }
        EObject root = EcoreUtil.getRootContainer(caseStudy);
        if (!(root instanceof GuidanceProject project)) {
            return false;
        }
        for (Assessment a : caseStudy.getAssessments()) {
            if (a.getResult() == AssessmentResult.NOT_MET && a.getCriterion() != null
                    && a.getCriterion().getConsensusStatus() != ConsensusStatus.EXCLUDE) {
                return false;
            }
        }
        int mandatory = 0;
        for (Criterion criterion : project.getCriteria()) {
            if (!criterion.isMandatory() || criterion.getConsensusStatus() == ConsensusStatus.EXCLUDE) {
                continue;
            }
            mandatory++;
            boolean met = false;
            for (Assessment a : caseStudy.getAssessments()) {
                if (a.getCriterion() == criterion && a.getResult() == AssessmentResult.MET) {
                    met = true;
                }
            }
            if (!met) {
                return false;
            }
        }
        return mandatory > 0;
    }

    // -------------------------------------------------------------- word counts

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    /** A bracketed pandoc citation group: {@code [@key]}, {@code [see @a, p. 4; @b]}. */
    private static final Pattern CITATION_GROUP = Pattern.compile("\\[[^\\[\\]]*-?@[^\\[\\]]*\\]");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:\\d+[.)]|[-*+])\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>\\s]+>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Words in an inline Markdown text as a reader sees them: bracketed citations
     * ({@code [@key, p. 4]}), images, URLs of links, HTML/autolink tags and list markers
     * do not count; a word is a run of letters or digits, possibly joined by an apostrophe, a full
     * stop or a hyphen ("well-known", "don't", "e.g" are one word; "HE–NHS" is two).
     */
    public static int wordCount(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        if (markdown.length() < REMEMBERED_FROM) {
            return countMarkdownWords(markdown);
        }
        Integer known = COUNTED.get(markdown);
        if (known != null) {
            return known;
        }
        int words = countMarkdownWords(markdown);
        COUNTED.put(markdown, words);
        return words;
    }

    /** Texts shorter than this are counted again each time: that is cheaper than remembering them. */
    private static final int REMEMBERED_FROM = 64;

    /**
     * Counts already made, by text (a pure function of it; weak keys: a text edited away is forgotten). The budgets, the
     * outline, the timeline and the checks all count the same unchanged paragraphs, again after every edit: on a
     * 100k-element project each full count was a quarter of a second of the UI thread.
     */
    private static final Map<String, Integer> COUNTED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static int countMarkdownWords(String markdown) {
        // each pass runs only when its pattern can match: most prose has no images, links, citations, tags or numbered
        // list markers, and these passes were most of the time of counting a large project's words
        String text = markdown;
        if (text.contains("![")) {
            text = IMAGE.matcher(text).replaceAll(" ");
        }
        if (text.contains("](")) {
            text = LINK.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('@') >= 0) {
            text = CITATION_GROUP.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('<') >= 0) {
            text = TAG.matcher(text).replaceAll(" ");
        }
        if (mayHoldNumberedMarker(text)) {
            // a bullet marker (-, *, +) is never part of a word; a numbered one ("1.") would be counted as one
            text = LIST_MARKER.matcher(text).replaceAll("");
        }
        return countWords(text);
    }

    /** False when the text has no digit followed by '.' or ')', so no numbered list marker. */
    private static boolean mayHoldNumberedMarker(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            char next = text.charAt(i + 1);
            if ((next == '.' || next == ')') && Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of plain text: runs of letters and digits ({@code \p{L}}, {@code \p{N}}), joined into one word by a
     * single apostrophe, full stop or hyphen between them ({@code don't}, {@code e.g}, {@code 24-hour}).
     *
     * @since 1.3
     */
    public static int countWords(CharSequence text) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            count++;
            // the rest of the word: letters and digits, or a joiner followed by a letter or digit
            while (i < n) {
                c = Character.codePointAt(text, i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if (isJoiner(c) && i + 1 < n && isWordChar(Character.codePointAt(text, i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
        }
        return count;
    }

    /**
     * A letter or digit as a regular expression's {@code [\\p{L}\\p{N}]} sees it: what a word is made of, for the
     * word counts here and the drafting checks' term search.
     *
     * @since 1.4
     */
    public static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '’' || c == '.' || c == '-';
    }

    /** {@link GuidanceDocument#getWordCount()}: the sum of its sections. */
    public static int wordCount(GuidanceDocument document) {
        int words = 0;
        for (Section section : document.getSections()) {
            words += section.getWordCount();
        }
        return words;
    }

    /** {@link Section#getWordCount()}: its blocks and sub-sections; headings are not counted. */
    public static int wordCount(Section section) {
        int words = 0;
        for (Block block : section.getBlocks()) {
            words += block.getWordCount();
        }
        for (Section child : section.getSections()) {
            words += child.getWordCount();
        }
        return words;
    }

    /**
     * Every section's {@link Section#getWordCount()} in one walk of the document: each block is counted once, where
     * asking each section in turn counts a sub-section's blocks again for every section above it. For views that show
     * every section's count at once (outlines), made again after each change.
     *
     * @since 1.5
     */
    public static Map<Section, Integer> sectionWordCounts(GuidanceDocument document) {
        Map<Section, Integer> counts = new java.util.IdentityHashMap<>();
        if (document != null) {
            for (Section section : document.getSections()) {
                countInto(section, counts);
            }
        }
        return counts;
    }

    private static int countInto(Section section, Map<Section, Integer> counts) {
        int words = 0;
        for (Block block : section.getBlocks()) {
            words += block.getWordCount();
        }
        for (Section child : section.getSections()) {
            words += countInto(child, counts);
        }
        counts.put(section, words);
        return words;
    }

    /**
     * {@link Block#getWordCount()}: the words the block puts in the document. Embeds count
     * what they show: a quote its extract's text, a case study its title and description,
     * a challenge table its caption and the challenges' titles and descriptions; an image
     * its caption (alt text is not body text).
     */
    public static int wordCount(Block block) {
        return switch (block) {
            case Paragraph p -> wordCount(p.getText());
            case ListBlock l -> l.getItems().stream().mapToInt(Derived::wordCount).sum();
            case Callout c -> wordCount(c.getTitle()) + wordCount(c.getText());
            case Checklist c -> wordCount(c.getTitle())
                    + c.getItems().stream().map(ChecklistItem::getText).mapToInt(Derived::wordCount).sum();
            case ExtractQuote q -> q.getExtract() == null ? 0 : wordCount(q.getExtract().getText());
            case CaseStudyEmbed e -> e.getCaseStudy() == null ? 0
                    : wordCount(e.getCaseStudy().getTitle()) + wordCount(e.getCaseStudy().getDescription());
            case ChallengeTable t -> wordCount(t.getCaption()) + t.getChallenges().stream()
                    .mapToInt(c -> wordCount(c.getTitle()) + wordCount(c.getDescription())).sum();
            case Image i -> wordCount(i.getCaption());
            default -> 0;
        };
    }

    // ------------------------------------------------------------------ helpers

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstNonBlank(String a, String b) {
        return isBlank(a) ? b : a;
    }

    private static String join(String a, String b) {
        if (isBlank(a)) {
            return b;
        }
        return isBlank(b) ? a : a + " " + b;
    }

    private static String snippet(String text) {
        if (isBlank(text)) {
            return null;
        }
        String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1).stripTrailing() + "…";
    }
}
