package org.bridgework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@link InlineText#plain} tidies spaces before punctuation only where there are some: the same text as always tidying. */
class InlineTextPlainEquivalenceTest {

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+([.,;:])");
    private static final String[] PIECES = {"word", " ", "  ", "\t", ".", ",", ";", ":", " .", "\t,", "[@key]", "[see @a; @b]", "[link](#id)",
            "*", "_", "`", "\n", "é", "@"};

    @Test
    void plainTextIsTheSameAsWithTheTidyingPassAlwaysRun() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(16); i < n; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            String plain = InlineText.plain(t);
            // tidying a text that has been tidied changes nothing: so if the pass was skipped, it had nothing to do
            assertEquals(SPACE_BEFORE_PUNCTUATION.matcher(plain).replaceAll("$1").strip(), plain, () -> "plain of \"" + t + "\"");
        }
    }
}
