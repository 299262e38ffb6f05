package org.bridgework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written word scanner counts exactly what the word rule's regular expression matches. */
class InlineTextWordCountTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    private static int byRegex(String text) {
        Matcher m = WORD.matcher(InlineText.plain(text));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Test
    void sameAsTheRegularExpressionOnAwkwardText() {
        String[] samples = {"", "  ", "don't stop", "e.g. a 24-hour, ½ day", "end.", "a--b", "a.-b", "'quoted'", "x’s", "3.5 GHz",
                "CMHT-led [@uuk2020, p. 4] and [roles](#ch-roles).", "Ünïcödé wörds — 和字 ١٢٣", "*em* _u_ `code`", "-lead trail-",
                "a.b.c.d", "tab\tsep\nnew line"};
        for (String sample : samples) {
            assertEquals(byRegex(sample), InlineText.wordCount(sample), sample);
        }
    }

    @Test
    void sameAsTheRegularExpressionOnRandomText() {
        String alphabet = "ab Z9'’.-,;: *_[]()#@é½\t\n";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byRegex(text.toString()), InlineText.wordCount(text.toString()), text.toString());
        }
    }
}
