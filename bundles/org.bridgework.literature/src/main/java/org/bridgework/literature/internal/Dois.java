package org.bridgework.literature.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DOIs as people and tools write them ({@code doi:10.1/x}, {@code https://doi.org/10.1/x}) reduced to {@code 10.1/x}. */
public final class Dois {

    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");

    private Dois() {
    }

    /** The bare DOI ({@code 10.xxxx/...}), or {@code null} when {@code text} holds none. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DOI.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        String doi = m.group(1);
        // trailing punctuation is never part of a DOI as written in prose or exported by tools
        while (!doi.isEmpty() && ".,;)]}>\"'".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi;
    }

    /** For comparing: DOIs are case-insensitive. */
    public static String key(String text) {
        String doi = normalise(text);
        return doi == null ? null : doi.toLowerCase(Locale.ROOT);
    }
}
