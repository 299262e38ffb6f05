package org.bridgework.search.api;

/**
 * One ranked hit.
 *
 * @param key     the index's key for the element (its id, or a generated key when the id is blank or not unique);
 *                give the hit to {@link SearchIndex#element(SearchHit)} to get the element
 * @param type    the element type ({@link SearchFields#TYPES}), for example {@code casestudy}
 * @param kind    the kind within the type where there is one (block: {@code paragraph}, {@code callout} ...; extract:
 *                its kind; case study: its service model), or {@code null}
 * @param id      the element's id, or {@code null} when it has none
 * @param title   the title as stored, with the query's matches in it marked
 * @param snippet the best passage of the element's text with the matches marked (the start of the text when only
 *                the title or a field matched)
 * @param score   the relevance score (higher is better; only comparable within one result)
 */
public record SearchHit(String key, String type, String kind, String id, Snippet title, Snippet snippet, float score) {
}
