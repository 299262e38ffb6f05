package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.Challenge;
import org.bridgework.model.GuidancePackage;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchRequest;
import org.bridgework.search.internal.IndexingParts;
import org.bridgework.search.internal.SearchServiceImpl;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Search on the synthetic ~100,000-element project of {@link ModelBenchmark}:
 * <ul>
 * <li>indexing, documents per second: the product (SearchService.index on an empty cache: model walk, documents, keys,
 * near-real-time reader, commit, change tracking) against raw Lucene given the same documents (built beforehand) with the
 * same analysers and writer configuration (add, NRT reader, commit), alternating, medians, and the ratio;</li>
 * <li>query latency p50/p99 over a mix (words, phrase, prefix, fuzzy, field, synonym, facet filter), each with facet
 * counts and highlighted snippets of the 20 best hits;</li>
 * <li>the time from an edit (an EMF SetCommand) until a query finds the new text, with no explicit refresh.</li>
 * </ul>
 * {@code releng/bench/run.sh search [runs] [elements]}
 */
public final class SearchBenchmark {

    static final List<String> QUERIES = List.of("student", "mental health", "\"data sharing\"", "partner*", "refferal~", "type:casestudy liaison",
            "title:crisis", "CMHT", "\"community mental health team\"", "clinical -crisis", "pathway AND (risk OR protocol)", "NHS trust support");

