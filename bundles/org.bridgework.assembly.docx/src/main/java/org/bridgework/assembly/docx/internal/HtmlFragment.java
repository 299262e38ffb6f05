package org.bridgework.assembly.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the small HTML fragments the citation processor writes (citations and bibliography entries: text with
 * {@code <i>}, {@code <b>}, {@code <span style>}, {@code <a href>}, {@code <sup>}, entities) into styled pieces of
 * text. Anything else is reduced to its text. Not a general HTML parser.
 */
final class HtmlFragment {

    /** A piece of text and how it looks; {@code href} is set inside a link. */
    record Piece(String text, boolean italic, boolean bold, boolean smallCaps, boolean superscript, boolean subscript,
            String href) {
    }

    private HtmlFragment() {
    }

    static List<Piece> parse(String html) {
        List<Piece> pieces = new ArrayList<>();
        List<String[]> open = new ArrayList<>(); // {tag, effect}
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    text.append(html, i, html.length());
                    break;
                }
                flush(text, open, pieces);
                String tag = html.substring(i + 1, end).trim();
                i = end + 1;
                if (tag.startsWith("/")) {
                    String name = tag.substring(1).trim().toLowerCase(Locale.ROOT);
                    for (int k = open.size() - 1; k >= 0; k--) {
                        if (open.get(k)[0].equals(name)) {
                            open.remove(k);
                            break;
                        }
                    }
                } else if (!tag.startsWith("!")) {
                    boolean selfClosing = tag.endsWith("/");
                    String body = selfClosing ? tag.substring(0, tag.length() - 1).trim() : tag;
                    int sp = indexOfSpace(body);
                    String name = (sp < 0 ? body : body.substring(0, sp)).toLowerCase(Locale.ROOT);
                    String attrs = sp < 0 ? "" : body.substring(sp);
                    if (name.equals("br")) {
                        text.append('\n');
                    } else if (!selfClosing) {
                        open.add(new String[] {name, effect(name, attrs)});
                    }
                }
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                if (end > i && end - i <= 10) {
                    text.append(entity(html.substring(i + 1, end)));
                    i = end + 1;
                } else {
                    text.append(c);
                    i++;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, open, pieces);
        return pieces;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** What an opening tag does: i, b, c (small caps), p (superscript), s (subscript), a:URL, or nothing. */
    private static String effect(String name, String attrs) {
        return switch (name) {
            case "i", "em", "cite" -> "i";
            case "b", "strong" -> "b";
            case "sup" -> "p";
            case "sub" -> "s";
            case "a" -> {
                String href = attribute(attrs, "href");
                yield href == null ? "" : "a:" + href;
            }
            case "span", "div" -> {
                String style = attribute(attrs, "style");
                if (style == null) {
                    yield "";
                }
                String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
                StringBuilder e = new StringBuilder();
                if (s.contains("font-style:italic") || s.contains("font-style:oblique")) {
                    e.append('i');
                }
                if (s.contains("font-weight:bold") || s.contains("font-weight:700")) {
                    e.append('b');
                }
                if (s.contains("font-variant:small-caps")) {
                    e.append('c');
                }
                if (s.contains("vertical-align:sup")) {
                    e.append('p');
                }
                if (s.contains("vertical-align:sub")) {
                    e.append('s');
                }
                yield e.toString();
            }
            default -> "";
        };
    }

    private static String attribute(String attrs, String name) {
        int at = attrs.toLowerCase(Locale.ROOT).indexOf(name + "=");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 1;
        if (start >= attrs.length()) {
            return null;
        }
        char q = attrs.charAt(start);
        if (q == '"' || q == '\'') {
            int end = attrs.indexOf(q, start + 1);
            return end < 0 ? null : decode(attrs.substring(start + 1, end));
        }
        int end = start;
        while (end < attrs.length() && !Character.isWhitespace(attrs.charAt(end))) {
            end++;
        }
        return decode(attrs.substring(start, end));
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        List<Piece> p = parse(s);
        StringBuilder b = new StringBuilder();
        p.forEach(x -> b.append(x.text()));
        return b.toString();
    }

    private static void flush(StringBuilder text, List<String[]> open, List<Piece> pieces) {
        if (text.isEmpty()) {
            return;
        }
        boolean i = false, b = false, c = false, p = false, s = false;
        String href = null;
        for (String[] o : open) {
            String e = o[1];
            if (e.startsWith("a:")) {
                href = e.substring(2);
                continue;
            }
            i |= e.indexOf('i') >= 0;
            b |= e.indexOf('b') >= 0;
            c |= e.indexOf('c') >= 0;
            p |= e.indexOf('p') >= 0;
            s |= e.indexOf('s') >= 0;
        }
        pieces.add(new Piece(text.toString(), i, b, c, p, s, href));
        text.setLength(0);
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return "\u00a0";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            // not a character reference: keep it as written
        }
        return "&" + name + ";";
    }
}
