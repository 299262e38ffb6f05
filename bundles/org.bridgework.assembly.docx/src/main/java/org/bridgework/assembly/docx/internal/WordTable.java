package org.bridgework.assembly.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A table in the guidance style ({@code GuidanceTable}): full text width, one header row repeated on every page
 * (white bold on dark blue, as direct formatting too: not every reader applies table styles), rows that do not split
 * across pages, a caption as its alt text, fixed column widths. Every cell starts with one empty paragraph.
 */
final class WordTable {
    /** A4 text width in twentieths of a point: 11906 - 2 x 1440 margins. */
    static final int TEXT_WIDTH = 9026;

    /** One cell: its width, and paragraphs. */
    static final class Cell {
        private final int twips;
        private String fill;
        private boolean narrow;
        private final List<WordParagraph> paragraphs = new ArrayList<>(1);

        private Cell(int twips) {
            this.twips = twips;
            paragraphs.add(new WordParagraph());
        }

        /** The cell's first paragraph. */
        WordParagraph paragraph() {
            return paragraphs.get(0);
        }

        WordParagraph addParagraph() {
            WordParagraph p = new WordParagraph();
            paragraphs.add(p);
            return p;
        }

        /** Narrow left and right margins (1 pt), for a column of marks. */
        void narrowMargins() {
            this.narrow = true;
        }

        private void write(StringBuilder out) {
            out.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(twips).append("\"/>");
            if (fill != null) {
                out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
            }
            if (narrow) {
                out.append("<w:tcMar><w:left w:w=\"20\" w:type=\"dxa\"/><w:right w:w=\"20\" w:type=\"dxa\"/></w:tcMar>");
            }
            out.append("</w:tcPr>");
            paragraphs.forEach(p -> p.write(out));
            out.append("</w:tc>");
        }
    }

    private final String caption;
    private final boolean firstColumn;
    private final int[] twips;
    private final List<List<Cell>> rows = new ArrayList<>();

    /**
     * A table with the header row ({@code columns}) and {@code bodyRows} empty rows.
     *
     * @param percent column widths in per cent of the text width
     */
    WordTable(String caption, List<String> columns, int[] percent, int bodyRows, boolean firstColumn) {
        this.caption = caption;
        this.firstColumn = firstColumn;
        int cols = columns.size();
        this.twips = new int[cols];
        for (int c = 0; c < cols; c++) {
            twips[c] = TEXT_WIDTH * percent[c] / 100;
        }
        for (int r = 0; r <= bodyRows; r++) {
            List<Cell> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                row.add(new Cell(twips[c]));
            }
            rows.add(row);
        }
        for (int c = 0; c < cols; c++) {
            Cell cell = cell(0, c);
            cell.fill = "003087";
            // a size smaller than the cells' text: header words ("Mandatory", "Amendments") stay whole in narrow columns
            cell.paragraph().style("TableText").run().text(WordXml.clean(columns.get(c))).bold().color("FFFFFF").fontSize(9);
        }
    }

    /** Row 0 is the header row. */
    Cell cell(int row, int column) {
        return rows.get(row).get(column);
    }

    int rowCount() {
        return rows.size();
    }

    void write(StringBuilder out) {
        out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"GuidanceTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>");
        // the older bit-mask form too (as Word writes it): LibreOffice reads this one; 0x20 first row, 0x80 first
        // column, 0x200 no horizontal banding, 0x400 no vertical banding
        int mask = 0x20 | 0x200 | 0x400 | (firstColumn ? 0x80 : 0);
        out.append("<w:tblLook w:firstRow=\"true\" w:firstColumn=\"").append(firstColumn)
                .append("\" w:lastRow=\"false\" w:lastColumn=\"false\" w:noHBand=\"true\" w:noVBand=\"true\" w:val=\"")
                .append(String.format("%04X", mask)).append("\"/>");
        if (caption != null && !caption.isBlank()) {
            WordXml.attr(out.append("<w:tblCaption w:val=\""), caption).append("\"/>");
        }
        out.append("</w:tblPr><w:tblGrid>");
        for (int w : twips) {
            out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        out.append("</w:tblGrid>");
        boolean header = true;
        for (List<Cell> row : rows) {
            out.append(header ? "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/><w:tblHeader w:val=\"on\"/></w:trPr>"
                    : "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
            header = false;
            row.forEach(c -> c.write(out));
            out.append("</w:tr>");
        }
        out.append("</w:tbl>");
    }

    /**
     * Column widths in per cent of the text width: every column at least as wide as its longest word (header
     * included, so words are not broken inside), the rest shared by how much text each column holds on average.
     */
    static int[] columnWidths(List<String> columns, List<List<String>> rows) {
        int n = columns.size();
        double[] min = new double[n];
        double[] weight = new double[n];
        for (int c = 0; c < n; c++) {
            double total = columns.get(c).length();
            int longestWord = longestWord(columns.get(c));
            for (List<String> row : rows) {
                String cell = c < row.size() && row.get(c) != null ? row.get(c) : "";
                total += cell.length();
                longestWord = Math.max(longestWord, longestWord(cell));
            }
            // about 7.4 pt a character in bold 10.5 pt text (DejaVu Sans, what LibreOffice uses for Arial where Arial
            // is missing, is the widest likely face), plus the cell margins, on a 451 pt text width
            // (LibreOffice's cell margins, 2 x 5.4 pt, and a little for rounding down: "Language" broke as "Languag-e")
            min[c] = Math.max(6, (longestWord * 7.4 + 18) * 100 / 451.0);
            weight[c] = total / (rows.size() + 1);
        }
        double minSum = java.util.Arrays.stream(min).sum();
        double weightSum = Math.max(1, java.util.Arrays.stream(weight).sum());
        double spare = Math.max(0, 100 - minSum);
        double scale = minSum > 100 ? 100 / minSum : 1;
        int[] percent = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            percent[c] = (int) Math.floor(min[c] * scale + spare * weight[c] / weightSum);
            used += percent[c];
        }
        int widest = 0;
        for (int c = 1; c < n; c++) {
            widest = percent[c] > percent[widest] ? c : widest;
        }
        percent[widest] += 100 - used;
        return percent;
    }

    private static int longestWord(String s) {
        int longest = 0;
        for (String w : s.split("\\s+")) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }
}
