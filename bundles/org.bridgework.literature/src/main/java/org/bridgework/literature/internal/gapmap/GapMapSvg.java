package org.bridgework.literature.internal.gapmap;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bridgework.literature.api.GapMap;
import org.bridgework.literature.api.GapMap.Cell;
import org.bridgework.literature.api.GapMap.Column;
import org.bridgework.literature.api.GapMap.Strength;

/**
 * The gap map as an accessible SVG heatmap: challenges down, evidence across, each cell shaded by strength
 * (ColorBrewer Blues, readable in grey and by colour-blind readers) with its count written in it, a legend, and a
 * {@code title}/{@code desc} text alternative. Fixed layout arithmetic and no time stamps: byte-for-byte deterministic.
 */
final class GapMapSvg {

    private static final int CELL_W = 96;
    private static final int CELL_H = 40;
    private static final int LABEL_W = 300;
    private static final int HEADER_H = 64;
    private static final int TITLE_H = 44;
    private static final int LEGEND_H = 56;
    private static final int MARGIN = 16;
    private static final int LABEL_CHARS = 44;
    private static final int HEADER_CHARS = 14;

    private static final String[] FILL = {"#ffffff", "#c6dbef", "#6baed6", "#2171b5"};
    private static final String[] INK = {"#595959", "#08306b", "#08306b", "#ffffff"};
    private static final String[] WORD = {"none", "weak", "moderate", "strong"};
    /** Confidence (GRADE-CERQual) in an assessed row: ColorBrewer PRGn/PuOr ends, high to very low, by EvidenceConfidenceLevel value. */
    private static final String[] CONFIDENCE_FILL = {null, "#1b7837", "#a6dba0", "#fdb863", "#b35806"};
    private static final String[] CONFIDENCE_INK = {null, "#ffffff", "#00441b", "#2d004b", "#ffffff"};
    private static final String[] CONFIDENCE_WORD = {null, "high", "moderate", "low", "very low"};
    private static final int CONFIDENCE_LEGEND_H = 56;

    private final GapMap map;

    GapMapSvg(GapMap map) {
        this.map = map;
    }

