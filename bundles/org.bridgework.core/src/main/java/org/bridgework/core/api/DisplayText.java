package org.bridgework.core.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * How values are shown to people, one way in the command line, the workbench and the documents: dates in the en-GB
 * long form ("7 December 2026"), enumeration values by their words ("in progress", not {@code IN_PROGRESS} or
 * {@code in-progress}), straight quotes as typographic ones ({@link #quotes(String)}).
 *
 * @since 1.2
 */
public final class DisplayText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisplayText() {
    }

    /** "7 December 2026"; an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An enumeration value in words: its literal with hyphens as spaces ({@code nhs-trust} becomes "nhs trust"). */
    public static String words(Enumerator value) {
        return value == null ? "" : value.getLiteral().replace('-', ' ').replace('_', ' ');
    }

    /** Straight quotes made typographic, as the assembled documents show them ("partners' 'local note'" to partners’ ‘local note’). @since 1.7 */
    public static String quotes(String s) {
        return quotes(s, ' ');
    }

    /**
     * Straight quotes made typographic, the quote at the start decided as if {@code before} came before it. A quote opens after a space, an opening bracket or dash, or another opening
     * quote (or at the start); otherwise it closes, which also makes every apostrophe (partners’, don’t) right.
     */
    public static String quotes(String s, char before) {
        if (s == null || (s.indexOf('\'') < 0 && s.indexOf('"') < 0)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        char prev = before;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                boolean opens = opensAfter(prev);
                if (c == '\'' && opens && i + 1 < s.length() && elision(s, i + 1)) {
                    opens = false; // ’90s, ’til: an apostrophe even after a space
                }
                if (opens && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                    opens = false; // a space follows: it closes what came before
                }
                c = c == '\'' ? (opens ? '‘' : '’') : (opens ? '“' : '”');
            }
            b.append(c);
            prev = c;
        }
        return b.toString();
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '–' || prev == '—'
                || prev == '/' || prev == '‘' || prev == '“' || prev == '\u00a0';
    }

    private static boolean elision(String s, int from) {
        return (from + 2 < s.length() && Character.isDigit(s.charAt(from)) && Character.isDigit(s.charAt(from + 1)) && s.charAt(from + 2) == 's')
                || s.startsWith("til ", from) || s.startsWith("em ", from);
    }
}
