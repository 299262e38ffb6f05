package org.bridgework.assembly.docx.internal;

import java.util.List;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.LineBreak;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Text;

/**
 * A paragraph's content: runs in the document's inline styles, links to bookmarks and web addresses, citations and
 * bibliography entries from the citation processor's HTML, bookmarks around what something links to.
 */
final class DocxInlines {
    private final Bookmarks bookmarks;
    private final DocxPackage pack;

    DocxInlines(Bookmarks bookmarks, DocxPackage pack) {
        this.bookmarks = bookmarks;
        this.pack = pack;
    }

    /** Writes {@code content} into p, inside a bookmark when the anchor is a section's or something links to it. */
    void bookmarked(WordParagraph p, String anchor, Runnable content) {
        if (anchor == null || !bookmarks.known(anchor)) {
            content.run();
            return;
        }
        long id = bookmarks.nextId();
        p.bookmarkStart(id, bookmarks.name(anchor));
        content.run();
        p.bookmarkEnd(id);
    }

    void inlines(WordParagraph p, List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> run(p, t.text(), t.styles());
                case LineBreak lb -> p.run().lineBreak();
                case Citation c -> citation(p, c);
                case ElementRef r -> {
                    if (r.anchor() != null && bookmarks.known(r.anchor())) {
                        internalLink(p, bookmarks.name(r.anchor()), r.targetLabel(), List.of(Text.plain(r.text())));
                    } else {
                        run(p, r.text(), Set.of());
                    }
                }
                case Link l -> linkRuns(p.externalLink(pack.hyperlink(l.url()), tooltip(l.title())), l.content());
            }
        }
    }

    void citation(WordParagraph p, Citation c) {
        if (c.html() != null && !c.html().isBlank()) {
            html(p, c.html());
        } else {
            run(p, c.text(), Set.of());
        }
    }

    void html(WordParagraph p, String html) {
        for (HtmlFragment.Piece piece : HtmlFragment.parse(html)) {
            if (piece.href() != null && (piece.href().startsWith("http://") || piece.href().startsWith("https://"))) {
                styledText(p.externalLink(pack.hyperlink(piece.href()), tooltip(piece.href())).run().style("Hyperlink"), piece);
            } else {
                styledText(p.run(), piece);
            }
        }
    }

    private static void styledText(WordRun r, HtmlFragment.Piece piece) {
        if (piece.italic()) {
            r.italic();
        }
        if (piece.bold()) {
            r.bold();
        }
        if (piece.smallCaps()) {
            r.smallCaps();
        }
        if (piece.superscript()) {
            r.verticalAlign("superscript");
        } else if (piece.subscript()) {
            r.verticalAlign("subscript");
        }
        r.lines(piece.text());
    }

    static void internalLink(WordParagraph p, String bookmark, String tooltip, List<Inline> content) {
        linkRuns(p.internalLink(bookmark, tooltip != null && !tooltip.isBlank() ? tooltip(tooltip) : null), content);
    }

    /** Word limits screen tips to 255 characters. */
    private static String tooltip(String s) {
        String t = WordXml.clean(s);
        return t.length() > 255 ? t.substring(0, 254) + "…" : t;
    }

    private static void linkRuns(WordParagraph.Hyperlink link, List<Inline> content) {
        for (Inline i : content) {
            WordRun r = link.run().style("Hyperlink");
            if (i instanceof Text t) {
                applyStyles(r, t.styles());
                r.lines(t.text());
            } else {
                r.lines(AssembledDocument.plainText(List.of(i)));
            }
        }
    }

    static WordRun run(WordParagraph p, String text, Set<Style> styles) {
        WordRun r = p.run();
        applyStyles(r, styles);
        return r.lines(text);
    }

    private static void applyStyles(WordRun r, Set<Style> styles) {
        if (styles.contains(Style.CODE)) {
            r.style("Code");
        }
        if (styles.contains(Style.STRONG)) {
            r.bold();
        }
        if (styles.contains(Style.EMPHASIS)) {
            r.italic();
        }
    }
}
