package org.bridgework.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.core.api.CitationService.CiteItem;

/**
 * The inline text of blocks: a small Markdown subset with pandoc-style citations ({@code [@key]},
 * {@code [@key, p. 4]}, {@code [see @a; @b]}) and element references written as Markdown links to an id
 * ({@code [the roles challenge](#ch-roles)}). One parser for assembly, checks and search.
 */
public final class InlineText {

    private static final Pattern CLUSTER = Pattern.compile("\\[([^\\[\\]]*?-?@[\\p{L}\\p{N}_][^\\[\\]]*)\\](?!\\()");
    private static final Pattern ITEM = Pattern.compile("^(.*?)-?@([\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*?)(?:,\\s*(.*))?$", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("\\[([^\\[\\]]+)\\]\\(#([\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+([.,;:])");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private InlineText() {
    }

    /** A citation cluster found in text: its character range and the cited items. */
    public record Cluster(int start, int end, List<CiteItem> items) {
    }

    /** A reference to a model element: its character range, the link text and the target id. */
    public record Reference(int start, int end, String text, String targetId) {
    }

    public static List<Cluster> citations(String text) {
        List<Cluster> clusters = new ArrayList<>();
        if (text == null || text.indexOf('@') < 0) {
            return clusters;
        }
        Matcher m = CLUSTER.matcher(text);
        while (m.find()) {
            List<CiteItem> items = new ArrayList<>();
            for (String part : m.group(1).split(";")) {
                Matcher item = ITEM.matcher(part.strip());
                if (item.matches()) {
                    String prefix = item.group(1).strip();
                    String locator = item.group(3) == null ? null : item.group(3).strip();
                    items.add(new CiteItem(item.group(2), locator == null || locator.isEmpty() ? null : locator,
                            prefix.isEmpty() ? null : prefix, null));
                }
            }
            if (!items.isEmpty()) {
                clusters.add(new Cluster(m.start(), m.end(), List.copyOf(items)));
            }
        }
        return clusters;
    }

    public static List<Reference> references(String text) {
        List<Reference> references = new ArrayList<>();
        if (text == null || !text.contains("](#")) {
            return references;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            references.add(new Reference(m.start(), m.end(), m.group(1), m.group(2)));
        }
        return references;
    }

    /** The text as a reader sees it: citations removed, references reduced to their link text, Markdown marks dropped. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        // the checks before each pass only skip work: texts without '@', "](#" or marks come out the same
        String withoutCitations = text.indexOf('@') < 0 ? text : CLUSTER.matcher(text).replaceAll("");
        String withoutLinks = withoutCitations.contains("](#") ? REFERENCE.matcher(withoutCitations).replaceAll("$1") : withoutCitations;
        String withoutMarks = hasAny(withoutLinks, "*_`") ? EMPHASIS.matcher(withoutLinks).replaceAll("") : withoutLinks;
        String tidied = hasSpaceBeforePunctuation(withoutMarks) ? SPACE_BEFORE_PUNCTUATION.matcher(withoutMarks).replaceAll("$1") : withoutMarks;
        return (tidied.contains("  ") || tidied.indexOf('\t') >= 0 ? SPACES.matcher(tidied).replaceAll(" ") : tidied).strip();
    }

    /**
     * Words a reader reads (citation markup is not counted): runs of letters and digits, joined into one word by a single
     * apostrophe, full stop or hyphen between them ({@code don't}, {@code e.g}, {@code 24-hour}).
     */
    public static int wordCount(String text) {
        return org.bridgework.model.derive.Derived.countWords(plain(text));
    }

    private static boolean hasSpaceBeforePunctuation(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ',' || c == ';' || c == ':') && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
