package org.bridgework.ui.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.drafting.api.Finding;

/**
 * Where in a block's text a finding is, for the editor's squiggles. The checks report the block, not a character
 * range, and quote what they found in their message: the sentence ({@code "..."}, plain text, shortened) and the word,
 * term or phrase concerned ({@code '...'}). This finds those quotes in the raw text; when nothing matches, the whole
 * first line is marked so the finding stays visible.
 */
final class FindingRanges {

    /** A character range {@code [start, end)}. */
    record Range(int start, int end) {
    }

    private static final Pattern DOUBLE = Pattern.compile("\"([^\"]{3,})\"");
    private static final Pattern SINGLE = Pattern.compile("(?<![\\p{L}])'([^']{1,80})'(?![\\p{L}])");

    private FindingRanges() {
    }

    static Range locate(Finding finding, String text) {
        if (text == null || text.isEmpty()) {
            return new Range(0, 0);
        }
        String message = finding.problem().message();
        String code = finding.problem().code();
        Range sentence = null;
        Matcher d = DOUBLE.matcher(message);
        if (d.find()) {
            sentence = sentence(d.group(1), text);
        }
        boolean sentenceCheck = "long-sentence".equals(code) || "claim-without-citation".equals(code);
        if (!sentenceCheck) {
            List<String> quoted = new ArrayList<>();
            Matcher s = SINGLE.matcher(message);
            while (s.find()) {
                quoted.add(s.group(1));
            }
            // the first quote after "the section" is the section's heading: try the others first, then it
            String lower = text.toLowerCase(Locale.ROOT);
            for (String q : quoted) {
                if (message.contains("section '" + q + "'")) {
                    continue;
                }
                int from = sentence == null ? 0 : sentence.start();
                int at = lower.indexOf(q.toLowerCase(Locale.ROOT), from);
                if (at < 0) {
                    at = lower.indexOf(q.toLowerCase(Locale.ROOT));
                }
                if (at >= 0) {
                    return new Range(at, at + q.length());
                }
            }
        }
        if (sentence != null) {
            return sentence;
        }
        int line = text.indexOf('\n');
        return new Range(0, line < 0 ? text.length() : line);
    }

    /** The quoted (plain, possibly shortened with "...") sentence in the raw text: matched on its first words. */
    private static Range sentence(String quote, String text) {
        String q = quote.endsWith("...") ? quote.substring(0, quote.length() - 3).strip() : quote;
        for (int len = Math.min(q.length(), 40); len >= 8; len -= 8) {
            int at = text.indexOf(q.substring(0, len));
            if (at >= 0) {
                int end = sentenceEnd(text, at, q.length());
                return new Range(at, end);
            }
        }
        return null;
    }

    private static int sentenceEnd(String text, int start, int atLeast) {
        int i = Math.min(text.length(), start + Math.max(1, atLeast - 1));
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return c == '\n' ? i : i + 1;
            }
            i++;
        }
        return text.length();
    }
}
