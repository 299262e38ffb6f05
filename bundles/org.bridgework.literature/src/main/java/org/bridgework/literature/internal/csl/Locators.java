package org.bridgework.literature.internal.csl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLLabel;

/**
 * Pandoc's reading of a citation's locator text ({@code p. 4}, {@code pp. 4-6}, {@code chap. 2}, {@code 12}):
 * a label term, the locator value, and whatever follows as a suffix ({@code p. 4, emphasis added}).
 */
final class Locators {

    record Locator(CSLLabel label, String value, String suffix) {
    }

    private static final Map<String, CSLLabel> TERMS = new LinkedHashMap<>();

    static {
        for (String t : new String[] {"p.", "pp.", "page", "pages", "pg.", "pgs."}) {
            TERMS.put(t, CSLLabel.PAGE);
        }
        for (String t : new String[] {"chap.", "chaps.", "ch.", "chapter", "chapters"}) {
            TERMS.put(t, CSLLabel.CHAPTER);
        }
        for (String t : new String[] {"sec.", "secs.", "section", "sections", "§", "§§"}) {
            TERMS.put(t, CSLLabel.SECTION);
        }
        for (String t : new String[] {"para.", "paras.", "paragraph", "paragraphs", "¶", "¶¶"}) {
            TERMS.put(t, CSLLabel.PARAGRAPH);
        }
        for (String t : new String[] {"fig.", "figs.", "figure", "figures"}) {
            TERMS.put(t, CSLLabel.FIGURE);
        }
        for (String t : new String[] {"vol.", "vols.", "volume", "volumes"}) {
            TERMS.put(t, CSLLabel.VOLUME);
        }
        for (String t : new String[] {"l.", "ll.", "line", "lines"}) {
            TERMS.put(t, CSLLabel.LINE);
        }
        for (String t : new String[] {"n.", "nn.", "note", "notes"}) {
            TERMS.put(t, CSLLabel.NOTE);
        }
        for (String t : new String[] {"col.", "cols.", "column", "columns"}) {
            TERMS.put(t, CSLLabel.COLUMN);
        }
        for (String t : new String[] {"pt.", "pts.", "part", "parts"}) {
            TERMS.put(t, CSLLabel.PART);
        }
        for (String t : new String[] {"bk.", "bks.", "book", "books"}) {
            TERMS.put(t, CSLLabel.BOOK);
        }
        for (String t : new String[] {"no.", "nos.", "issue", "issues"}) {
            TERMS.put(t, CSLLabel.ISSUE);
        }
        for (String t : new String[] {"v.", "vv.", "verse", "verses"}) {
            TERMS.put(t, CSLLabel.VERSE);
        }
        TERMS.put("s.v.", CSLLabel.SUB_VERBO);
        TERMS.put("s.vv.", CSLLabel.SUB_VERBO);
    }

    /** A value: digits, roman numerals or letters with digits, ranges and lists ({@code 4-6, 9}). */
    private static final Pattern VALUE = Pattern.compile(
            "^([\\p{L}]?\\d[\\p{L}\\d]*|[ivxlcdmIVXLCDM]+)(\\s*[-–—]+\\s*([\\p{L}]?\\d[\\p{L}\\d]*|[ivxlcdmIVXLCDM]+)|\\s*,\\s*(?=[\\p{L}]?\\d)([\\p{L}]?\\d[\\p{L}\\d]*))*");

    private Locators() {
    }

    /** {@code null} when {@code text} is empty. A text that is no locator becomes a suffix. */
    static Locator parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        CSLLabel label = null;
        String rest = t;
        String lower = t.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, CSLLabel> e : TERMS.entrySet()) {
            String term = e.getKey();
            if (lower.startsWith(term) && (term.endsWith(".") || term.startsWith("§") || term.startsWith("¶")
                    || lower.length() == term.length() || !Character.isLetter(lower.charAt(term.length())))) {
                label = e.getValue();
                rest = t.substring(term.length()).strip();
                break;
            }
        }
        Matcher m = VALUE.matcher(rest);
        if (m.find() && m.end() > 0) {
            String value = rest.substring(0, m.end()).strip();
            String suffix = rest.substring(m.end()).strip();
            if (!suffix.isEmpty() && !suffix.startsWith(",")) {
                suffix = " " + suffix;
            }
            return new Locator(label == null ? CSLLabel.PAGE : label, value, suffix.isEmpty() ? null : suffix);
        }
        if (label != null && !rest.isEmpty()) {
            // a label with a value we do not recognise ("chap. two"): keep the value as written
            return new Locator(label, rest, null);
        }
        return new Locator(null, null, ", " + t);
    }
}
