package org.bridgework.search.api;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an index was opened.
 *
 * @param folder    the cache folder, or {@code null} for an index held in memory
 * @param origin    whether the cached index was reused or why it was (re)built
 * @param reason    a sentence for logs and {@code --json} (for example the checksum that failed), never shown as an error
 * @param documents the number of indexed elements now
 * @param openTime  how long opening took (checks and, where needed, the build)
 */
public record IndexInfo(Path folder, Origin origin, String reason, int documents, Duration openTime) {

    /** Where the index came from. */
    public enum Origin {
        /** The cached index matched the saved project and passed its checksums. */
        REUSED,
        /** There was no cached index: built from the model. */
        BUILT,
        /** The project changed since the cache was written (outside the workbench, or unsaved changes): rebuilt. */
        REBUILT_STALE,
        /** The cached index failed a checksum or could not be opened: deleted and rebuilt. */
        REBUILT_CORRUPT,
        /** Built in memory: a temporary project, or the cache folder was locked by another process or not writable. */
        IN_MEMORY
    }
}
