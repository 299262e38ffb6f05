package org.bridgework.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Query side: every token the stemmer may change is sent twice at the same position, once protected (as typed) and
 * once to be stemmed, so {@code nhs} typed in lower case still finds the acronym {@code NHS} (indexed unstemmed) as
 * well as stemmed words. Protected tokens (acronyms, glossary terms) pass once. Like Lucene's
 * {@code KeywordRepeatFilter}, but it never un-protects a keyword; follow the stemmer with
 * {@code RemoveDuplicatesTokenFilter}.
 */
final class StemVariantsFilter extends TokenFilter {

    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pending;

    StemVariantsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            keyword.setKeyword(false);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            pending = captureState();
            keyword.setKeyword(true);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
