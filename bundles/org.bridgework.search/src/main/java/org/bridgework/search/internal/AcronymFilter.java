package org.bridgework.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps acronyms away from the stemmer: a token of at most {@value #MAX_LENGTH} characters with at least two upper-case
 * letters ({@code NHS}, {@code CMHT}, {@code OfS}, {@code AoC}) is marked as a keyword, and the plural of an all-capitals
 * acronym loses its {@code s} ({@code HEPs} → {@code HEP}, {@code GPs} → {@code GP}). Without this the Porter stemmer
 * turns {@code OfS} into {@code of} and {@code NHS} into {@code nh}. Runs before lower-casing, which it needs.
 */
final class AcronymFilter extends TokenFilter {

    static final int MAX_LENGTH = 8;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    AcronymFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (length < 2 || length > MAX_LENGTH) {
            return true;
        }
        char[] chars = term.buffer();
        int upper = 0;
        for (int i = 0; i < length; i++) {
            if (Character.isUpperCase(chars[i])) {
                upper++;
            }
        }
        if (upper < 2) {
            return true;
        }
        keyword.setKeyword(true);
        if (chars[length - 1] == 's' && upper == length - 1 && length >= 3) {
            term.setLength(length - 1); // HEPs, GPs, ICBs: plural of an acronym
        }
        return true;
    }

    /** True for what this filter marks (before any plural is dropped); used to pick the glossary's acronyms. */
    static boolean isAcronym(CharSequence token) {
        int length = token.length();
        if (length < 2 || length > MAX_LENGTH) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < length; i++) {
            if (Character.isUpperCase(token.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
