package org.bridgework.search.internal;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Offsets of the query's words from the postings (offsets are indexed for title and text), looked up once per segment
 * and highlighted field instead of once per highlighted document.
 * <p>
 * Lucene's strategy seeks every query word in the term dictionary and opens its postings anew for each document; the
 * unified highlighter visits the documents of one field in ascending order, so the postings of a word are opened once
 * per segment and advanced from one document to the next, which gives the same offsets. Phrases ({@link LeafSpans})
 * and patterns (fuzzy, prefix: those are highlighted by re-analysis, not here) are as before.
 */
final class LeafPostings extends PostingsOffsetStrategy {

    /** The segment's terms of the field the postings below come from, and the last document asked for. */
    private Terms terms;
    private int lastDoc = -1;
    private BytesRef[] words;
    /** Per word: its postings in the segment, null when the segment lacks the word; not yet looked up when not done. */
    private PostingsEnum[] postings;
    private boolean[] done;

    LeafPostings(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results) throws IOException {
        if (termsIndex != terms || doc <= lastDoc || !java.util.Arrays.equals(sourceTerms, words)) { // (a phrase query's words come in a new array each time)
            terms = termsIndex;
            words = sourceTerms;
            postings = new PostingsEnum[sourceTerms.length];
            done = new boolean[sourceTerms.length];
        }
        lastDoc = doc;
        TermsEnum termsEnum = null;
        for (int i = 0; i < sourceTerms.length; i++) {
            if (!done[i]) {
                done[i] = true;
                termsEnum = termsEnum == null ? termsIndex.iterator() : termsEnum;
                if (termsEnum.seekExact(sourceTerms[i])) {
                    postings[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
                    if (postings[i] == null) {
                        throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
                    }
                }
            }
            PostingsEnum p = postings[i];
            if (p == null || p.docID() == DocIdSetIterator.NO_MORE_DOCS) {
                continue;
            }
            int at = p.docID() < doc ? p.advance(doc) : p.docID();
            if (at == doc) {
                results.add(new OffsetsEnum.OfPostings(sourceTerms[i], p));
            }
        }
    }
}
