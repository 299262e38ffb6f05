package org.bridgework.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.bridgework.search.api.SearchFields;
import org.bridgework.search.internal.IndexingParts;

/**
 * The reference for query latency: raw Lucene on the same documents with the product's analysers and writer
 * configuration, answering each query as the product does — the classic query parser on the all-text field, the 20
 * best hits, counts of every facet dimension (sorted-set doc values), the best passage of title and text of each hit
 * from the unified highlighter — without the product's query compiler (synonyms, stem variants), drill-sideways
 * counts or snippet objects.
 */
final class RawLuceneQueries implements AutoCloseable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;
    private final QueryParser parser;
    private final UnifiedHighlighter highlighter;

    RawLuceneQueries(List<Document> documents, Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        IndexWriterConfig config = IndexingParts.writerConfig();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Document d : documents) {
                writer.addDocument(d);
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, IndexingParts.facetsConfig());
        parser = new QueryParser(IndexingParts.allTextField(), config.getAnalyzer());
        highlighter = UnifiedHighlighter.builder(searcher, config.getAnalyzer()).withMaxLength(100_000).build();
    }

    /** Runs one query as the product does (filter: a type to drill down to, or null); returns the hits counted. */
    long search(String text, String typeFilter) throws IOException {
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("raw Lucene cannot parse " + text + ": " + e.getMessage(), e);
        }
        if (typeFilter != null) {
            DrillDownQuery drill = new DrillDownQuery(IndexingParts.facetsConfig(), query);
            drill.add(SearchFields.TYPE, typeFilter);
            query = drill;
        }
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, 20, new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (String dim : SearchFields.FACETS) {
            try {
                counts.getTopChildren(10, dim);
            } catch (IllegalArgumentException e) {
                // no document has this dimension
            }
        }
        highlighter.highlightFields(new String[] {IndexingParts.titleField(), IndexingParts.textField()}, query, top, new int[] {1, 1});
        return top.totalHits.value();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
