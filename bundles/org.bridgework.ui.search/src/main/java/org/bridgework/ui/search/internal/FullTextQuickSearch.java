package org.bridgework.ui.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.bridgework.core.api.Project;
import org.bridgework.search.api.InvalidQueryException;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchRequest;
import org.bridgework.search.api.SearchService;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.QuickSearchProvider;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The toolbar's quick-search field asks the project's Lucene index too: stemmed words, acronyms and their
 * expansions, phrases, prefixes. What the user types is taken as a query; text that is not a valid query (an
 * unbalanced quote while typing) finds nothing here rather than an error, the Search view explains it.
 */
@Component(service = QuickSearchProvider.class)
public class FullTextQuickSearch implements QuickSearchProvider {

    private static final Messages MESSAGES = Messages.of(FullTextQuickSearch.class);

    private static final int SNIPPET_CHARS = 90;

    private final SearchService search;
    /** The index opened for each project on the UI thread by prepare; weak: a closed project goes with its index. */
    private final Map<Project, SearchIndex> indexes = new WeakHashMap<>();

    @Activate
    public FullTextQuickSearch(@Reference SearchService search) {
        this.search = search;
    }

    @Override
    public String label() {
        return MESSAGES.get("quickSearch.label");
    }

    @Override
    public void prepare(Project project) {
        synchronized (indexes) {
            SearchIndex index = indexes.get(project);
            if (index == null || index.isClosed()) {
                indexes.put(project, search.index(project));
            }
        }
    }

    @Override
    public List<SearchHit> search(String text, int limit, IProgressMonitor monitor) {
        return List.of(); // no project, nothing indexed
    }

    @Override
    public List<SearchHit> search(Project project, String text, int limit, IProgressMonitor monitor) {
        SearchIndex index;
        synchronized (indexes) {
            index = indexes.get(project);
        }
        if (index == null || index.isClosed() || monitor.isCanceled()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        try {
            for (org.bridgework.search.api.SearchHit hit : index.search(SearchRequest.of(text).withLimit(limit)).hits()) {
                if (hit.id() == null) {
                    continue; // nothing the workbench can select
                }
                hits.add(new SearchHit(hit.title().text(), hit.type() + " \u00b7 " + shorten(hit.snippet().text()), hit.id()));
            }
        } catch (InvalidQueryException e) {
            return List.of();
        }
        return hits;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS - 1) + "\u2026";
    }
}
