package org.bridgework.drafting.internal.release;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The quick test before the placeholder pattern never skips a text the pattern finds something in. */
class PlaceholderQuickTestTest {

    private static final String[] PIECES = {"To Be ", "to be ", "TO BE ", "verified", "Confirmed", "completed locally", "TBC", "tbc", "TBD", "TBA",
            "TODO", "todo", "FIXME", "XXX", "xxx", "Lorem", "LOREM ipsum", " ", ".", "word", "(", "\n", "é", "be", "to", "TB"};

    @Test
    void neverSkipsATextThePatternMatches() {
        Random random = new Random(11);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            if (PlaceholderTextRule.PLACEHOLDERS.matcher(t).find()) {
                matched++;
                assertTrue(PlaceholderTextRule.mayHoldPlaceholder(t), () -> "skipped \"" + t + "\"");
            }
        }
        assertTrue(matched > 1000, "the texts exercise the pattern");
        assertFalse(PlaceholderTextRule.mayHoldPlaceholder("Agree who leads the partnership and review it yearly."));
    }
}
