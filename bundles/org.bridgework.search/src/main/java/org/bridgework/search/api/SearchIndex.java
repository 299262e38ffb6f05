package org.bridgework.search.api;

import java.util.Optional;

import org.bridgework.core.api.Project;
import org.eclipse.emf.ecore.EObject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The full-text index of one open project, kept current from the model's change notifications: an edit is applied
 * to the index and becomes searchable (near-real-time reader) on a background thread within about 100 ms.
 * {@link #search} may be called from any thread; {@link #element} only from the thread owning the project.
 */
@ProviderType
public interface SearchIndex extends AutoCloseable {

    /** The project indexed. */
    Project project();

    /**
     * Runs a query.
     *
     * @throws InvalidQueryException when the query text cannot be parsed or names an unknown field or facet; its
     *                               message says what and at which column
     */
    SearchResult search(SearchRequest request) throws InvalidQueryException;

    /** {@link #search(SearchRequest)} with no facet filter and the default limit. */
    default SearchResult search(String query) throws InvalidQueryException {
        return search(SearchRequest.of(query));
    }

    /**
     * Checks a query without running it.
     *
     * @throws InvalidQueryException as {@link #search}
     */
    void validate(String query) throws InvalidQueryException;

    /** Blocks until every change made to the model so far is searchable. */
    void refresh();

    /**
     * The model element of a hit, if it is still in the project. Call on the thread owning the project.
     */
    Optional<EObject> element(SearchHit hit);

    /** How the index was opened and what it holds now. */
    IndexInfo info();

    /**
     * Adds a listener told (on the index's background thread) after changes to the model became searchable, so a
     * view can run its query again. Removed with {@link #removeChangeListener}. It must not block (a UI hands its
     * work to the display with {@code asyncExec}, never {@code syncExec}).
     */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);

    /** True once closed (explicitly or because the project was closed). */
    boolean isClosed();

    /**
     * Stops following the project and releases the index. Changes since the project was last saved are not kept in
     * the cache (it always matches the saved file). Closing the project closes its index too.
     */
    @Override
    void close();
}
