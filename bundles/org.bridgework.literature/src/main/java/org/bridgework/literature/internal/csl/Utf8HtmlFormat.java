package org.bridgework.literature.internal.csl;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_ITALIC;

import de.undercouch.citeproc.csl.internal.format.HtmlFormat;

/**
 * citeproc-java's HTML output with characters as themselves (UTF-8) rather than HTML 4 named entities
 * ({@code &lsquo;}, {@code &ndash;}), which are not XML and which XHTML, DOCX and PDF pipelines reject; italics
 * as {@code <i>} rather than inline CSS; link targets escaped.
 */
final class Utf8HtmlFormat extends HtmlFormat {

    static String escapeText(String str) {
        if (str == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(str.length() + 16);
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    protected String escape(String str) {
        return escapeText(str);
    }

    @Override
    protected String openFontStyle(int fontStyle) {
        return fontStyle == FS_ITALIC ? "<i>" : super.openFontStyle(fontStyle);
    }

    @Override
    protected String closeFontStyle(int fontStyle) {
        return fontStyle == FS_ITALIC ? "</i>" : super.closeFontStyle(fontStyle);
    }

    @Override
    protected String doFormatLink(String text, String uri) {
        String link = super.doFormatLink(text, uri);
        if (link.equals(text)) {
            return link;
        }
        // the href is written as given: escape it (the text was escaped already)
        return "<a href=\"" + escapeText(uri.replace("&amp;", "&")) + "\">" + text + "</a>";
    }
}
