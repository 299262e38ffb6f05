package org.bridgework.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/** Builds a project's index from its model: the writer's configuration and the documents of every element. */
final class IndexBuilder {

    private IndexBuilder() {
    }

    static IndexWriterConfig config(OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.index());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(48);
        config.setCommitOnClose(false);
        return config;
    }

    private static final int BUILD_BATCH = 256;

    /**
     * Adds a document for every searchable element of the model. The documents are made here, on the thread that owns
     * the model, while a second thread analyses and adds them: analysis is most of Lucene's cost, so the model walk
     * overlaps it instead of adding to it.
     */
    static int build(GuidanceProject root, IndexWriter writer, IndexKeys keys) throws IOException {
        java.util.concurrent.BlockingQueue<List<Document>> queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread adder = Thread.ofPlatform().name("bridgework-search-build").daemon(true).start(() -> {
            try {
                for (List<Document> batch = queue.take(); !batch.isEmpty(); batch = queue.take()) {
                    for (Document document : batch) {
                        writer.addDocument(document);
                    }
                }
            } catch (Throwable e) { // handed to the building thread, which rethrows it
                failed.set(e);
            }
        });
        int count = 0;
        try {
            List<Document> batch = new ArrayList<>(BUILD_BATCH);
            for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext() && adder.isAlive();) {
                EObject o = it.next();
                if (Documents.isDocument(o)) {
                    batch.add(Documents.FACETS.build(Documents.document(o, keys.assign(o))));
                    count++;
                    if (batch.size() == BUILD_BATCH) {
                        hand(queue, batch, adder);
                        batch = new ArrayList<>(BUILD_BATCH);
                    }
                }
            }
            if (!batch.isEmpty()) {
                hand(queue, batch, adder);
            }
        } finally {
            hand(queue, List.of(), adder); // the end
            try {
                adder.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while building the search index");
            }
        }
        Throwable failure = failed.get();
        if (failure instanceof IOException e) {
            throw e;
        } else if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IOException(failure);
        }
        return count;
    }

    /** Queues a batch for the adding thread, unless that thread has stopped (it failed). */
    private static void hand(java.util.concurrent.BlockingQueue<List<Document>> queue, List<Document> batch, Thread adder) throws IOException {
        try {
            while (!queue.offer(batch, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!adder.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while building the search index");
        }
    }
}
