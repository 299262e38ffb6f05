package org.bridgework.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.core.api.InlineText;

/** Plain-English arithmetic on inline text: sentences, words, syllables, Flesch scores. Stateless. */
public final class Prose {

    /** A sentence of a text: as written (citations kept) and as read. */
    public record Sentence(String raw, String plain, int words) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "p", "pp", "dr", "mr", "mrs", "ms", "prof",
            "no", "vs", "cf", "st", "fig", "approx", "para", "paras", "ch", "vol");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    private Prose() {
    }

    /**
     * The sentences of one block of inline text. Splits after {@code . ! ?} followed by a space and a capital, digit,
     * quote or bracket, but not inside a citation {@code [@...]} or after a common abbreviation ({@code e.g.}, {@code p.}).
     * A text without final punctuation (a list item) is one sentence.
     */
    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int depth = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '.' || c == '!' || c == '?')) {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '*' || text.charAt(j) == '_' || text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '’' || text.charAt(j) == ')')) {
                    j++;
                }
                if (j >= n) {
                    break;
                }
                if (!Character.isWhitespace(text.charAt(j))) {
                    continue;
                }
                int k = j;
                while (k < n && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k >= n) {
                    break;
                }
                char next = text.charAt(k);
                int m = k;
                while (m < n - 1 && (text.charAt(m) == '*' || text.charAt(m) == '_' || text.charAt(m) == '`')) {
                    m++; // Markdown emphasis opening the next sentence
                }
                char first = text.charAt(m);
                boolean starts = Character.isUpperCase(first) || Character.isDigit(first) || next == '"' || next == '“' || next == '[' || next == '(';
                if (!starts || (c == '.' && abbreviationBefore(text, i))) {
                    continue;
                }
                add(out, text.substring(start, j));
                start = k;
                i = k - 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(text.charAt(s))
                && (s == 0 || Character.isWhitespace(text.charAt(s - 1)))); // an initial ("J. Smith"), not "A&E.
    }

    private static void add(List<Sentence> out, String raw) {
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String plain = InlineText.plain(trimmed);
        int words = InlineText.wordCount(trimmed);
        if (words > 0) {
            out.add(new Sentence(trimmed, plain, words));
        }
    }

    /** The words of a plain text, in order (letters and digits joined by an apostrophe, full stop or hyphen). */
    public static List<String> words(String plain) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Syllables in one English word, by a heuristic: groups of vowels (y counts after the first letter), minus a
     * silent final e (but not -le after a consonant), minus -ed endings that add no syllable, at least one.
     * Numbers and all-capital acronyms count one syllable per character group as read aloud is unknowable: 1 per 2 characters.
     */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return Math.max(1, word.length() / 2);
        }
        if (w.length() <= 3) {
            return 1;
        }
        int count = 0;
        boolean previousVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0 || (c == 'y' && i > 0);
            if (vowel && !previousVowel) {
                count++;
            }
            previousVowel = vowel;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ie") && count > 1) {
            count--; // silent e: "care", "service"
        } else if (w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) >= 0 && count > 1) {
            count--; // "whole", "scale": the e is silent after a vowel
        }
        if (w.endsWith("ed") && w.length() > 3 && count > 1) {
            char before = w.charAt(w.length() - 3);
            if (before != 't' && before != 'd' && "aeiouy".indexOf(before) < 0) {
                count--; // "agreed" stays, "planned" loses one, "needed" keeps its syllable
            }
        }
        if (w.endsWith("es") && w.length() > 3 && count > 1) {
            char before = w.charAt(w.length() - 3);
            if ("sxzgc".indexOf(before) < 0 && !(before == 'h' && (w.endsWith("ches") || w.endsWith("shes")))) {
                count--; // "makes" one syllable, "services" keeps "ces"
            }
        }
        return Math.max(1, count);
    }

    /** Counts for a readability score over several sentences. */
    public record Counts(int sentences, int words, int syllables) {
        /** Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word (higher is easier; 60-70 plain English). */
        public double readingEase() {
            return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
        }

        /** Flesch-Kincaid grade level: 0.39 words/sentence + 11.8 syllables/word - 15.59 (a US school grade). */
        public double grade() {
            return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
        }
    }

    /** Sentence, word and syllable counts of a list of sentences. */
    public static Counts counts(List<Sentence> sentences) {
        int words = 0;
        int syllables = 0;
        for (Sentence s : sentences) {
            for (String w : words(s.plain())) {
                words++;
                syllables += syllables(w);
            }
        }
        return new Counts(sentences.size(), words, syllables);
    }
}
