package org.bridgework.ui.api;

import java.util.List;

import org.bridgework.core.api.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Fills the toolbar's quick-search field: register an instance as an OSGi service (whiteboard). While none is
 * installed the field matches element ids and names in the open project; providers (a Lucene index, say) add
 * their hits, which the user picks to select the element.
 */
@ConsumerType
public interface QuickSearchProvider {

    /** What the provider searches, shown above its hits ({@code Full text}). */
    String label();

    /**
     * Finds up to {@code limit} hits for {@code text}. Runs on a background thread: do not touch widgets or the
     * open project's model here (search your own index).
     */
    List<SearchHit> search(String text, int limit, IProgressMonitor monitor) throws Exception;

    /**
     * Called on the UI thread with the open project before each search: the place to open or look up what the
     * provider keeps per project (its index). The default does nothing.
     *
     * @since 1.1
     */
    default void prepare(Project project) {
    }

    /**
     * Finds up to {@code limit} hits for {@code text} in {@code project}, the project given to {@link #prepare} just
     * before. Runs on a background thread: use the project only to find what {@code prepare} set up, never read its
     * model here. The default ignores the project and calls {@link #search(String, int, IProgressMonitor)}.
     *
     * @since 1.1
     */
    default List<SearchHit> search(Project project, String text, int limit, IProgressMonitor monitor) throws Exception {
        return search(text, limit, monitor);
    }

    /**
     * One hit.
     *
     * @param label     what the user sees
     * @param detail    a second line (where, a snippet), or {@code null}
     * @param elementId the id of the model element to select when picked
     */
    record SearchHit(String label, String detail, String elementId) {
    }
}
