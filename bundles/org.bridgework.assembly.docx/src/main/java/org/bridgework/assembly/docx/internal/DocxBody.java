package org.bridgework.assembly.docx.internal;

import java.util.ArrayList;
import java.util.List;

/** The document body's paragraphs and tables, in the order they are added. */
final class DocxBody {
    private final List<Object> content = new ArrayList<>(512);

    /** A new paragraph at the end of the body. */
    WordParagraph paragraph(String style) {
        WordParagraph p = new WordParagraph().style(style);
        content.add(p);
        return p;
    }

    /** A new table at the end of the body: see {@link WordTable#WordTable}. */
    WordTable table(String caption, List<String> columns, int[] percent, int bodyRows, boolean firstColumn) {
        WordTable t = new WordTable(caption, columns, percent, bodyRows, firstColumn);
        content.add(t);
        return t;
    }

    void write(StringBuilder xml) {
        for (Object o : content) {
            if (o instanceof WordParagraph p) {
                p.write(xml);
            } else {
                ((WordTable) o).write(xml);
            }
        }
    }
}
