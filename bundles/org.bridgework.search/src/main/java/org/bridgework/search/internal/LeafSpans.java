package org.bridgework.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.spans.SpanCollector;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanScorer;
import org.apache.lucene.queries.spans.Spans;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.util.BytesRef;

/**
 * Phrase (span) highlighting that prepares its span queries once per index segment and highlighted field instead of
 * once per highlighted document.
 * <p>
 * Lucene's {@link PhraseHelper} marks the words of phrase matches (and of the glossary's multi-word synonyms) through
 * span queries: for every document it rewrites each span query, makes its weight (a term dictionary look-up per word)
 * and a scorer, and advances it to the document. The unified highlighter visits the documents of one field in
 * ascending order, so one scorer per span query and segment can be advanced from one document to the next: the same
 * spans, the same offsets, for a fraction of the cost (the look-ups were most of the time of phrase queries' snippets).
 * The extraction of the span queries (which are, which words are position-insensitive) stays Lucene's.
 */
final class LeafSpans extends PhraseHelper {

    private final String field;
    private final Predicate<String> fieldMatcher;
    private final Set<BytesRef> positionInsensitive;

    /** The segment the scorers belong to, and the last document they were asked for there. */
    private LeafReader leaf;
    private int lastDoc = -1;
    private final List<SpanScorer> scorers = new ArrayList<>();

    LeafSpans(Query query, String field, Predicate<String> fieldMatcher, Function<SpanQuery, Boolean> rewriteQueryPred,
            Function<Query, Collection<Query>> preExtractRewriteFunction, boolean ignoreQueriesNeedingRewrite) {
        super(query, field, fieldMatcher, rewriteQueryPred, preExtractRewriteFunction, ignoreQueriesNeedingRewrite);
        this.field = field;
        this.fieldMatcher = fieldMatcher;
        this.positionInsensitive = new HashSet<>(Arrays.asList(getAllPositionInsensitiveTerms()));
    }

    @Override
    public void createOffsetsEnumsForSpans(LeafReader leafReader, int docId, List<OffsetsEnum> results) throws IOException {
        if (leafReader != leaf || docId <= lastDoc) {
            prepare(leafReader);
        }
        lastDoc = docId;
        PriorityQueue<Spans> byStart = new PriorityQueue<>(Math.max(1, scorers.size()), Comparator.comparingInt(Spans::startPosition));
        for (SpanScorer scorer : scorers) {
            if (on(scorer, docId)) {
                Spans spans = scorer.getSpans();
                if (spans.nextStartPosition() != Spans.NO_MORE_POSITIONS) {
                    byStart.add(spans);
                }
            }
        }
        Collector collector = new Collector();
        while (!byStart.isEmpty()) {
            Spans spans = byStart.poll();
            spans.collect(collector);
            if (spans.nextStartPosition() != Spans.NO_MORE_POSITIONS) {
                byStart.add(spans);
            }
        }
        results.addAll(collector.byTerm.values());
    }

    /** Weights and scorers of every span query on {@code leafReader}, seen through the highlighted field. */
    private void prepare(LeafReader leafReader) throws IOException {
        leaf = leafReader;
        scorers.clear();
        OneField view = new OneField(leafReader, field);
        IndexSearcher searcher = new IndexSearcher(view);
        searcher.setQueryCache(null);
        for (SpanQuery query : getSpanQueries()) {
            Scorer scorer = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1).scorer(view.getContext());
            if (scorer instanceof SpanScorer spans) {
                scorers.add(spans);
            }
        }
    }

    /** Moves {@code scorer} forward to {@code docId} (never back) and says whether its spans match there. */
    private static boolean on(SpanScorer scorer, int docId) throws IOException {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        int at = approximation.docID();
        if (at < docId) {
            at = approximation.advance(docId);
        }
        return at == docId && (twoPhase == null || twoPhase.matches());
    }

    /** The offsets of each word of the matching spans (words highlighted without positions are left to the caller). */
    private final class Collector implements SpanCollector {
        final Map<BytesRef, CollectedOffsets> byTerm = new HashMap<>();

        @Override
        public void collectLeaf(PostingsEnum postings, int position, Term term) throws IOException {
            if (!fieldMatcher.test(term.field())) {
                return;
            }
            CollectedOffsets offsets = byTerm.get(term.bytes());
            if (offsets == null) {
                if (positionInsensitive.contains(term.bytes())) {
                    return;
                }
                offsets = new CollectedOffsets(term.bytes());
                byTerm.put(term.bytes(), offsets);
            }
            offsets.add(postings.startOffset(), postings.endOffset());
        }

        @Override
        public void reset() {
        }
    }

    /** One word's offsets in a document: ordered, each pair once. */
    private static final class CollectedOffsets extends OffsetsEnum {
        private final BytesRef term;
        private int[] starts = new int[4];
        private int[] ends = new int[4];
        private int size;
        private int current = -1;

        CollectedOffsets(BytesRef term) {
            this.term = term;
        }

        void add(int start, int end) {
            int i = size;
            while (i > 0 && (starts[i - 1] > start || (starts[i - 1] == start && ends[i - 1] > end))) {
                i--;
            }
            if (i > 0 && starts[i - 1] == start && ends[i - 1] == end) {
                return;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            System.arraycopy(starts, i, starts, i + 1, size - i);
            System.arraycopy(ends, i, ends, i + 1, size - i);
            starts[i] = start;
            ends[i] = end;
            size++;
        }

        @Override
        public boolean nextPosition() {
            return ++current < size;
        }

        @Override
        public int freq() {
            return size;
        }

        @Override
        public BytesRef getTerm() {
            return term;
        }

        @Override
        public int startOffset() {
            return starts[current];
        }

        @Override
        public int endOffset() {
            return ends[current];
        }
    }

    /**
     * A segment seen as if every field were {@code field}, with offsets in its postings: the span queries of other
     * fields ({@code all}, {@code exact}) then find their words in the highlighted one.
     */
    private static final class OneField extends FilterLeafReader {
        private final String field;

        OneField(LeafReader in, String field) {
            super(in);
            this.field = field;
        }

        @Override
        public Terms terms(String ignored) throws IOException {
            Terms terms = super.terms(field);
            return terms == null ? null : new FilterTerms(terms) {
                @Override
                public TermsEnum iterator() throws IOException {
                    return new FilterTermsEnum(in.iterator()) {
                        @Override
                        public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
                            return super.postings(reuse, flags | PostingsEnum.OFFSETS);
                        }
                    };
                }
            };
        }

        @Override
        public NumericDocValues getNormValues(String ignored) throws IOException {
            return super.getNormValues(field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
