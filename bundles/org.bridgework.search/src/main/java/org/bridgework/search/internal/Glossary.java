package org.bridgework.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Term;

/**
 * The glossary as search synonyms: each term with an expansion ({@code CMHT} / "community mental health team") maps
 * both ways, and the glossary's acronyms are protected from the stemmer.
 * <p>
 * Applied at <b>query time</b>, not index time, because:
 * <ul>
 * <li>the glossary is edited while drafting: an added or changed acronym works at once, with no re-indexing of
 * every element that uses it (the index never depends on the glossary);</li>
 * <li>the expansions are several words: Lucene cannot index the graph {@code SynonymGraphFilter} makes (flattening it
 * breaks phrase queries), while at query time the query parser turns the graph into exact alternatives
 * ({@code cmht OR "community mental health team"});</li>
 * <li>it keeps the index smaller and scoring honest (no injected terms in document statistics).</li>
 * </ul>
 * The cost is a slightly larger query, which is negligible next to the rest.
 */
final class Glossary {

    static final Glossary EMPTY = new Glossary(List.of());

    /** A glossary entry as plain strings (copied from the model on its thread). */
    record Entry(String term, String expansion) {
    }

    private final List<Entry> entries;
    private final SynonymMap synonyms;
    private final CharArraySet protectedWords;

    Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        CharArraySet words = new CharArraySet(16, false);
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        int rules = 0;
        for (Entry entry : this.entries) {
            Analysed term = analyse(entry.term());
            if (term.words.isEmpty()) {
                continue;
            }
            if (term.words.size() == 1 && term.acronym) {
                words.add(term.words.get(0));
            }
            if (entry.expansion() == null || entry.expansion().isBlank()) {
                continue;
            }
            Analysed expansion = analyse(entry.expansion());
            if (expansion.words.isEmpty() || expansion.words.equals(term.words)) {
                continue;
            }
            CharsRef from = SynonymMap.Builder.join(term.words.toArray(String[]::new), new CharsRefBuilder());
            CharsRef to = SynonymMap.Builder.join(expansion.words.toArray(String[]::new), new CharsRefBuilder());
            builder.add(from, to, true);
            builder.add(to, from, true);
            rules++;
        }
        this.protectedWords = CharArraySet.unmodifiableSet(words);
        try {
            this.synonyms = rules == 0 ? null : builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glossary of a project (call on the thread owning the model). */
    static Glossary of(GuidanceProject project) {
        List<Entry> entries = new ArrayList<>();
        for (Term term : project.getTerms()) {
            if (term.getTerm() != null && !term.getTerm().isBlank()) {
                entries.add(new Entry(term.getTerm(), term.getExpansion()));
            }
        }
        return new Glossary(entries);
    }

    /** The synonym map, or null when no term has an expansion. */
    SynonymMap synonyms() {
        return synonyms;
    }

    /** The glossary's one-word acronyms, as the index holds them (lower case, no plural s). */
    CharArraySet protectedWords() {
        return protectedWords;
    }

    List<Entry> entries() {
        return entries;
    }

    private record Analysed(List<String> words, boolean acronym) {
    }

    private static Analysed analyse(String text) {
        List<String> words = new ArrayList<>();
        boolean acronym = false;
        StandardTokenizer source = new StandardTokenizer();
        source.setReader(new StringReader(text));
        try (TokenStream stream = Analysis.beforeSynonyms(source)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
                acronym = keyword.isKeyword();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Analysed(words, acronym);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glossary g && g.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }
}
