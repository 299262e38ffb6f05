package org.bridgework.search.api;

import org.bridgework.core.api.Project;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Gives the search index of an open project.
 * <p>
 * The index lives in a per-project cache folder ({@code $XDG_CACHE_HOME/bridgework/index/<hash of the project's path>},
 * {@code ~/.cache/...} by default). On open it is checked (Lucene's checksums of every file of the last commit, the
 * schema version and the project file's size, modification time and hash recorded in the commit) and rebuilt from
 * the model when missing, stale, corrupt or locked by another process; none of these is an error for the caller.
 * A temporary copy (a sample opened with {@code --sample}) is indexed in memory.
 */
@ProviderType
public interface SearchService {

    /**
     * The index of {@code project}, opened (and built if needed) on the first call and the same object afterwards
     * until it is closed. It follows the project's changes by itself and closes when the project is closed
     * (its resource unloaded).
     * <p>
     * Call on the thread that owns the project (the UI thread in the workbench): the first call may read the whole
     * model to build the index.
     *
     * @throws SearchUnavailableException only when even an in-memory index cannot be made (out of memory, say)
     */
    SearchIndex index(Project project);
}
