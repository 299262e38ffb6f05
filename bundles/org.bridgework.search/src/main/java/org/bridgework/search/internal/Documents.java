package org.bridgework.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
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
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.ContactRole;
import org.bridgework.model.Criterion;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Image;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Organisation;
import org.bridgework.model.Outcome;
import org.bridgework.model.Paragraph;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.Person;
import org.bridgework.model.Rating;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ScopeItem;
import org.bridgework.model.Section;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.StatusChange;
import org.bridgework.model.Term;
import org.bridgework.model.WordingChange;
import org.bridgework.search.api.SearchFields;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/**
 * What is searchable in the model and how an element becomes a Lucene document. One document per source, extract,
 * challenge, solution, criterion, case study, section, text block, glossary term, review comment, organisation and
 * scope item; the parts without an id of their own (authors, benefits, outcomes, assessments, checklist items,
 * wording history ...) are text of the element that contains them.
 */
final class Documents {

    /** Facets: sorted-set doc values (no taxonomy index); challenge, criterion and context have several values per element. */
    static final FacetsConfig FACETS = facetsConfig();

    private static final FieldType KEYWORD = keywordType(false);
    /**
     * Title and text: stored, with offsets in the postings, so the highlighter reads where the matches are instead of
     * analysing the stored text again for every hit shown.
     */
    static final FieldType HIGHLIGHTED = highlightedType();
    private static final FieldType KEYWORD_STORED = keywordType(true);

