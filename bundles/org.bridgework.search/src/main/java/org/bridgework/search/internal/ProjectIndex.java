package org.bridgework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.bridgework.core.api.Project;
import org.bridgework.model.GuidancePackage;
import org.bridgework.search.api.IndexInfo;
import org.bridgework.search.api.IndexInfo.Origin;
import org.bridgework.search.api.InvalidQueryException;
import org.bridgework.search.api.SearchFields;
import org.bridgework.search.api.SearchHit;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchRequest;
import org.bridgework.search.api.SearchResult;
import org.bridgework.search.api.SearchResult.FacetCount;
import org.bridgework.search.api.SearchUnavailableException;
import org.bridgework.search.api.Snippet;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The index of one open project.
 * <p>
 * Threads: the model is read only on the thread that owns the project (the caller of {@link #open} and of the model's
 * notifications): it builds the index at open and turns each change into documents. Everything Lucene does after open
 * runs on one background thread per index, in order: batches of document updates, then a near-real-time reopen
 * ({@link SearcherManager#maybeRefreshBlocking()}), and a commit when the project was saved. Searches run on any thread
 * against the latest reader.
 * <p>
 * The cache on disk always matches the saved project file: it is committed after a build and after each save (with the
 * file's {@link Fingerprint} in the commit's user data), never with unsaved changes, and rolled back on close.
 */
final class ProjectIndex implements SearchIndex {

    /** Bump when documents or analysis change: cached indexes of another schema are rebuilt. */
    static final String SCHEMA = "2"; // 2: offsets in the postings of title and text
    static final String SCHEMA_KEY = "bridgework.schema";

    private static final System.Logger LOG = System.getLogger(ProjectIndex.class.getName());

    /**
     * Lucene warns on stderr, once per process, that the JDK's incubating vector module is not enabled. Bridgework's
     * indexes are small enough for the scalar code, and the warning would end up in every command's output: keep it
     * out (a strong reference, or the logger and its level are forgotten).
     */
    private static final java.util.logging.Logger VECTOR_WARNING = quiet("org.apache.lucene.internal.vectorization");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final Project project;
    private final Resource resource;
    private final Path file;
    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService thread;
    private final AtomicReference<Thread> indexThread = new AtomicReference<>();
    private final Analyzer highlightAnalyzer = Analysis.highlight();
    private final IndexKeys keys;
    private final Tracker tracker = new Tracker();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<ProjectIndex> onClose;
    private final Object lock = new Object();
    private final Origin origin;
    private final String reason;
    private final Duration openTime;

    private volatile Glossary glossary;
    private volatile QueryCompiler compiler;
    private volatile boolean closed;
    /** Commits go to the cache only while the project is saved to the file the cache belongs to. */
    private volatile boolean persistent;
    private Batch open; // guarded by lock

    private ProjectIndex(Project project, Path folder, Directory directory, IndexWriter writer, IndexKeys keys, Origin origin, String reason,
            long started, Consumer<ProjectIndex> onClose, boolean commitNow) throws IOException {
        this.project = project;
        this.resource = project.resource();
        this.file = project.file() == null ? null : project.file().toAbsolutePath().normalize();
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.keys = keys;
        this.origin = origin;
        this.reason = reason;
        this.onClose = onClose;
        this.persistent = folder != null;
        this.glossary = Glossary.of(project.root());
        this.compiler = new QueryCompiler(Analysis.query(glossary));
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new FacetSearcher(reader);
            }
        });
        // the build is flushed (the first reader above); from now on the writer flushes a batch of edits at a time, with
        // no compound file per flushed segment: it copied the segment's files once more before the edit was searchable
        // (merges still make compound files by the merge policy's rule)
        writer.getConfig().setUseCompoundFile(false);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bridgework-search " + project.root().getId());
            t.setDaemon(true);
            indexThread.set(t);
            return t;
        });
        if (commitNow && persistent) {
            thread.execute(this::commitSaved);
        }
        resource.eAdapters().add(tracker);
        this.openTime = Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Opens the index of {@code project}: reuses the cache in {@code indexRoot} when it is sound and current, else
     * rebuilds it; in memory when {@code indexRoot} is null, the project is a temporary copy or has no file, or the
     * cache cannot be used.
     */
    static ProjectIndex open(Project project, Path indexRoot, Consumer<ProjectIndex> onClose) {
        long started = System.nanoTime();
        Path file = project.file() == null ? null : project.file().toAbsolutePath().normalize();
        if (indexRoot == null || file == null || project.isTemporaryCopy()) {
            return inMemory(project, started, onClose, project.isTemporaryCopy() ? "a temporary copy is indexed in memory" : "no cache folder");
        }
        Path folder = indexRoot.resolve(IndexCache.folderName(file));
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            // small segments flushed for near-real-time reopens stay in memory until a commit or merge writes them:
            // an edit becomes searchable without file writes (Lucene's NRTCachingDirectory, the usual NRT setup)
            directory = new EditCache(FSDirectory.open(folder));
            IndexCache.Inspection inspection = IndexCache.inspect(directory, project, file);
            if (inspection.verdict() == IndexCache.Verdict.CORRUPT) {
                IndexCache.wipe(directory);
            }
            Origin origin = switch (inspection.verdict()) {
                case REUSE -> Origin.REUSED;
                case MISSING -> Origin.BUILT;
                case STALE -> Origin.REBUILT_STALE;
                case CORRUPT -> Origin.REBUILT_CORRUPT;
            };
            String reason = inspection.reason();
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, IndexBuilder.config(inspection.verdict() == IndexCache.Verdict.REUSE ? OpenMode.APPEND : OpenMode.CREATE));
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                if (inspection.verdict() == IndexCache.Verdict.REUSE) { // passed the checksums but still cannot be opened
                    IndexCache.wipe(directory);
                    origin = Origin.REBUILT_CORRUPT;
                    reason = "the cached index could not be opened (" + e + ")";
                    writer = new IndexWriter(directory, IndexBuilder.config(OpenMode.CREATE));
                } else {
                    throw e;
                }
            }
            try {
                IndexKeys keys = new IndexKeys();
                boolean commitNow = !project.isDirty();
                if (origin == Origin.REUSED) {
                    keys.registerAll(project.root());
                    int documents = writer.getDocStats().numDocs;
                    if (keys.hasGenerated() || documents != keys.size()) {
                        origin = Origin.REBUILT_STALE;
                        reason = keys.hasGenerated() ? "some elements have blank or duplicate ids" : "the cache holds " + documents
                                + " elements, the project " + keys.size();
                        writer.deleteAll();
                        keys = new IndexKeys();
                        IndexBuilder.build(project.root(), writer, keys);
                    } else {
                        commitNow = inspection.refreshFingerprint();
                    }
                } else {
                    IndexBuilder.build(project.root(), writer, keys);
                }
                if (origin != Origin.REUSED) {
                    LOG.log(Level.DEBUG, "search index of {0} {1}: {2}", file, origin, reason);
                }
                return new ProjectIndex(project, folder, directory, writer, keys, origin, reason, started, onClose, commitNow);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            // locked by another process, not writable, or broken beyond repair: search from memory instead
            LOG.log(Level.DEBUG, "search index of {0} in memory: {1}", file, e.toString());
            closeQuietly(directory);
            return inMemory(project, started, onClose, e instanceof LockObtainFailedException
                    ? "the cache is in use by another Bridgework process" : "the cache could not be used (" + e + ")");
        }
    }

    private static ProjectIndex inMemory(Project project, long started, Consumer<ProjectIndex> onClose, String reason) {
        try {
            Directory directory = new ByteBuffersDirectory();
            IndexWriter writer = new IndexWriter(directory, IndexBuilder.config(OpenMode.CREATE));
            IndexKeys keys = new IndexKeys();
            IndexBuilder.build(project.root(), writer, keys);
            return new ProjectIndex(project, null, directory, writer, keys, Origin.IN_MEMORY, reason, started, onClose, false);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is unavailable for " + project.file() + ": " + e.getMessage(), e);
        }
    }



    // ---------------------------------------------------------------- SearchIndex

    @Override
    public Project project() {
        return project;
    }

    @Override
    public SearchResult search(SearchRequest request) throws InvalidQueryException {
        long started = System.nanoTime();
        QueryCompiler queries = compiler;
        Query query = queries.compile(request.query());
        Map<String, List<String>> filters = filters(request);
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw new IllegalStateException("the search index of " + file + " is closed", e);
        }
        try {
            FacetSearcher fs = (FacetSearcher) searcher;
            TopDocs top;
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            long total;
            if (fs.state == null) { // nothing indexed yet
                top = searcher.search(query, request.limit());
                total = top.totalHits.value();
            } else if (filters.isEmpty()) {
                // nothing to drill into: one pass collects the hits and the facet counts (drill sideways costs more)
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager());
                top = result.topDocs();
                total = top.totalHits.value();
                Facets counts = new SortedSetDocValuesFacetCounts(fs.state, result.facetsCollector());
                for (String dim : SearchFields.FACETS) {
                    addCounts(facets, dim, topChildren(counts, dim, request.facetLimit()));
                }
            } else {
                DrillDownQuery drill = new DrillDownQuery(Documents.FACETS, query);
                for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
                    for (String value : filter.getValue()) {
                        drill.add(filter.getKey(), label(fs.state, filter.getKey(), value));
                    }
                }
                DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, Documents.FACETS, fs.state).search(drill, request.limit());
                top = result.hits;
                total = total(result.drillDownFacetsCollector, top);
                for (String dim : SearchFields.FACETS) {
                    addCounts(facets, dim, topChildren(result.facets, dim, request.facetLimit()));
                }
            }
            List<SearchHit> hits = hits(searcher, query, top);
            return new SearchResult(request, total, hits, facets, Duration.ofNanos(System.nanoTime() - started));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(request.query(), 0,
                    "the query matches too many different words; make the wildcard or fuzzy part more specific.");
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index of " + file + " failed", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "release failed", e);
            }
        }
    }

    private static void addCounts(Map<String, List<FacetCount>> facets, String dim, FacetResult counts) {
        if (counts != null && counts.labelValues.length > 0) {
            List<FacetCount> values = new ArrayList<>(counts.labelValues.length);
            for (LabelAndValue lv : counts.labelValues) {
                values.add(new FacetCount(lv.label, lv.value.longValue()));
            }
            facets.put(dim, values);
        }
    }

    private static FacetResult topChildren(Facets facets, String dim, int limit) throws IOException {
        try {
            return facets.getTopChildren(limit, dim);
        } catch (IllegalArgumentException e) {
            return null; // no element has this facet
        }
    }

    private static long total(FacetsCollector collector, TopDocs top) {
        if (collector == null) {
            return top.totalHits.value();
        }
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
            total += docs.totalHits();
        }
        return total;
    }

    private Map<String, List<String>> filters(SearchRequest request) throws InvalidQueryException {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (SearchRequest.FacetFilter filter : request.filters()) {
            String dim = filter.facet().toLowerCase(java.util.Locale.ROOT);
            dim = SearchFields.FACETS.contains(dim) ? dim : SearchFields.FIELD_ALIASES.get(dim);
            if (dim == null || !SearchFields.FACETS.contains(dim)) {
                throw new InvalidQueryException(request.query(), 0,
                        "there is no facet '" + filter.facet() + "'; the facets are " + String.join(", ", SearchFields.FACETS) + ".");
            }
            filters.computeIfAbsent(dim, d -> new ArrayList<>()).add(filter.value());
        }
        return filters;
    }

    /** The facet label for what the user typed: exact, else the one that is equal once normalised ({@code Case Study}). */
    private static String label(SortedSetDocValuesReaderState state, String dim, String value) throws IOException {
        String wanted = SearchFields.TYPE.equals(dim) ? SearchFields.TYPE_ALIASES.getOrDefault(Analysis.normaliseKeyword(value),
                Analysis.normaliseKeyword(value)) : Analysis.normaliseKeyword(value);
        SortedSetDocValuesReaderState.OrdRange range;
        try {
            range = state.getOrdRange(dim);
        } catch (IllegalArgumentException e) {
            return value;
        }
        if (range == null) {
            return value;
        }
        SortedSetDocValues values = state.getDocValues();
        if (values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, new String[] {value}))) >= 0) {
            return value;
        }
        for (long ord = range.start(); ord <= range.end(); ord++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            if (path.length == 2 && Analysis.normaliseKeyword(path[1]).equals(wanted)) {
                return path[1];
            }
        }
        return value;
    }

    /** The stored fields a hit is made of. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Fields.KEY, Fields.TYPE, Fields.KIND, Fields.ID_STORED, Fields.TITLE,
            Fields.TEXT);

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        // each hit's stored fields are read once, the highlighter's title and text with the rest
        StoredFields stored = searcher.storedFields();
        Document[] found = new Document[docs.length];
        String[] titles = new String[docs.length];
        String[] texts = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            found[i] = stored.document(docs[i].doc, HIT_FIELDS);
            titles[i] = found[i].get(Fields.TITLE);
            texts[i] = found[i].get(Fields.TEXT);
        }
        List<Snippet[]> snippets = Highlighting.snippets(searcher, highlightAnalyzer, QueryCompiler.highlighted(query), ids, titles, texts);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = found[i];
            Snippet[] s = snippets.get(i);
            hits.add(new SearchHit(doc.get(Fields.KEY), doc.get(Fields.TYPE), doc.get(Fields.KIND), doc.get(Fields.ID_STORED), s[0], s[1],
                    docs[i].score));
        }
        return hits;
    }

    @Override
    public void validate(String query) throws InvalidQueryException {
        compiler.compile(query);
    }

    @Override
    public void refresh() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() == indexThread.get()) {
            refreshNow();
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                refreshNow();
                done.complete(null);
            });
            done.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.WARNING, "refreshing the search index of " + file + " failed", e);
        }
    }

    /** A barrier: everything queued before it is applied; reopens in case something was not yet visible. */
    private void refreshNow() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.WARNING, "reopening the search index of " + file + " failed", e);
        }
    }

    @Override
    public Optional<EObject> element(SearchHit hit) {
        EObject o = keys.element(hit.key());
        return o == null || o.eResource() != resource ? Optional.empty() : Optional.of(o);
    }

    @Override
    public IndexInfo info() {
        return new IndexInfo(folder, origin, reason, writer.isOpen() ? writer.getDocStats().numDocs : 0, openTime);
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Closes: stops following the model, drops uncommitted changes (the cache keeps matching the saved file). */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        resource.eAdapters().remove(tracker);
        try {
            thread.execute(() -> {
                closeQuietly(searchers);
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.DEBUG, "rollback failed", e);
                }
                closeQuietly(directory);
            });
        } finally {
            thread.shutdown();
            try {
                if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.log(Level.WARNING, "the search index of " + file + " took too long to close");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            onClose.accept(this);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(Level.DEBUG, "close failed", e);
            }
        }
    }

    // ---------------------------------------------------------------- following the model

    /** Batches of at most this many updates flush their segment to memory only ({@link EditCache}). */
    private static final int SMALL_BATCH = 256;

    /** Updates waiting for the index thread; one task per batch, queued when the batch opens. */
    private static final class Batch {
        final Map<String, Document> updates = new LinkedHashMap<>(); // null document: delete
        boolean commit;
    }

    /** Model thread: a document to (re)index under {@code key}, or null to delete it. */
    private void put(String key, Document document) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            Batch batch = open;
            if (batch == null) {
                batch = new Batch();
                open = batch;
                Batch queued = batch;
                thread.execute(() -> apply(queued));
            }
            batch.updates.remove(key);
            batch.updates.put(key, document);
        }
    }

    /** Model thread: the project was saved; commit what was indexed up to now, with the new file's fingerprint. */
    private void saved() {
        if (!persistent) {
            return;
        }
        Path now = project.file() == null ? null : project.file().toAbsolutePath().normalize();
        if (!java.util.Objects.equals(now, file)) {
            persistent = false; // saved as another file: this cache stays as it was, the other file gets its own
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            Batch batch = open;
            if (batch == null) {
                batch = new Batch();
                Batch queued = batch;
                thread.execute(() -> apply(queued));
            }
            batch.commit = true;
            open = null; // later changes go to the next batch, after this commit
        }
    }

    /** Index thread. */
    private void apply(Batch batch) {
        synchronized (lock) {
            if (open == batch) {
                open = null;
            }
        }
        try {
            if (directory instanceof EditCache cache) {
                cache.smallFlushes(batch.updates.size() <= SMALL_BATCH);
            }
            for (Map.Entry<String, Document> update : batch.updates.entrySet()) {
                Term key = new Term(Fields.KEY, update.getKey());
                if (update.getValue() == null) {
                    writer.deleteDocuments(key);
                } else {
                    writer.updateDocument(key, Documents.FACETS.build(update.getValue()));
                }
            }
            if (!batch.updates.isEmpty()) {
                searchers.maybeRefreshBlocking();
                for (Runnable listener : listeners) {
                    try {
                        listener.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "a search index listener failed", e);
                    }
                }
            }
            if (batch.commit) {
                commitSaved();
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(Level.WARNING, "updating the search index of " + file + " failed; it is rebuilt when the project is opened next", e);
                persistent = false;
            }
        }
    }

    /** Index thread: commits with the file's fingerprint, unless the file changes while it is hashed. */
    private void commitSaved() {
        if (!persistent || file == null) {
            return;
        }
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Fingerprint fingerprint = Fingerprint.of(file);
            if (fingerprint.size() != size || fingerprint.modified() != modified) {
                return; // saved again meanwhile: that save commits
            }
            Map<String, String> data = new HashMap<>(fingerprint.toMap());
            data.put(SCHEMA_KEY, SCHEMA);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(Level.DEBUG, "committing the search index of " + file + " failed", e);
            }
        }
    }

    /** Model thread: documents for {@code o} and everything it contains. */
    private void added(EObject o) {
        index(o);
        for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
            index(it.next());
        }
    }

    /** Model thread: deletes the documents of {@code o} and everything it contained. */
    private void removed(EObject o) {
        unindex(o);
        for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
            unindex(it.next());
        }
    }

    private void index(EObject o) {
        if (Documents.isDocument(o) && o.eResource() == resource) {
            String key = keys.keyFor(o);
            put(key, Documents.document(o, key));
        }
    }

    private void unindex(EObject o) {
        String key = keys.remove(o);
        if (key != null) {
            put(key, null);
        }
    }

    /** Model thread: an element's id changed: it moves to its new key. */
    private void rekey(EObject o) {
        if (Documents.isDocument(o)) {
            unindex(o);
            index(o);
        }
    }

    private void glossaryChanged() {
        Glossary now = Glossary.of(project.root());
        if (!now.equals(glossary)) {
            glossary = now;
            compiler = new QueryCompiler(Analysis.query(now));
        }
    }

    /** Follows every change of the resource's content (EContentAdapter) on the thread making it. */
    private final class Tracker extends EContentAdapter {

        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (n.isTouch() || closed) {
                return;
            }
            Object notifier = n.getNotifier();
            if (notifier instanceof Resource) {
                int feature = n.getFeatureID(Resource.class);
                // the flag also turns false when a copy is written for crash recovery or after each command: only
                // a clean project (saved, or undone back to what was saved) matches its file
                if (feature == Resource.RESOURCE__IS_MODIFIED && !n.getNewBooleanValue() && !project.isDirty()) {
                    saved();
                } else if (feature == Resource.RESOURCE__IS_LOADED && !n.getNewBooleanValue()) {
                    close();
                }
                return;
            }
            if (!(notifier instanceof EObject o) || o.eResource() != resource) {
                return;
            }
            Object feature = n.getFeature();
            if (feature instanceof EReference ref && ref.isContainment()) {
                switch (n.getEventType()) {
                    case Notification.ADD -> added((EObject) n.getNewValue());
                    case Notification.ADD_MANY -> each(n.getNewValue(), ProjectIndex.this::added);
                    case Notification.REMOVE -> removed((EObject) n.getOldValue());
                    case Notification.REMOVE_MANY -> each(n.getOldValue(), ProjectIndex.this::removed);
                    case Notification.SET, Notification.UNSET -> {
                        if (n.getOldValue() instanceof EObject old) {
                            removed(old);
                        }
                        if (n.getNewValue() instanceof EObject added) {
                            added(added);
                        }
                    }
                    default -> {
                    }
                }
            } else if (feature == GuidancePackage.Literals.IDENTIFIED__ID) {
                rekey(o);
            }
            Documents.affected(o, feature, ProjectIndex.this::index);
            if (o instanceof org.bridgework.model.Term || feature == GuidancePackage.Literals.GUIDANCE_PROJECT__TERMS) {
                glossaryChanged();
            }
        }

        private void each(Object values, Consumer<EObject> action) {
            if (values instanceof Collection<?> list) {
                for (Object value : list) {
                    if (value instanceof EObject o) {
                        action.accept(o);
                    }
                }
            }
        }
    }

}
