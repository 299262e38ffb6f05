package org.bridgework.model.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link Derived#wordCount(String)} skips the passes whose pattern cannot match and counts words without a regular
 * expression: it must count exactly what the all-regex version (kept here as the reference) counted, on any text.
 */
class WordCountEquivalenceTest {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern CITATION_GROUP = Pattern.compile("\\[[^\\[\\]]*-?@[^\\[\\]]*\\]");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:\\d+[.)]|[-*+])\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>\\s]+>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    /** The word count as it was: every pass, then the words by a regular expression. */
    static int reference(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        String text = IMAGE.matcher(markdown).replaceAll(" ");
        text = LINK.matcher(text).replaceAll("$1");
        text = CITATION_GROUP.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = LIST_MARKER.matcher(text).replaceAll("");
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
        }
        return words;
    }

    private static final String[] PIECES = {"word", "Care", "e", "g", "don", "1", "24", "3", ".", ". ", "-", "- ", "'", "’", " ", "  ",
            "\n", "\n1. ", "\n2) ", "\n- ", "\n* ", "+ ", "[", "]", "(", ")", "](#x)", "![alt](p.png)", "[@key]", "[see @a, p. 4; @b]",
            "@", "<b>", "<", ">", "é", "²", "Ⅻ", "٣", "\t", "*", "_", "`", ",", ";", ":", "ſ", "İ", "\uD835\uDC00", "TODO"};

    @Test
    void countsExactlyWhatTheRegularExpressionsCounted() {
        Random random = new Random(20261207);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(24);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            assertEquals(reference(t), Derived.wordCount(t), () -> "words of \"" + t.replace("\n", "\\n") + "\"");
        }
        assertEquals(0, Derived.wordCount((String) null));
        assertEquals(3, Derived.wordCount("1. One well-known\n2. thing"));
        assertEquals(reference("1. One well-known\n2. thing"), Derived.wordCount("1. One well-known\n2. thing"));
    }
}