    private Documents() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : SearchFields.FACETS) {
            config.setMultiValued(dim, true); // never an error for an odd element with two values
        }
        return config;
    }

    private static FieldType highlightedType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType keywordType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true); // one token, from the keyword analyser
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    /** True for the elements that get a document of their own. */
    static boolean isDocument(EObject o) {
        return o instanceof Source || o instanceof Extract || o instanceof Challenge || o instanceof Solution || o instanceof Criterion
                || o instanceof CaseStudy || o instanceof Section || (o instanceof Block && !(o instanceof CaseStudyEmbed)
                        && !(o instanceof ExtractQuote)) || o instanceof Term || o instanceof ReviewComment || o instanceof Organisation
                || o instanceof ScopeItem;
    }

    /** The element's type as users see it ({@link SearchFields#TYPES}). */
    static String type(EObject o) {
        return switch (o) {
            case Source s -> "source";
            case Extract x -> "extract";
            case Challenge c -> "challenge";
            case Solution s -> "solution";
            case Criterion c -> "criterion";
            case CaseStudy c -> "casestudy";
            case Section s -> "section";
            case Block b -> "block";
            case Term t -> "term";
            case ReviewComment r -> "comment";
            case Organisation org -> "organisation";
            case ScopeItem s -> "scope";
            default -> throw new IllegalArgumentException("not searchable: " + o.eClass().getName());
        };
    }

    /** The element's id, or null when blank. */
    static String id(EObject o) {
        String id = o instanceof Identified i ? i.getId() : null;
        return id == null || id.isBlank() ? null : id;
    }

    /**
     * The documents that show data of {@code changed} after {@code feature} changed: the element itself or the element
     * containing it, plus those that copy something of it (a source's extracts carry its title, year and type, a
     * section's blocks its heading, a case study its partners' names, a criterion the consensus of the rounds rating it).
     */
    static void affected(EObject changed, Object feature, Consumer<EObject> out) {
        for (EObject o = changed; o != null; o = o.eContainer()) {
            if (isDocument(o)) {
                out.accept(o);
                break;
            }
        }
        switch (changed) {
            case Source s -> {
                if (feature != GuidancePackage.Literals.SOURCE__EXTRACTS) {
                    s.getExtracts().forEach(out);
                }
            }
            case Person p -> {
                if (p.eContainer() instanceof Source s) {
                    s.getExtracts().forEach(out);
                }
            }
            case Section s -> {
                if (feature == GuidancePackage.Literals.SECTION__HEADING) {
                    s.getBlocks().stream().filter(Documents::isDocument).forEach(out);
                }
            }
            case Organisation org -> {
                if ((feature == GuidancePackage.Literals.ORGANISATION__NAME || feature == GuidancePackage.Literals.ORGANISATION__SHORT_NAME)
                        && org.eContainer() instanceof GuidanceProject p) {
                    p.getCaseStudies().stream().filter(c -> c.getPartners().contains(org)).forEach(out);
                }
            }
            case ConsensusRound r -> {
                r.getCriteria().forEach(out);
                r.getRatings().stream().map(Rating::getCriterion).filter(c -> c != null).forEach(out);
            }
            case Rating r -> {
                if (r.getCriterion() != null) {
                    out.accept(r.getCriterion());
                }
            }
            case ConsensusSettings s -> {
                if (s.eContainer() instanceof GuidanceProject p) {
                    p.getCriteria().forEach(out);
                }
            }
            default -> {
            }
        }
    }

    /** The document of a searchable element under {@code key}, facets not yet built ({@link FacetsConfig#build}). */
    static Document document(EObject o, String key) {
        Doc d = new Doc(type(o));
        switch (o) {
            case Source s -> source(s, d);
            case Extract x -> extract(x, d);
            case Challenge c -> {
                d.title(c.getTitle()).text(c.getDescription()).text(c.getCategory()).facet(SearchFields.CHALLENGE, c.getId());
            }
            case Solution s -> {
                d.title(s.getTitle()).text(s.getDescription());
                s.getAddresses().forEach(c -> d.facet(SearchFields.CHALLENGE, c.getId()));
            }
            case Criterion c -> criterion(c, d);
            case CaseStudy c -> caseStudy(c, d);
            case Section s -> d.title(s.getHeading()).text(s.getAudienceNotes());
            case Block b -> block(b, d);
            case Term t -> d.title(t.getTerm()).text(t.getExpansion()).text(t.getDefinition()).kind(literal(t.getSector()));
            case ReviewComment r -> {
                String target = r.getTarget() == null ? null : r.getTarget().getLabel();
                d.title(target == null ? "Review comment" : "Comment on " + target).text(r.getText()).text(r.getResponse())
                        .text(r.getReviewerRole()).facet(SearchFields.STATUS, literal(r.getStatus()));
                if (r.getTarget() != null) {
                    d.extra(r.getTarget().getId());
                }
            }
            case Organisation org -> {
                d.title(first(org.getName(), org.getShortName())).text(org.getShortName()).text(org.getRegion()).text(org.getDescription())
                        .kind(literal(org.getKind())).id(org.getShortName());
                if (org.getHepProfile() != null) {
                    d.text(org.getHepProfile().getSpecialism());
                }
            }
            case ScopeItem s -> d.title(s.getTitle()).text(s.getDescription()).kind(s.isInScope() ? "in-scope" : "out-of-scope");
            default -> throw new IllegalArgumentException("not searchable: " + o.eClass().getName());
        }
        String id = id(o);
        if (d.title == null || d.title.isBlank()) {
            d.title = id == null ? d.type : id;
        }
        return d.build(key, id);
    }

    private static void source(Source s, Doc d) {
        d.title(s.getTitle()).text(s.getAbstractText()).text(s.getNote()).text(s.getContainerTitle()).text(s.getPublisher())
                .text(s.getPublisherPlace()).id(s.getCitationKey()).id(s.getDoi()).id(s.getIsbn());
        List<String> names = new ArrayList<>();
        for (Person p : s.getAuthors()) {
            names.add(name(p));
        }
        for (Person p : s.getEditors()) {
            names.add(name(p));
        }
        names.removeIf(n -> n == null || n.isBlank());
        if (!names.isEmpty()) {
            String joined = String.join("; ", names);
            d.text(joined);
            d.authors.add(joined);
        }
        if (!s.getKeywords().isEmpty()) {
            String joined = String.join("; ", s.getKeywords());
            d.text(joined);
            d.keywords.add(joined);
        }
        if (s.getIssuedYear() != null) {
            d.facet(SearchFields.YEAR, s.getIssuedYear().toString());
        }
        d.facet(SearchFields.SOURCE_TYPE, literal(s.getType()));
    }

    private static void extract(Extract x, Doc d) {
        d.title(x.getLabel()).text(x.getText()).text(x.getNote()).text(x.getLocator()).kind(literal(x.getKind()));
        x.getChallenges().forEach(c -> d.facet(SearchFields.CHALLENGE, c.getId()));
        x.getCriteria().forEach(c -> d.facet(SearchFields.CRITERION, c.getId()));
        Source s = x.getSource();
        if (s != null) {
            d.extra(s.getTitle()).extra(s.getCitationKey());
            for (Person p : s.getAuthors()) {
                d.extra(name(p));
            }
            if (s.getIssuedYear() != null) {
                d.facet(SearchFields.YEAR, s.getIssuedYear().toString());
            }
            d.facet(SearchFields.SOURCE_TYPE, literal(s.getType()));
        }
    }

    private static void criterion(Criterion c, Doc d) {
        d.title(c.getLabel()).text(c.getStatement()).text(c.getRationale()).text(c.getEvidenceExpected()).id(c.getCode())
                .facet(SearchFields.CRITERION, c.getId()).facet(SearchFields.STATUS, literal(c.getConsensusStatus()));
        for (WordingChange w : c.getWordingHistory()) {
            d.text(w.getPreviousStatement()).text(w.getReason());
        }
    }

    private static void caseStudy(CaseStudy c, Doc d) {
        d.title(c.getTitle()).text(c.getDescription()).text(c.getRegion()).text(c.getPopulationServed()).text(c.getReferralRoute())
                .text(c.getFunding()).text(c.getStaffing()).kind(literal(c.getServiceModel()))
                .facet(SearchFields.STATUS, literal(c.getCollectionStatus()));
        d.extra(words(literal(c.getServiceModel())));
        for (Benefit b : c.getBenefits()) {
            d.text(b.getDescription());
        }
        for (Outcome o : c.getOutcomes()) {
            d.text(join(" ", o.getMeasure(), o.getValue(), o.getPeriod())).text(o.getSourceNote());
        }
        for (Assessment a : c.getAssessments()) {
            d.text(a.getRationale());
            if (a.getCriterion() != null) {
                d.facet(SearchFields.CRITERION, a.getCriterion().getId());
            }
        }
        for (StatusChange s : c.getStatusHistory()) {
            d.text(s.getNote());
        }
        for (ContactRole r : c.getContacts()) {
            d.text(r.getRole());
        }
        for (Organisation partner : c.getPartners()) {
            d.extra(partner.getName()).extra(partner.getShortName());
        }
        for (PartnershipContext context : c.getContexts()) {
            d.facet(SearchFields.CONTEXT, context.getLiteral());
        }
        c.getChallengesAddressed().forEach(ch -> d.facet(SearchFields.CHALLENGE, ch.getId()));
    }

    private static void block(Block b, Doc d) {
        String heading = b.eContainer() instanceof Section s ? s.getHeading() : null;
        switch (b) {
            case Paragraph p -> d.title(heading).text(p.getText()).kind("paragraph");
            case ListBlock l -> {
                d.title(heading).kind("list");
                l.getItems().forEach(d::text);
            }
            case Callout c -> d.title(first(c.getTitle(), heading)).text(c.getText()).kind("callout").kind(literal(c.getKind()));
            case Checklist c -> {
                d.title(first(c.getTitle(), heading)).kind("checklist");
                for (ChecklistItem item : c.getItems()) {
                    d.text(item.getText());
                }
            }
            case ChallengeTable t -> {
                d.title(first(t.getCaption(), heading)).kind("table");
                for (Challenge c : t.getChallenges()) {
                    d.facet(SearchFields.CHALLENGE, c.getId());
                }
            }
            case Image i -> d.title(first(i.getCaption(), heading)).text(i.getAltText()).kind("image");
            default -> d.title(heading).kind(b.eClass().getName().toLowerCase(Locale.ROOT));
        }
    }

    private static String name(Person p) {
        if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
            return p.getLiteral();
        }
        return join(" ", p.getGiven(), p.getNonDroppingParticle(), p.getFamily(), p.getSuffix());
    }

    private static String literal(Enumerator e) {
        return e == null ? null : e.getLiteral();
    }

    private static String words(String literal) {
        return literal == null ? null : literal.replace('-', ' ');
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!out.isEmpty()) {
                    out.append(separator);
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    /**
     * The text as a reader sees it, as {@link InlineText#plain} gives it (citations {@code [@key, p. 4]} dropped, element
     * references {@code [text](#id)} reduced to their text, Markdown marks dropped) but in one linear pass: the regular
     * expressions cost about a quarter of a millisecond per paragraph, which made indexing twice as slow.
     */
    static String plain(String value) {
        int length = value.length();
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '[' || c == '*' || c == '_' || c == '`') {
                out = new StringBuilder(length);
                out.append(value, 0, i);
                plainFrom(value, i, out);
                break;
            }
        }
        if (out == null) {
            return value.strip();
        }
        // no space before punctuation, no double spaces, where a citation was dropped
        StringBuilder tidy = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if ((c == ' ' || c == '\t') && i + 1 < out.length()) {
                char next = out.charAt(i + 1);
                if (next == ' ' || next == '\t' || next == '.' || next == ',' || next == ';' || next == ':') {
                    continue;
                }
            }
            tidy.append(c);
        }
        return tidy.toString().strip();
    }

    private static void plainFrom(String value, int from, StringBuilder out) {
        int length = value.length();
        for (int i = from; i < length; i++) {
            char c = value.charAt(i);
            if (c == '*' || c == '_' || c == '`') {
                continue;
            }
            if (c == '[') {
                int close = i + 1;
                while (close < length && value.charAt(close) != ']' && value.charAt(close) != '[') {
                    close++;
                }
                if (close < length && value.charAt(close) == ']') {
                    String inner = value.substring(i + 1, close);
                    if (close + 2 < length && value.charAt(close + 1) == '(' && value.charAt(close + 2) == '#') {
                        int end = value.indexOf(')', close + 2);
                        if (end > 0) { // an element reference: its text
                            plainFrom(inner, 0, out);
                            i = end;
                            continue;
                        }
                    }
                    if (inner.indexOf('@') >= 0 && (close + 1 >= length || value.charAt(close + 1) != '(')) {
                        i = close; // a citation: dropped
                        continue;
                    }
                }
            }
            out.append(c);
        }
    }

    /** Collects one element's fields. */
    private static final class Doc {
        final String type;
        String title;
        final StringBuilder text = new StringBuilder();
        final List<String> extra = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        final List<String> keywords = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final java.util.Set<List<String>> facets = new java.util.LinkedHashSet<>();

        Doc(String type) {
            this.type = type;
        }

        Doc title(String value) {
            if (value != null && !value.isBlank()) {
                title = plain(value);
            }
            return this;
        }

        Doc text(String value) {
            if (value != null && !value.isBlank()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(plain(value));
            }
            return this;
        }

        Doc extra(String value) {
            if (value != null && !value.isBlank()) {
                extra.add(value);
            }
            return this;
        }

        Doc id(String value) {
            if (value != null && !value.isBlank()) {
                ids.add(value);
            }
            return this;
        }

        Doc kind(String value) {
            if (value != null && !value.isBlank()) {
                kinds.add(value);
            }
            return this;
        }

        Doc facet(String dim, String value) {
            if (value != null && !value.isBlank()) {
                facets.add(List.of(dim, value));
            }
            return this;
        }

        Document build(String key, String id) {
            Document doc = new Document();
            doc.add(new StringField(Fields.KEY, key, Field.Store.YES));
            if (id != null) {
                doc.add(new StoredField(Fields.ID_STORED, id));
                doc.add(new Field(Fields.ID, id, KEYWORD));
            }
            for (String other : ids) {
                doc.add(new Field(Fields.ID, other, KEYWORD));
            }
            doc.add(new Field(Fields.TYPE, type, KEYWORD_STORED));
            doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, type));
            for (int i = 0; i < kinds.size(); i++) {
                // the first kind is stored (shown with hits); all are searchable
                doc.add(new Field(Fields.KIND, kinds.get(i), i == 0 ? KEYWORD_STORED : KEYWORD));
            }
            String body = text.toString();
            doc.add(new Field(Fields.TITLE, title, HIGHLIGHTED));
            doc.add(new Field(Fields.TEXT, body, HIGHLIGHTED));
            all(doc, title);
            all(doc, body);
            for (String value : extra) {
                all(doc, value);
            }
            for (String value : ids) {
                all(doc, value);
            }
            if (id != null) {
                all(doc, id);
            }
            for (String value : authors) {
                doc.add(new Field(Fields.AUTHOR, value, TextField.TYPE_NOT_STORED));
            }
            for (String value : keywords) {
                doc.add(new Field(Fields.KEYWORD, value, TextField.TYPE_NOT_STORED));
            }
            for (List<String> facet : facets) {
                doc.add(new Field(facet.get(0), facet.get(1), KEYWORD));
                doc.add(new SortedSetDocValuesFacetField(facet.get(0), facet.get(1)));
            }
            return doc;
        }

        private static void all(Document doc, String value) {
            if (value != null && !value.isEmpty()) {
                doc.add(new Field(Fields.ALL, value, TextField.TYPE_NOT_STORED));
                doc.add(new Field(Fields.EXACT, value, TextField.TYPE_NOT_STORED));
            }
        }
    }
}
