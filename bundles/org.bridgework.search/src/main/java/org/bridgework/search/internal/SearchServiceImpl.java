package org.bridgework.search.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The search service: one {@link ProjectIndex} per open project, cached under
 * {@code $XDG_CACHE_HOME/bridgework/index} ({@code ~/.cache/bridgework/index}) unless configured otherwise.
 */
@Component(service = SearchService.class, configurationPid = SearchServiceImpl.PID)
public class SearchServiceImpl implements SearchService {

    /** Configuration PID; property {@code cacheFolder}. */
    public static final String PID = "org.bridgework.search";

    /** Component configuration. */
    public @interface Config {
        /** Folder of the per-project index caches; empty: {@code $XDG_CACHE_HOME/bridgework/index}. */
        String cacheFolder() default "";
    }

    private final Path indexRoot;
    private final Map<Project, ProjectIndex> open = new IdentityHashMap<>();

    @Activate
    public SearchServiceImpl(Config config) {
        this(config.cacheFolder().isBlank() ? defaultIndexRoot() : Path.of(config.cacheFolder()));
    }

    /**
     * Plain Java (tests, benchmarks).
     *
     * @param indexRoot the folder of the per-project caches, or null to index every project in memory
     */
    public SearchServiceImpl(Path indexRoot) {
        this.indexRoot = indexRoot;
    }

    /** {@code index} in the user's cache folder ({@code ~/.cache/bridgework/index} on Linux). */
    public static Path defaultIndexRoot() {
        return org.bridgework.core.api.UserFolders.current().cache().resolve("index");
    }

    @Override
    public SearchIndex index(Project project) {
        synchronized (open) {
            ProjectIndex index = open.get(project);
            if (index != null && !index.isClosed()) {
                return index;
            }
        }
        ProjectIndex index = ProjectIndex.open(project, indexRoot, this::forget);
        synchronized (open) {
            open.put(project, index);
        }
        return index;
    }

    private void forget(ProjectIndex index) {
        synchronized (open) {
            open.remove(index.project(), index);
        }
    }

    @Deactivate
    void deactivate() {
        List<ProjectIndex> all;
        synchronized (open) {
            all = new ArrayList<>(open.values());
            open.clear();
        }
        all.forEach(ProjectIndex::close);
    }
}