    void write(Writer out) throws IOException {
        int cols = map.columns().size();
        int rows = map.rows().size();
        int width = MARGIN * 2 + LABEL_W + cols * CELL_W;
        int gridTop = MARGIN + TITLE_H + HEADER_H;
        boolean anyAssessed = map.anyConfidence();
        int height = gridTop + Math.max(rows, 1) * CELL_H + LEGEND_H + MARGIN + (anyAssessed ? CONFIDENCE_LEGEND_H : 0);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"gap-title gap-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n");
        sb.append("  <title id=\"gap-title\">").append(esc("Evidence gap map: " + quotes(map.projectTitle()))).append("</title>\n");
        sb.append("  <desc id=\"gap-desc\">").append(esc(description())).append("</desc>\n");
        sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n");
        sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(MARGIN + 20).append("\" font-size=\"18\" font-weight=\"bold\" fill=\"#000000\">")
                .append(esc("Evidence gap map")).append("</text>\n");
        sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(MARGIN + 38).append("\" fill=\"#404040\">")
                .append(esc(quotes(map.projectTitle()) + ": challenges against the evidence for them")).append("</text>\n");
        // column headers, wrapped onto up to three lines
        for (int j = 0; j < cols; j++) {
            Column c = map.columns().get(j);
            int cx = MARGIN + LABEL_W + j * CELL_W + CELL_W / 2;
            List<String> lines = wrap(c.label(), HEADER_CHARS, 3);
            int y = MARGIN + TITLE_H + HEADER_H - 8 - (lines.size() - 1) * 14;
            sb.append("  <text x=\"").append(cx).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#000000\">");
            tspans(sb, lines, cx);
            sb.append("</text>\n");
        }
        sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(MARGIN + TITLE_H + HEADER_H - 8)
                .append("\" font-weight=\"bold\" fill=\"#000000\">Challenge</text>\n");
        for (int i = 0; i < rows; i++) {
            GapMap.Row r = map.rows().get(i);
            int top = gridTop + i * CELL_H;
            List<String> lines = wrap(quotes(r.title()), LABEL_CHARS, 2);
            int y = top + CELL_H / 2 + 4 - (lines.size() - 1) * 7;
            sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(y).append("\" fill=\"#000000\">");
            tspans(sb, lines, MARGIN);
            sb.append("</text>\n");
            for (int j = 0; j < cols; j++) {
                Cell cell = map.cell(i, j);
                int s = cell.strength().ordinal();
                // colour = confidence where the cell's (or else its challenge's) evidence was assessed (the number stays the count), else strength
                int level = map.shownConfidence(i, j).getValue();
                boolean byConfidence = level != 0;
                String fill = byConfidence ? CONFIDENCE_FILL[level] : FILL[s];
                String ink = byConfidence ? CONFIDENCE_INK[level] : INK[s];
                int x = MARGIN + LABEL_W + j * CELL_W;
                String why = cell.assessed() ? cell.confidenceReasons() : r.confidenceReasons();
                sb.append("  <g>\n    <title>").append(esc(quotes(r.title() + " / " + map.columns().get(j).label() + ": " + describe(cell, map.columns().get(j))
                        + (byConfidence ? "; confidence " + CONFIDENCE_WORD[level] + (cell.assessed() ? "" : ", for the challenge overall")
                                + (why == null ? "" : " (" + why + ")") : ""))))
                        .append("</title>\n");
                sb.append("    <rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(CELL_W).append("\" height=\"").append(CELL_H)
                        .append("\" fill=\"").append(fill).append("\" stroke=\"#bdbdbd\" stroke-width=\"1\"/>\n");
                sb.append("    <text x=\"").append(x + CELL_W / 2).append("\" y=\"").append(top + CELL_H / 2 + 4).append("\" text-anchor=\"middle\" fill=\"")
                        .append(ink).append("\"").append(s == 0 && !byConfidence ? "" : " font-weight=\"bold\"").append(">")
                        .append(cell.count() == 0 ? "–" : String.valueOf(cell.count())).append("</text>\n  </g>\n");
            }
        }
        if (rows == 0) {
            sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(gridTop + 24).append("\" fill=\"#404040\">")
                    .append("The project has no challenges yet.</text>\n");
        }
        int legendTop = gridTop + Math.max(rows, 1) * CELL_H + 24;
        sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(legendTop + 14).append("\" fill=\"#000000\">Strength of evidence:</text>\n");
        for (int k = 0; k < 4; k++) {
            int x = MARGIN + 150 + k * 110;
            sb.append("  <rect x=\"").append(x).append("\" y=\"").append(legendTop).append("\" width=\"20\" height=\"20\" fill=\"").append(FILL[k])
                    .append("\" stroke=\"#bdbdbd\" stroke-width=\"1\"/>\n");
            sb.append("  <text x=\"").append(x + 26).append("\" y=\"").append(legendTop + 14).append("\" fill=\"#000000\">").append(WORD[k]).append("</text>\n");
        }
        sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(legendTop + 38).append("\" fill=\"#404040\">")
                .append(esc("Numbers are extracts (sources) or case studies; – means no evidence."))
                .append("</text>\n");
        if (anyAssessed) {
            int top = legendTop + LEGEND_H - 4;
            sb.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(top + 14).append("\" fill=\"#000000\">Confidence (GRADE-CERQual), where assessed (a cell\u2019s own, else its challenge\u2019s):</text>\n");
            top += 26;
            for (int k = 1; k < CONFIDENCE_FILL.length; k++) {
                // under the strength legend's swatches, so that the legend stays inside the narrowest map
                int x = MARGIN + 150 + (k - 1) * 110;
                sb.append("  <rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"20\" height=\"20\" fill=\"").append(CONFIDENCE_FILL[k])
                        .append("\" stroke=\"#bdbdbd\" stroke-width=\"1\"/>\n");
                sb.append("  <text x=\"").append(x + 26).append("\" y=\"").append(top + 14).append("\" fill=\"#000000\">").append(CONFIDENCE_WORD[k]).append("</text>\n");
            }
        }
        sb.append("</svg>\n");
        out.write(sb.toString());
        out.flush();
    }

    private String description() {
        int empty = 0;
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < map.rows().size(); i++) {
            int total = 0;
            for (int j = 0; j < map.columns().size(); j++) {
                total += map.cell(i, j).count();
            }
            if (total == 0) {
                empty++;
                gaps.add(quotes(map.rows().get(i).title()));
            }
        }
        return map.rows().size() + " challenges against " + map.columns().size() + " kinds of evidence. "
                + (empty == 0 ? "Every challenge has some evidence." : empty + (empty == 1 ? " challenge has" : " challenges have") + " no evidence: "
                        + String.join("; ", gaps) + ".");
    }

    private static String describe(Cell cell, Column column) {
        if (cell.count() == 0) {
            return "no evidence";
        }
        String what = column.kind() == Column.Kind.CASE_STUDIES ? plural(cell.count(), "case study", "case studies")
                : plural(cell.count(), "extract", "extracts") + " from " + plural(cell.sources(), "source", "sources");
        return what + ", " + cell.strength().name().toLowerCase(Locale.ROOT) + " evidence";
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void tspans(StringBuilder sb, List<String> lines, int x) {
        if (lines.size() == 1) {
            sb.append(esc(lines.get(0)));
            return;
        }
        for (int k = 0; k < lines.size(); k++) {
            sb.append("<tspan x=\"").append(x).append("\"").append(k == 0 ? "" : " dy=\"14\"").append('>').append(esc(lines.get(k))).append("</tspan>");
        }
    }

    /** Word wrap to {@code max} characters a line, at most {@code maxLines} lines (the last ends with … when cut). */
    static List<String> wrap(String text, int max, int maxLines) {
        List<String> all = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text == null ? new String[0] : text.strip().split("\\s+")) {
            if (w.length() > max) {
                w = w.substring(0, max - 1) + "…";
            }
            if (line.length() > 0 && line.length() + 1 + w.length() > max) {
                all.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0) {
            all.add(line.toString());
        }
        if (all.size() <= maxLines) {
            return all;
        }
        List<String> kept = new ArrayList<>(all.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        kept.set(maxLines - 1, (last.length() >= max ? last.substring(0, max - 1) : last) + "…");
        return kept;
    }

    /** Names as the documents show them: typographic quotes. */
    private static String quotes(String s) {
        return org.bridgework.core.api.DisplayText.quotes(s);
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
