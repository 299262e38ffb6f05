package org.bridgework.search.internal;

import java.util.Set;

import org.bridgework.search.api.SearchFields;

/** The index's field names: the public query names of {@link SearchFields} plus internal ones. */
final class Fields {

    private Fields() {
    }

    /** Unique key of a document (the element's id, or a generated key): indexed as one term, stored. */
    static final String KEY = "key";
    /** The element's id as stored (may be absent). The {@code id} query field is {@link SearchFields#ID}. */
    static final String ID_STORED = "id_s";
    /** Everything, stemmed: the default query field. */
    static final String ALL = SearchFields.ALL;
    /** Everything, not stemmed: prefix, wildcard and fuzzy queries on the default field go here. */
    static final String EXACT = "exact";
    static final String TITLE = SearchFields.TITLE;
    static final String TEXT = SearchFields.TEXT;
    static final String AUTHOR = SearchFields.AUTHOR;
    static final String KEYWORD = SearchFields.KEYWORD;
    static final String ID = SearchFields.ID;
    static final String KIND = SearchFields.KIND;
    static final String TYPE = SearchFields.TYPE;

    /** Analysed as one normalised token (lower case, accents, spaces, hyphens and underscores dropped). */
    static final Set<String> KEYWORD_FIELDS = Set.of(SearchFields.ID, SearchFields.KIND, SearchFields.TYPE, SearchFields.CHALLENGE,
            SearchFields.CRITERION, SearchFields.CONTEXT, SearchFields.STATUS, SearchFields.YEAR, SearchFields.SOURCE_TYPE);

    /** Analysed as English text. */
    static final Set<String> TEXT_FIELDS = Set.of(ALL, TITLE, TEXT, AUTHOR, KEYWORD);

    /** Every field a query may name. */
    static final Set<String> QUERY_FIELDS = union(KEYWORD_FIELDS, TEXT_FIELDS);

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
