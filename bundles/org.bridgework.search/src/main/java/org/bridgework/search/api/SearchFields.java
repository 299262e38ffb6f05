package org.bridgework.search.api;

import java.util.List;
import java.util.Map;

/**
 * The names users type: query fields ({@code title:liaison}), facets ({@code --facet type=casestudy}) and element
 * types. Field names are case-insensitive; the aliases in {@link #FIELD_ALIASES} mean the same field.
 */
public final class SearchFields {

    private SearchFields() {
    }

    // query fields
    /** Everything below at once: the default field. */
    public static final String ALL = "all";
    /** Title, name, heading or glossary term. */
    public static final String TITLE = "title";
    /** The element's text: description, abstract, statement, block text, definition ... */
    public static final String TEXT = "text";
    /** Authors and editors of a source. */
    public static final String AUTHOR = "author";
    /** A source's keywords. */
    public static final String KEYWORD = "keyword";
    /** Ids, citation keys, criterion codes and DOIs, matched whole (case, hyphens and spaces ignored). */
    public static final String ID = "id";
    /** Kind within the type: block kind (paragraph, list, callout ...), extract kind, case study service model. */
    public static final String KIND = "kind";

    // facets (also query fields, matched whole)
    /** Element type, one of {@link #TYPES}. */
    public static final String TYPE = "type";
    /** Challenge ids: the challenge itself, what a solution addresses, what an extract or case study is mapped to. */
    public static final String CHALLENGE = "challenge";
    /** Criterion ids: the criterion itself, what an extract is mapped to, what a case study is assessed against. */
    public static final String CRITERION = "criterion";
    /** Case study partnership contexts ({@code rural}, {@code small-or-specialist-hep} ...). */
    public static final String CONTEXT = "context";
    /** Status: case study collection status, criterion consensus status, review comment status. */
    public static final String STATUS = "status";
    /** Year a source (and its extracts) was issued. */
    public static final String YEAR = "year";
    /** A source's (and its extracts') CSL type ({@code report}, {@code article-journal} ...). */
    public static final String SOURCE_TYPE = "sourcetype";

    /** The facets, in the order results list them. */
    public static final List<String> FACETS = List.of(TYPE, CHALLENGE, CRITERION, CONTEXT, STATUS, YEAR, SOURCE_TYPE);

    /** The element types. */
    public static final List<String> TYPES = List.of("source", "extract", "challenge", "solution", "criterion", "casestudy",
            "section", "block", "term", "comment", "organisation", "scope");

    /** Other names users may type for a field (lower case) and the field they mean. */
    public static final Map<String, String> FIELD_ALIASES = Map.ofEntries(
            Map.entry("any", ALL), Map.entry("everything", ALL),
            Map.entry("name", TITLE), Map.entry("heading", TITLE), Map.entry("term", TITLE),
            Map.entry("body", TEXT), Map.entry("abstract", TEXT), Map.entry("description", TEXT),
            Map.entry("authors", AUTHOR), Map.entry("editor", AUTHOR), Map.entry("by", AUTHOR),
            Map.entry("keywords", KEYWORD), Map.entry("kw", KEYWORD), Map.entry("tag", KEYWORD),
            Map.entry("code", ID), Map.entry("key", ID), Map.entry("citekey", ID), Map.entry("doi", ID),
            Map.entry("model", KIND), Map.entry("servicemodel", KIND),
            Map.entry("element", TYPE), Map.entry("is", TYPE),
            Map.entry("challenges", CHALLENGE), Map.entry("criteria", CRITERION), Map.entry("contexts", CONTEXT),
            Map.entry("state", STATUS), Map.entry("issued", YEAR), Map.entry("source-type", SOURCE_TYPE),
            Map.entry("source_type", SOURCE_TYPE));

    /** Other names users may type for an element type, and the type they mean. */
    public static final Map<String, String> TYPE_ALIASES = Map.ofEntries(
            Map.entry("sources", "source"), Map.entry("reference", "source"), Map.entry("literature", "source"),
            Map.entry("extracts", "extract"), Map.entry("quote", "extract"),
            Map.entry("challenges", "challenge"), Map.entry("solutions", "solution"),
            Map.entry("criteria", "criterion"),
            Map.entry("case", "casestudy"), Map.entry("casestudies", "casestudy"), Map.entry("study", "casestudy"),
            Map.entry("sections", "section"), Map.entry("blocks", "block"), Map.entry("paragraph", "block"),
            Map.entry("glossary", "term"), Map.entry("terms", "term"), Map.entry("acronym", "term"),
            Map.entry("comments", "comment"), Map.entry("review", "comment"), Map.entry("reviewcomment", "comment"),
            Map.entry("organization", "organisation"), Map.entry("organisations", "organisation"), Map.entry("org", "organisation"),
            Map.entry("scopeitem", "scope"));
}
