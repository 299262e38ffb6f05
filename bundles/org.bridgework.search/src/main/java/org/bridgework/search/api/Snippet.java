package org.bridgework.search.api;

import java.util.List;

/**
 * A piece of text with the query's matches in it.
 *
 * @param text    the text (a passage may start or end with "…" where it was cut)
 * @param matches the character ranges of the matches in {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Span> matches) {

    public Snippet {
        text = text == null ? "" : text;
        matches = List.copyOf(matches);
    }

    /** A snippet with no match. */
    public static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }

    /** The text with every match between {@code open} and {@code close}, for example {@code **} and {@code **}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
        int at = 0;
        for (Span span : matches) {
            out.append(text, at, span.start()).append(open).append(text, span.start(), span.end()).append(close);
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** A match: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}
