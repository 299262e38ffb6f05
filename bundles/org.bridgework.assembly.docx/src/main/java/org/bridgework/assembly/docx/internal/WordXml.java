package org.bridgework.assembly.docx.internal;

/**
 * Text and attribute values as WordprocessingML carries them: characters XML 1.0 cannot hold are dropped, markup
 * characters escaped. The parts are written as text by the classes of this package (no XML library: the document is
 * small, its shape fixed, and POI's schema types took longer to load than the whole document takes to write).
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    /** The declaration every Word part starts with (as Word and POI write it). */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String DECLARATION_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private WordXml() {
    }

    /** Appends {@code s} as element text: cleaned, with {@code &}, {@code <} and {@code >} escaped. */
    static StringBuilder text(StringBuilder out, String s) {
        return escape(out, s, false);
    }

    /** Appends {@code s} as an attribute value in double quotes (the quotes not included). */
    static StringBuilder attr(StringBuilder out, String s) {
        return escape(out, s, true);
    }

    private static StringBuilder escape(StringBuilder out, String s, boolean attribute) {
        s = clean(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // a parser turns a literal line feed or tab in an attribute into a space: kept as references there
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** {@code s} escaped as an attribute value. */
    static String attr(String s) {
        return attr(new StringBuilder(s.length() + 16), s).toString();
    }

    /** An empty element with one {@code w:val} attribute: {@code <w:NAME w:val="VALUE"/>}. */
    static String val(String name, String value) {
        return "<w:" + name + " w:val=\"" + attr(value) + "\"/>";
    }

    /** Removes characters XML 1.0 cannot carry (controls other than tab and line feed, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok || c == '\r') {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                continue;
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
