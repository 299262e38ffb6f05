package org.bridgework.search.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request   what was asked
 * @param totalHits how many elements match (all of them, not only those returned)
 * @param hits      the best {@code request.limit()} hits, best first
 * @param facets    facet name to its value counts (most frequent first) in the facet order of {@link SearchFields#FACETS};
 *                  a filtered facet counts as if it were not filtered (drill sideways), so its other values stay visible
 * @param took      how long the search took
 */
public record SearchResult(SearchRequest request, long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
        Duration took) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets)); // keeps the order
    }

    /** The counts of one facet, empty when no hit has a value for it. */
    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }

    /** A facet value and how many matching elements have it. */
    public record FacetCount(String value, long count) {
    }
}
