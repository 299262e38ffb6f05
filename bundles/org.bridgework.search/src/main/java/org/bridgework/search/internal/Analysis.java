package org.bridgework.search.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Bridgework's analysers. English text is analysed like Lucene's {@code EnglishAnalyzer} (standard tokenizer,
 * possessives, lower case, Porter stemming) with three differences:
 * <ul>
 * <li>no stop words: guidance is searched for phrases such as "Office for Students", and BM25 already gives "the"
 * almost no weight;</li>
 * <li>acronyms are not stemmed ({@link AcronymFilter});</li>
 * <li>accents are folded (ASCII).</li>
 * </ul>
 * The glossary's synonyms are applied at query time only ({@link Glossary}): see there for why.
 */
final class Analysis {

    private static final Pattern NORMALISE = Pattern.compile("[\\s_\\-]+");

    private Analysis() {
    }

    /** What documents are indexed with: text fields stemmed, {@code exact} not stemmed, keyword fields normalised. */
    static Analyzer index() {
        return new PerField(new Text(Mode.INDEX, null, null), new Text(Mode.EXACT, null, null), new Keyword());
    }

    /** What queries are analysed with: the index chain plus the glossary's synonyms and stem variants. */
    static Analyzer query(Glossary glossary) {
        return new PerField(new Text(Mode.QUERY, glossary.synonyms(), glossary.protectedWords()), new Text(Mode.EXACT, null, null),
                new Keyword());
    }

    /**
     * What stored text is re-analysed with to place highlights: the index chain, but every stemmable word also as
     * typed, so that matches of the stemmed and the unstemmed (exact) fields are found.
     */
    static Analyzer highlight() {
        return new PerField(new Text(Mode.HIGHLIGHT, null, null), new Text(Mode.EXACT, null, null), new Keyword());
    }

    /** Normalises a keyword value as the keyword fields are indexed ({@code Case-Study} → {@code casestudy}). */
    static String normaliseKeyword(String value) {
        return NORMALISE.matcher(foldLower(value)).replaceAll("");
    }

    private static String foldLower(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        char[] out = new char[lower.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return new String(out, 0, n);
    }

    enum Mode {
        /** Stemmed, acronyms protected. */
        INDEX,
        /** As INDEX, plus synonyms, glossary acronyms protected, each stemmable word also unstemmed. */
        QUERY,
        /** As INDEX, each stemmable word also unstemmed (for the highlighter). */
        HIGHLIGHT,
        /** Not stemmed. */
        EXACT
    }

    /** The chain up to the synonym filter: what glossary entries are analysed with to build the synonym map. */
    static TokenStream beforeSynonyms(Tokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new AcronymFilter(stream);
        stream = new LowerCaseFilter(stream);
        return new ASCIIFoldingFilter(stream);
    }

    static final class Text extends Analyzer {
        private final Mode mode;
        private final SynonymMap synonyms;
        private final CharArraySet protectedWords;

        Text(Mode mode, SynonymMap synonyms, CharArraySet protectedWords) {
            this.mode = mode;
            this.synonyms = synonyms;
            this.protectedWords = protectedWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            if (mode == Mode.EXACT) {
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
            TokenStream stream = beforeSynonyms(source);
            if (mode == Mode.QUERY) {
                if (synonyms != null && synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                if (protectedWords != null && !protectedWords.isEmpty()) {
                    stream = new SetKeywordMarkerFilter(stream, protectedWords);
                }
            }
            if (mode == Mode.QUERY || mode == Mode.HIGHLIGHT) {
                stream = new StemVariantsFilter(stream);
            }
            stream = new PorterStemFilter(stream);
            if (mode == Mode.QUERY || mode == Mode.HIGHLIGHT) {
                stream = new RemoveDuplicatesTokenFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** One token per value, lower case, folded, without spaces, hyphens or underscores. */
    static final class Keyword extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, normalize(fieldName, source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new PatternReplaceFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)), NORMALISE, "", true);
        }
    }

    /** Text analyser for the text fields, exact for {@code exact}, keyword for the keyword fields. */
    static final class PerField extends DelegatingAnalyzerWrapper {
        private final Map<String, Analyzer> byField = new HashMap<>();
        private final Analyzer text;

        PerField(Analyzer text, Analyzer exact, Analyzer keyword) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.text = text;
            byField.put(Fields.EXACT, exact);
            for (String field : Fields.KEYWORD_FIELDS) {
                byField.put(field, keyword);
            }
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return byField.getOrDefault(fieldName, text);
        }
    }
}
