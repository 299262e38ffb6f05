package org.bridgework.search.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A query with optional facet filters.
 *
 * @param query      Lucene classic syntax with Bridgework's field names (see {@link SearchFields}); blank matches every
 *                   element (useful with filters)
 * @param filters    facet filters: values of one facet are alternatives (OR), different facets must all hold (AND)
 * @param limit      the most hits returned (ranked), at least 1
 * @param facetLimit the most values returned per facet
 */
public record SearchRequest(String query, List<FacetFilter> filters, int limit, int facetLimit) {

    /** Default number of hits. */
    public static final int DEFAULT_LIMIT = 20;
    /** Default number of values per facet. */
    public static final int DEFAULT_FACET_LIMIT = 10;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = List.copyOf(filters);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (facetLimit < 1) {
            throw new IllegalArgumentException("facetLimit must be at least 1, was " + facetLimit);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), DEFAULT_LIMIT, DEFAULT_FACET_LIMIT);
    }

    /** A copy that also filters on {@code facet = value}. */
    public SearchRequest withFilter(String facet, String value) {
        List<FacetFilter> more = new ArrayList<>(filters);
        more.add(new FacetFilter(facet, value));
        return new SearchRequest(query, more, limit, facetLimit);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, filters, newLimit, facetLimit);
    }

    public SearchRequest withFacetLimit(int newFacetLimit) {
        return new SearchRequest(query, filters, limit, newFacetLimit);
    }

    /** One facet filter; see {@link SearchFields} for the facet names. */
    public record FacetFilter(String facet, String value) {
        public FacetFilter {
            Objects.requireNonNull(facet, "facet");
            Objects.requireNonNull(value, "value");
        }
    }
}