    static final int WARM_UP_ROUNDS = 20;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = Files.createTempDirectory("bridgework-search-bench");
        try {
            run(work, runs, target);
        } finally {
            deleteTree(work);
        }
    }

    private static void run(Path work, int runs, int target) throws Exception {
        ProjectServiceImpl projects = new ProjectServiceImpl();
        Path file = work.resolve("bench.guidance");
        try (Project project = projects.create(file, "bench", "Synthetic benchmark project")) {
            ModelBenchmark.Generator.fill(project.root(), target);
            projects.save(project);
        }
        Path cache = work.resolve("cache");
        try (Project project = projects.open(file)) {
            List<Document> documents = IndexingParts.documents(project.root());
            int docs = documents.size();
            System.out.printf(Locale.ROOT, "Project: %,d searchable elements (%.1f MB file)%n", docs, Files.size(file) / 1048576.0);

            // indexing: product and raw alternate; one unmeasured round first (class loading, JIT)
            List<Double> product = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                double p = productIndexing(project, cache);
                double r = rawIndexing(documents, work.resolve("raw"));
                if (i > 0) {
                    product.add(p);
                    raw.add(r);
                }
            }
            // the reference for queries: raw Lucene answering them on the same documents, alternating query by query
            RawLuceneQueries rawQueries = new RawLuceneQueries(documents, work.resolve("raw-queries"));
            documents = null;

            // queries and edits on the product's index
            SearchServiceImpl service = new SearchServiceImpl(cache);
            deleteTree(cache);
            SearchIndex index = service.index(project);
            index.refresh();
            List<Double> latencies = new ArrayList<>();
            java.util.Map<String, List<Double>> byQuery = new java.util.LinkedHashMap<>();
            // CPU time of the searching thread too: on a loaded machine wall-clock percentiles mostly measure waiting for a core
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> cpuLatencies = new ArrayList<>();
            long total = 0;
            // warm-up rounds first (JIT), as in a workbench session that has been searching for a while; the first
            // round's figures are printed separately as the cold case
            List<Double> cold = new ArrayList<>();
            List<Double> rawLatencies = new ArrayList<>();
            List<Double> rawCold = new ArrayList<>();
            for (int round = 0; round < WARM_UP_ROUNDS + runs * 20; round++) {
                for (String query : QUERIES) {
                    long rt = System.nanoTime();
                    total += rawQueries.search(query, query.equals("student") ? "extract" : null);
                    double rms = (System.nanoTime() - rt) / 1e6;
                    if (round == 0) {
                        rawCold.add(rms);
                    }
                    if (round >= WARM_UP_ROUNDS) {
                        rawLatencies.add(rms);
                    }
                    SearchRequest request = SearchRequest.of(query).withLimit(20);
                    if (query.equals("student")) {
                        request = request.withFilter("type", "extract");
                    }
                    long c = cpu.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    total += index.search(request).totalHits();
                    double ms = (System.nanoTime() - t) / 1e6;
                    double cpuMs = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
                    if (round == 0) {
                        cold.add(ms);
                    }
                    if (round >= WARM_UP_ROUNDS) {
                        latencies.add(ms);
                        cpuLatencies.add(cpuMs);
                        byQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(ms);
                    }
                }
            }
            // edit -> searchable: from the command until the index thread's reopen shows it (its change listener), checked by a query
            List<Double> edits = new ArrayList<>();
            List<Challenge> challenges = project.root().getChallenges();
            java.util.concurrent.atomic.AtomicLong visibleAt = new java.util.concurrent.atomic.AtomicLong();
            Runnable listener = () -> visibleAt.set(System.nanoTime());
            index.addChangeListener(listener);
            for (int i = 0; i < 10 + runs * 10; i++) {
                Challenge c = challenges.get((i * 7919) % challenges.size());
                String word = "benchword" + i + "x";
                visibleAt.set(0);
                long t = System.nanoTime();
                project.editingDomain().getCommandStack().execute(SetCommand.create(project.editingDomain(), c,
                        GuidancePackage.Literals.CHALLENGE__DESCRIPTION, "Edited " + word + " text."));
                while (visibleAt.get() == 0) {
                    Thread.onSpinWait();
                }
                double ms = (visibleAt.get() - t) / 1e6;
                if (index.search(SearchRequest.of(word).withLimit(1)).totalHits() != 1) {
                    throw new IllegalStateException("the edit is not searchable after the reopen");
                }
                if (i >= 10) {
                    edits.add(ms);
                }
                Thread.sleep(20);
            }
            index.removeChangeListener(listener);
            index.close();
            rawQueries.close();

            System.out.printf(Locale.ROOT, "%nSearch benchmark: %,d documents, %d runs, medians (JDK %s, %d CPUs, max heap %.0f MB)%n", docs, runs,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576.0);
            double pm = median(product);
            double rm = median(raw);
            System.out.printf(Locale.ROOT, "  indexing, product (SearchService): %8.0f ms  %,9.0f docs/s%n", pm, docs / (pm / 1000));
            System.out.printf(Locale.ROOT, "  indexing, raw Lucene (same docs):  %8.0f ms  %,9.0f docs/s%n", rm, docs / (rm / 1000));
            System.out.printf(Locale.ROOT, "  ratio product/raw time: %.2f (aim <= 1.3)%n", pm / rm);
            System.out.printf(Locale.ROOT, "  queries after %d warm-up rounds (%d x %d, facets + snippets): p50 %.2f ms, p99 %.2f ms, max %.2f ms (aim p99 <= 10 ms)%n",
                    WARM_UP_ROUNDS, QUERIES.size(), runs * 20, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
            System.out.printf(Locale.ROOT, "  queries, first round (cold, %d queries): median %.2f ms, max %.2f ms%n", cold.size(), percentile(cold, 50),
                    percentile(cold, 100));
            System.out.printf(Locale.ROOT, "  raw Lucene, same queries and documents (facets + highlights): p50 %.2f ms, p99 %.2f ms; first round median %.2f ms%n",
                    percentile(rawLatencies, 50), percentile(rawLatencies, 99), percentile(rawCold, 50));
            System.out.printf(Locale.ROOT, "  ratio product/raw: p50 %.2f, p99 %.2f (aim <= 2)%n", percentile(latencies, 50) / percentile(rawLatencies, 50),
                    percentile(latencies, 99) / percentile(rawLatencies, 99));
            System.out.printf(Locale.ROOT, "  queries, CPU time of the searching thread: p50 %.2f ms, p99 %.2f ms%n", percentile(cpuLatencies, 50),
                    percentile(cpuLatencies, 99));
            System.out.printf(Locale.ROOT, "  load average during the run: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (java.util.Map.Entry<String, List<Double>> q : byQuery.entrySet()) {
                System.out.printf(Locale.ROOT, "      %-32s p50 %6.2f ms  p99 %6.2f ms%n", q.getKey(), percentile(q.getValue(), 50), percentile(q.getValue(), 99));
            }
            System.out.printf(Locale.ROOT, "  edit -> searchable (%d edits): median %.1f ms, p99 %.1f ms, max %.1f ms (aim p50 <= 15 ms, p99 <= 50 ms)%n", edits.size(),
                    percentile(edits, 50), percentile(edits, 99), percentile(edits, 100));
            System.out.printf(Locale.ROOT, "  (hits counted: %,d)%n", total);
        }
    }

    /** The product on an empty cache: open (walk, build, NRT reader, tracking) and its commit (refresh waits for it). */
    private static double productIndexing(Project project, Path cache) throws Exception {
        deleteTree(cache);
        SearchServiceImpl service = new SearchServiceImpl(cache);
        long t = System.nanoTime();
        SearchIndex index = service.index(project);
        index.refresh();
        double ms = (System.nanoTime() - t) / 1e6;
        if (index.info().origin() != org.bridgework.search.api.IndexInfo.Origin.BUILT) {
            throw new IllegalStateException("expected a build, got " + index.info());
        }
        index.close();
        return ms;
    }

    /** The same documents straight into Lucene: add, NRT reader, commit. */
    private static double rawIndexing(List<Document> documents, Path folder) throws Exception {
        deleteTree(folder);
        Files.createDirectories(folder);
        long t = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, IndexingParts.writerConfig())) {
            for (Document d : documents) {
                writer.addDocument(d);
            }
            DirectoryReader.open(writer).close();
            writer.commit();
            double ms = (System.nanoTime() - t) / 1e6;
            writer.rollback();
            return ms;
        }
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

}
