package org.bridgework.assembly.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.ChallengeRow;
import org.bridgework.assembly.api.AssembledDocument.ChallengeTable;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Table;

/**
 * The document's tables: the challenges (a matrix of challenges against the numbered solutions, or challenges with
 * what helps) and plain tables, each after its caption and followed by a paragraph that keeps the next block apart.
 */
final class DocxTables {
    private final DocxBody body;
    private final DocxInlines inlines;

    DocxTables(DocxBody body, DocxInlines inlines) {
        this.body = body;
        this.inlines = inlines;
    }

    /**
     * The matrix, as the HTML and PDF draw it: challenge, what it means, then one narrow numbered column per solution
     * with a mark where it helps; each solution described once below the table.
     */
    private void challengeMatrix(ChallengeTable t) {
        String caption = t.caption() != null && !t.caption().isBlank() ? t.caption() : "Challenges and what helps";
        WordParagraph cap = body.paragraph("Caption");
        inlines.bookmarked(cap, t.anchor(), () -> run(cap, caption, Set.of()));
        int n = t.solutions().size();
        List<String> columns = new ArrayList<>(List.of("Challenge", "What it means"));
        t.solutions().forEach(s -> columns.add(String.valueOf(s.number())));
        int mark = (int) Math.max(5, Math.min(8, 50.0 / n));
        int[] widths = new int[n + 2];
        widths[0] = 20;
        widths[1] = Math.max(20, 100 - 20 - n * mark);
        for (int c = 0; c < n; c++) {
            widths[c + 2] = mark;
        }
        WordTable table = body.table(caption, columns, widths, t.rows().size(), true);
        for (int c = 2; c < n + 2; c++) {
            for (int r = 0; r < table.rowCount(); r++) {
                table.cell(r, c).narrowMargins();
                table.cell(r, c).paragraph().align("center");
            }
        }
        int r = 1;
        for (ChallengeRow row : t.rows()) {
            WordParagraph name = table.cell(r, 0).paragraph().style("TableText");
            inlines.bookmarked(name, row.anchor(), () -> run(name, row.challenge(), Set.of(Style.STRONG)));
            inlines.inlines(table.cell(r, 1).paragraph().style("TableText"), row.description());
            for (int c = 0; c < n; c++) {
                WordParagraph p = table.cell(r, c + 2).paragraph().style("TableText").align("center");
                if (t.marks(row, t.solutions().get(c))) {
                    p.run().text("●").color("1D70B8");
                }
            }
            r++;
        }
        WordParagraph title = body.paragraph("Normal").keepNext().spacingBefore(120);
        run(title, "What helps: the numbered columns", Set.of(Style.STRONG));
        for (AssembledDocument.SolutionEntry s : t.solutions()) {
            WordParagraph p = body.paragraph("Normal").indent(360, 360);
            inlines.bookmarked(p, s.anchor(), () -> run(p, s.number() + ".\t", Set.of()));
            run(p, s.title() + (s.description().isEmpty() ? "" : ":"), Set.of(Style.STRONG));
            if (!s.description().isEmpty()) {
                run(p, " ", Set.of());
                inlines.inlines(p, s.description());
            }
        }
    }

    void challengeTable(ChallengeTable t) {
        if (!t.solutions().isEmpty()) {
            challengeMatrix(t);
            return;
        }
        String caption = t.caption() != null && !t.caption().isBlank() ? t.caption() : "Challenges and solutions";
        WordParagraph cap = body.paragraph("Caption");
        inlines.bookmarked(cap, t.anchor(), () -> run(cap, caption, Set.of()));
        WordTable table = body.table(caption, List.of("Challenge", "What helps"), new int[] {38, 62}, t.rows().size(), false);
        int r = 1;
        for (ChallengeRow row : t.rows()) {
            WordTable.Cell first = table.cell(r, 0);
            WordParagraph name = first.paragraph().style("TableText");
            inlines.bookmarked(name, row.anchor(), () -> run(name, row.challenge(), Set.of(Style.STRONG)));
            if (!row.description().isEmpty()) {
                inlines.inlines(first.addParagraph().style("TableText"), row.description());
            }
            WordTable.Cell second = table.cell(r, 1);
            boolean firstSolution = true;
            for (List<Inline> solution : row.solutions()) {
                WordParagraph p = (firstSolution ? second.paragraph() : second.addParagraph()).style("TableText");
                firstSolution = false;
                if (row.solutions().size() > 1) {
                    p.numbered(DocxWriter.BULLETS).indent(360, 360);
                }
                inlines.inlines(p, solution);
            }
            if (row.solutions().isEmpty()) {
                run(second.paragraph().style("TableText"), "No solution recorded yet", Set.of(Style.EMPHASIS));
            }
            r++;
        }
        body.paragraph("Normal").spacingAfter(0);
    }

    void table(Table t) {
        String caption = t.caption();
        if (caption != null && !caption.isBlank()) {
            WordParagraph cap = body.paragraph("Caption");
            inlines.bookmarked(cap, t.anchor(), () -> run(cap, caption, Set.of()));
        }
        int[] widths = WordTable.columnWidths(t.columns(), t.rows());
        WordTable table = body.table(caption, t.columns(), widths, t.rows().size(), t.firstColumnHeader());
        int r = 1;
        for (List<String> row : t.rows()) {
            for (int c = 0; c < widths.length; c++) {
                String value = c < row.size() ? row.get(c) : "";
                if (c == 0 && t.firstColumnHeader()) {
                    run(table.cell(r, c).paragraph().style("TableText"), value, Set.of(Style.STRONG));
                } else {
                    cellText(table.cell(r, c), value);
                }
            }
            r++;
        }
        body.paragraph("Normal").spacingAfter(0);
    }


    static void cellText(WordTable.Cell cell, String value) {
        WordParagraph p = cell.paragraph().style("TableText");
        if (value != null) {
            run(p, value, Set.of());
        }
    }

    private static WordRun run(WordParagraph p, String text, Set<Style> styles) {
        return DocxInlines.run(p, text, styles);
    }
}
