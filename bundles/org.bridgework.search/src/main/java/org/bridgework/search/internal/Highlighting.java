package org.bridgework.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.bridgework.search.api.Snippet;

/**
 * Snippets with the matches marked, from Lucene's {@link UnifiedHighlighter}: the whole title, and the best passage of
 * about {@value #PASSAGE_LENGTH} characters of the text (its start when only the title or a keyword field matched).
 * Query terms of every field count ({@code all}, {@code exact}, {@code title}...), and the stored text is re-analysed
 * with {@link Analysis#highlight()}, which gives each word stemmed and as typed, so stemmed, exact, prefix, fuzzy, phrase
 * and synonym matches are all marked.
 */
final class Highlighting {

    static final int PASSAGE_LENGTH = 160;
    private static final String[] FIELDS = {Fields.TITLE, Fields.TEXT};

    private Highlighting() {
    }

    /**
     * Title and text snippets of each document, in the order of {@code docIds}; {@code titles} and {@code texts} are
     * the stored title and text of each, read by the caller with the other stored fields it needs (one read of each
     * document instead of two).
     */
    static List<Snippet[]> snippets(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, String[] titles, String[] texts)
            throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        Map<Integer, String[]> stored = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            stored.put(docIds[i], new String[] {titles[i], texts[i]});
        }
        Highlighter highlighter = new Highlighter(stored, UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(field -> true)
                // term by term, not Weight.matches(): a required clause on another field (type:casestudy) would stop
                // every match in the text from being marked
                .withWeightMatches(false)
                .withScorer(new LeanPassageScorer())
                .withFormatter(new SnippetFormatter())
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(1));
        Map<String, Object[]> byField = highlighter.highlight(FIELDS, query, docIds, new int[] {1, 1});
        Object[] titleSnippets = byField.get(Fields.TITLE);
        Object[] textSnippets = byField.get(Fields.TEXT);
        List<Snippet[]> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            out.add(new Snippet[] {asSnippet(titleSnippets[i]), asSnippet(textSnippets[i])});
        }
        return out;
    }

    private static Snippet asSnippet(Object o) {
        return o instanceof Snippet s ? s : Snippet.plain(o == null ? "" : o.toString());
    }

    /**
     * Lucene's passage score, the same number computed the same way (BM25 over the passage's distinct terms in the
     * order they first match, times the norm of where it starts), without the {@code BytesRefHash} Lucene's scorer
     * makes for every passage it scores: its 32 kB block per passage was half of everything a query allocated
     * (JFR allocation samples of the search benchmark), and the collections it caused made the slowest queries.
     */
    static final class LeanPassageScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            int[] firstMatch = new int[matches];
            int[] inPassage = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                int term = -1;
                for (int d = 0; d < distinct; d++) {
                    if (terms[firstMatch[d]].bytesEquals(terms[i])) {
                        term = d;
                        break;
                    }
                }
                if (term < 0) {
                    term = distinct++;
                    firstMatch[term] = i;
                }
                inPassage[term]++;
            }
            double score = 0;
            for (int d = 0; d < distinct; d++) {
                score += tf(inPassage[d], passage.getLength()) * weight(contentLength, freqsInDoc[firstMatch[d]]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /** The whole title as one passage; the text in passages of about {@value #PASSAGE_LENGTH} characters. */
    private static final class Highlighter extends UnifiedHighlighter {
        /** Never iterated itself, only cloned. */
        private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.UK);

        /** Title and text by document id, read by the caller. */
        private final Map<Integer, String[]> stored;

        Highlighter(Map<Integer, String[]> stored, Builder builder) {
            super(builder);
            this.stored = stored;
        }

        /**
         * The stored values the caller read, as Lucene's own loading would give them: cut to the maximum length,
         * null where a document has none.
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String[] titleAndText = stored.get(doc);
                CharSequence[] byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String value = Fields.TITLE.equals(fields[f]) ? titleAndText[0] : Fields.TEXT.equals(fields[f]) ? titleAndText[1] : null;
                    byField[f] = value == null ? null : value.substring(0, Math.min(getMaxLength(), value.length()));
                }
                values.add(byField);
            }
            return values;
        }

        /** Words from the postings through {@link LeafPostings}: looked up once per segment, not per document. */
        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
            return offsetSource == OffsetSource.POSTINGS ? new LeafPostings(components) : super.getOffsetStrategy(offsetSource, components);
        }

        /** The query's fuzzy, prefix and wildcard patterns, made once for both fields (see {@link #getAutomata}). */
        private LabelledCharArrayMatcher[] automata;

        /**
         * Every field is highlighted with the query words of every field and the same flags, so the patterns are the
         * same for title and text: build them once (a fuzzy word's Levenshtein automaton is costly to make).
         */
        @Override
        protected LabelledCharArrayMatcher[] getAutomata(String field, Query query, Set<HighlightFlag> flags) {
            if (automata == null) {
                automata = super.getAutomata(field, query, flags);
            }
            return automata;
        }

        /** Phrase matches through {@link LeafSpans}: Lucene's span highlighting, prepared once per segment. */
        @Override
        protected PhraseHelper getPhraseHelper(String field, Query query, Set<HighlightFlag> flags) {
            if (flags.contains(HighlightFlag.WEIGHT_MATCHES) || !flags.contains(HighlightFlag.PHRASES)) {
                return super.getPhraseHelper(field, query, flags);
            }
            return new LeafSpans(query, field, getFieldMatcher(field), this::requiresRewrite, this::preSpanQueryRewrite,
                    !flags.contains(HighlightFlag.MULTI_TERM_QUERY));
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (Fields.TITLE.equals(field)) {
                return new WholeBreakIterator();
            }
            // a copy of one prototype: making a sentence iterator anew costs more than the rest of a snippet
            return LengthGoalBreakIterator.createClosestToLength((BreakIterator) SENTENCES.clone(), PASSAGE_LENGTH, 0.33f);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Passages as {@link Snippet}s: "…" where the passage does not reach the start or end of the text. */
    static final class SnippetFormatter extends PassageFormatter {
        private static final String ELLIPSIS = "…";

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return Snippet.plain("");
            }
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = Math.min(passage.getEndOffset(), content.length());
            StringBuilder text = new StringBuilder();
            int shift = -start;
            if (start > 0) {
                text.append(ELLIPSIS);
                shift += ELLIPSIS.length();
            }
            String body = content.substring(start, end).stripTrailing().replace('\n', ' ');
            text.append(body);
            if (start + body.length() < content.length()) {
                text.append(ELLIPSIS);
            }
            List<Snippet.Span> spans = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int s = Math.max(passage.getMatchStarts()[i], start);
                int e = Math.min(passage.getMatchEnds()[i], start + body.length());
                if (e <= s) {
                    continue;
                }
                int from = s + shift;
                int to = e + shift;
                if (from < last) { // overlapping matches (a word and its synonym phrase): merge
                    Snippet.Span previous = spans.remove(spans.size() - 1);
                    from = previous.start();
                    to = Math.max(to, previous.end());
                }
                spans.add(new Snippet.Span(from, to));
                last = to;
            }
            return new Snippet(text.toString(), spans);
        }
    }
}
