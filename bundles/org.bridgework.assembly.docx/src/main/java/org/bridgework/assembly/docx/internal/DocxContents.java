package org.bridgework.assembly.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.bridgework.assembly.api.AssembledDocument.Text;

/**
 * The contents: a TOC field whose cached result is the entries, each a link to its heading's bookmark with a PAGEREF
 * field (the page LibreOffice laid it out on, when known), so readers that do not update fields show them too.
 */
final class DocxContents {
    private final DocxBody body;
    private final DocxInlines inlines;
    private final Bookmarks bookmarks;
    private final Map<String, Integer> pages;

    DocxContents(DocxBody body, DocxInlines inlines, Bookmarks bookmarks, Map<String, Integer> pages) {
        this.body = body;
        this.inlines = inlines;
        this.bookmarks = bookmarks;
        this.pages = pages;
    }

    /** The contents of {@code entries} (nothing when there are none) under {@code title}. */
    void write(List<ContentsEntry> entries, String title) {
        if (entries.isEmpty()) {
            return;
        }
        WordParagraph heading = body.paragraph("TOCHeading");
        inlines.bookmarked(heading, AssembledDocument.CONTENTS_ANCHOR, () -> DocxInlines.run(heading, title, Set.of()));

        int depth = Math.min(3, Math.max(1, maxLevel(entries)));
        List<ContentsEntry> flat = new ArrayList<>();
        flatten(entries, depth, flat);
        // TOC field: begin + instruction + separate in the first entry's paragraph, the entries as the cached result
        // (linked, with the page numbers when known), end in a paragraph of its own
        String instruction = " TOC \\o \"1-" + depth + "\" \\h \\z \\u ";
        for (int i = 0; i < flat.size(); i++) {
            ContentsEntry e = flat.get(i);
            WordParagraph p = body.paragraph("TOC" + Math.min(3, Math.max(1, e.level())));
            if (i == 0) {
                fieldBegin(p, instruction);
            }
            String bookmark = bookmarks.name(e.anchor());
            DocxInlines.internalLink(p, bookmark, e.text(), List.of(Text.plain(e.text())));
            pageReference(p, bookmark, pages.get(e.anchor()));
        }
        WordParagraph end = body.paragraph("Normal");
        if (flat.isEmpty()) {
            fieldBegin(end, instruction);
        }
        end.run().fieldChar("end");
    }

    /**
     * A contents entry's page: a tab (the TOC styles draw the dot leader) and a PAGEREF field to the heading's
     * bookmark, its cached result the page LibreOffice laid the heading out on (when known). Word shows that number
     * until its fields are updated (F9, or printing), and never asks on opening.
     */
    private static void pageReference(WordParagraph p, String bookmark, Integer page) {
        p.run().tab();
        fieldBegin(p, " PAGEREF " + bookmark + " \\h ");
        if (page != null) {
            p.run().text(String.valueOf(page));
        }
        p.run().fieldChar("end");
    }

    /** A complex field's begin, instruction and separator, each in a run of its own as Word writes them. */
    private static void fieldBegin(WordParagraph p, String instruction) {
        p.run().fieldChar("begin");
        p.run().instruction(instruction);
        p.run().fieldChar("separate");
    }

    private static int maxLevel(List<ContentsEntry> entries) {
        int max = 0;
        for (ContentsEntry e : entries) {
            max = Math.max(max, Math.max(e.level(), maxLevel(e.children())));
        }
        return max;
    }

    private static void flatten(List<ContentsEntry> entries, int depth, List<ContentsEntry> into) {
        for (ContentsEntry e : entries) {
            if (e.level() <= depth) {
                into.add(e);
                flatten(e.children(), depth, into);
            }
        }
    }
}
