package org.bridgework.search.internal;

import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * The cache folder's directory: Lucene's {@link NRTCachingDirectory} (small flushed and merged segments stay in memory
 * until a commit writes them), which also keeps in memory the files a small flush writes without saying their size.
 * <p>
 * Lucene writes some of a flushed segment's files (stored fields, field infos...) with a context that has no flush
 * size, and NRTCachingDirectory sends those to disk: every edit created, wrote and deleted a handful of files in the
 * cache folder before its segment was searchable. While the index follows edits in small batches ({@link #smallFlushes}),
 * those files are cached too, within the same memory bound. A commit still writes everything it refers to to disk
 * first ({@link NRTCachingDirectory#sync}); the segments files themselves are never cached.
 */
final class EditCache extends NRTCachingDirectory {

    private static final double MAX_MERGE_MB = 5.0;
    private static final double MAX_CACHED_MB = 64.0;
    private static final long MAX_CACHED_BYTES = (long) (MAX_CACHED_MB * 1024 * 1024);

    private volatile boolean smallFlushes;

    EditCache(Directory delegate) {
        super(delegate, MAX_MERGE_MB, MAX_CACHED_MB);
    }

    /** Whether the writer is now flushing small batches of edits (not building the whole index). */
    void smallFlushes(boolean small) {
        smallFlushes = small;
    }

    @Override
    protected boolean doCacheWrite(String name, IOContext context) {
        if (super.doCacheWrite(name, context)) {
            return true;
        }
        return smallFlushes && context.mergeInfo() == null && context.flushInfo() == null && !name.startsWith(IndexFileNames.SEGMENTS)
                && !name.startsWith(IndexFileNames.PENDING_SEGMENTS) && !name.endsWith(".lock") && ramBytesUsed() < MAX_CACHED_BYTES;
    }
}
