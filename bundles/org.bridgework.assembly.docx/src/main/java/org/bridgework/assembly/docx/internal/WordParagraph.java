package org.bridgework.assembly.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph ({@code w:p}): its properties, which may be set at any time before it is written (a callout's last
 * paragraph gets its spacing once the callout is complete), written in the order the schema asks for; then its
 * content (runs, hyperlinks, bookmarks, simple fields) in the order added.
 */
final class WordParagraph {
    private String style;
    private boolean keepNext;
    private Boolean pageBreakBefore;
    private long numId = -1;
    private String borders;
    private String tabs;
    private Integer spacingBefore;
    private Integer spacingAfter;
    private Integer indentLeft;
    private Integer indentHanging;
    private String alignment;
    /** {@link WordRun}s, {@link Hyperlink}s and markup strings, in order. */
    private final List<Object> content = new ArrayList<>(4);

    /** A hyperlink ({@code w:hyperlink}) to a bookmark ({@code anchor}) or a relationship ({@code relationshipId}). */
    static final class Hyperlink {
        private final String anchor;
        private final String relationshipId;
        private final String tooltip;
        private final List<WordRun> runs = new ArrayList<>(1);

        private Hyperlink(String anchor, String relationshipId, String tooltip) {
            this.anchor = anchor;
            this.relationshipId = relationshipId;
            this.tooltip = tooltip;
        }

        WordRun run() {
            WordRun r = new WordRun();
            runs.add(r);
            return r;
        }

        private void write(StringBuilder out) {
            out.append("<w:hyperlink");
            if (relationshipId != null) {
                out.append(" r:id=\"").append(relationshipId).append('"');
            }
            if (anchor != null) {
                WordXml.attr(out.append(" w:anchor=\""), anchor).append('"');
            }
            if (tooltip != null) {
                WordXml.attr(out.append(" w:tooltip=\""), tooltip).append('"');
            }
            if (runs.isEmpty()) {
                out.append("/>");
                return;
            }
            out.append('>');
            runs.forEach(r -> r.write(out));
            out.append("</w:hyperlink>");
        }
    }

    WordParagraph style(String styleId) {
        this.style = styleId;
        return this;
    }

    WordParagraph keepNext() {
        this.keepNext = true;
        return this;
    }

    WordParagraph pageBreakBefore(boolean pageBreak) {
        this.pageBreakBefore = pageBreak;
        return this;
    }

    /** A list item at level 0 of the numbering instance {@code numId}. */
    WordParagraph numbered(long numId) {
        this.numId = numId;
        return this;
    }

    /** Single borders all round: top and bottom 6 pt apart, a thick bar on the left {@code leftSpace} pt from the text. */
    WordParagraph boxed(String colour, int leftSpace) {
        this.borders = "<w:pBdr>" + border("top", 4, 6, colour) + border("left", 36, leftSpace, colour) + border("bottom", 4, 6, colour)
                + border("right", 4, 8, colour) + "</w:pBdr>";
        return this;
    }

    private static String border(String side, int size, int space, String colour) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space + "\" w:color=\"" + colour + "\"/>";
    }

    /** Tab stops as {@code w:tab} elements. */
    WordParagraph tabs(String tabElements) {
        this.tabs = "<w:tabs>" + tabElements + "</w:tabs>";
        return this;
    }

    WordParagraph spacingBefore(int twips) {
        this.spacingBefore = twips;
        return this;
    }

    WordParagraph spacingAfter(int twips) {
        this.spacingAfter = twips;
        return this;
    }

    WordParagraph indent(int left, int hanging) {
        this.indentLeft = left;
        this.indentHanging = hanging;
        return this;
    }

    /** {@code left}, {@code center}, {@code right}, {@code both}. */
    WordParagraph align(String value) {
        this.alignment = value;
        return this;
    }

    WordRun run() {
        WordRun r = new WordRun();
        content.add(r);
        return r;
    }

    Hyperlink internalLink(String bookmark, String tooltip) {
        Hyperlink h = new Hyperlink(bookmark, null, tooltip);
        content.add(h);
        return h;
    }

    Hyperlink externalLink(String relationshipId, String tooltip) {
        Hyperlink h = new Hyperlink(null, relationshipId, tooltip);
        content.add(h);
        return h;
    }

    void bookmarkStart(long id, String name) {
        content.add("<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + WordXml.attr(name) + "\"/>");
    }

    void bookmarkEnd(long id) {
        content.add("<w:bookmarkEnd w:id=\"" + id + "\"/>");
    }

    /** A simple field ({@code w:fldSimple}) showing {@code shown} until it is updated. */
    void simpleField(String instruction, String shown) {
        StringBuilder b = new StringBuilder("<w:fldSimple w:instr=\"");
        WordXml.attr(b, instruction).append("\">");
        new WordRun().text(shown).write(b);
        content.add(b.append("</w:fldSimple>").toString());
    }

    void write(StringBuilder out) {
        out.append("<w:p>");
        int mark = out.length();
        out.append("<w:pPr>");
        int start = out.length();
        if (style != null) {
            out.append(WordXml.val("pStyle", style));
        }
        if (keepNext) {
            out.append("<w:keepNext w:val=\"on\"/>");
        }
        if (pageBreakBefore != null) {
            out.append(pageBreakBefore ? "<w:pageBreakBefore w:val=\"on\"/>" : "<w:pageBreakBefore w:val=\"off\"/>");
        }
        if (numId >= 0) {
            out.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
        }
        if (borders != null) {
            out.append(borders);
        }
        if (tabs != null) {
            out.append(tabs);
        }
        if (spacingBefore != null || spacingAfter != null) {
            out.append("<w:spacing");
            if (spacingBefore != null) {
                out.append(" w:before=\"").append(spacingBefore).append('"');
            }
            if (spacingAfter != null) {
                out.append(" w:after=\"").append(spacingAfter).append('"');
            }
            out.append("/>");
        }
        if (indentLeft != null) {
            out.append("<w:ind w:left=\"").append(indentLeft).append("\" w:hanging=\"").append(indentHanging).append("\"/>");
        }
        if (alignment != null) {
            out.append(WordXml.val("jc", alignment));
        }
        if (out.length() == start) {
            out.setLength(mark);
        } else {
            out.append("</w:pPr>");
        }
        for (Object o : content) {
            switch (o) {
                case WordRun r -> r.write(out);
                case Hyperlink h -> h.write(out);
                default -> out.append(o);
            }
        }
        out.append("</w:p>");
    }
}
