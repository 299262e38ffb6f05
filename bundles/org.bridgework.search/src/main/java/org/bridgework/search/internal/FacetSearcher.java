package org.bridgework.search.internal;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/** A searcher with the facet state of its reader, made once per reopen (on the index thread). */
final class FacetSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState state;

    FacetSearcher(IndexReader reader) {
        super(reader);
        SortedSetDocValuesReaderState s;
        try {
            s = reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS);
        } catch (IOException | IllegalArgumentException e) {
            s = null;
        }
        this.state = s;
    }
}
