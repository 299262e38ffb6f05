package org.bridgework.assembly.docx.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word bookmark names for document anchors. Word accepts only letters, digits and underscores, starting with a
 * letter, at most 40 characters (a name starting with an underscore is hidden): anchors such as
 * {@code sec-partnership-models} are mapped to {@code sec_partnership_models}, shortened and numbered when needed so
 * that different anchors never share a name. The mapping depends only on the order anchors are first asked for, which
 * is document order: the same document always gives the same names.
 */
final class Bookmarks {
    static final int MAX_LENGTH = 40;

    private final Map<String, String> names = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private long nextId;

    /** The bookmark name for an anchor, assigned on first use. */
    String name(String anchor) {
        return names.computeIfAbsent(anchor, this::assign);
    }

    boolean known(String anchor) {
        return names.containsKey(anchor);
    }

    /** A new bookmark id (w:id), unique in the document. */
    long nextId() {
        return nextId++;
    }

    private String assign(String anchor) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < anchor.length(); i++) {
            char c = anchor.charAt(i);
            b.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        if (b.isEmpty() || !Character.isLetter(b.charAt(0))) {
            b.insert(0, 'b');
        }
        String base = b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH) : b.toString();
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "_" + n;
            name = (base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
