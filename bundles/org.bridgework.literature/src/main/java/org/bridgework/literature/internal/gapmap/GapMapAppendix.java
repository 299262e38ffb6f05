package org.bridgework.literature.internal.gapmap;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bridgework.assembly.api.AppendixContext;
import org.bridgework.assembly.api.AppendixProvider;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Image;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.literature.api.EvidenceGapMaps;
import org.bridgework.literature.api.GapMap;
import org.bridgework.literature.api.GapMap.Cell;
import org.bridgework.literature.api.GapMap.Strength;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The evidence gap map as an appendix of the assembled guidance: one row per challenge, one column per kind of evidence
 * (as {@link EvidenceGapMaps#compute} makes them), each cell the count and strength of the evidence, and a total. None
 * while the project has no challenges.
 */
@Component(service = AppendixProvider.class)
public class GapMapAppendix implements AppendixProvider {

    static final String ID = "evidence-gap-map";
    /** After the consensus report (100). */
    static final int ORDER = 200;

    /** Shown in a cell without evidence. */
    static final String NONE = "–";

    private final EvidenceGapMaps gapMaps;

    @Activate
    public GapMapAppendix(@Reference EvidenceGapMaps gapMaps) {
        this.gapMaps = gapMaps;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<Appendix> appendix(GuidanceProject project, AppendixContext context) {
        if (project.getChallenges().isEmpty()) {
            return Optional.empty();
        }
        GapMap map = gapMaps.compute(project);
        List<String> columns = new ArrayList<>();
        columns.add("Challenge");
        map.columns().forEach(c -> columns.add(c.label()));
        columns.add("Total");
        List<List<String>> rows = new ArrayList<>();
        int gaps = 0;
        for (int i = 0; i < map.rows().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(map.rows().get(i).title());
            int total = 0;
            for (int j = 0; j < map.columns().size(); j++) {
                Cell cell = map.cell(i, j);
                row.add(cell(cell));
                total += cell.count();
            }
            if (total == 0) {
                gaps++;
            }
            row.add(total == 0 ? "0: gap" : String.valueOf(total));
            rows.add(row);
        }
        String anchor = context.anchor("appendix-gap-map");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(context.anchor(anchor + "-intro"), List.of(Text.plain(
                "How much of the evidence gathered speaks to each challenge. Each cell gives the number of extracts from sources of "
                        + "that kind (or the number of case studies) and, in brackets, how strong that evidence is: weak, moderate or "
                        + "strong, weighing each distinct source by its kind (journal articles most) and each case study by its best "
                        + "evidenced benefit. A dash means no evidence. "
                        + (gaps == 0 ? "Every challenge has some evidence."
                                : gaps == 1 ? "One challenge has no evidence yet: a gap."
                                        : gaps + " challenges have no evidence yet: gaps.")))));
        blocks.add(figure(map, context.anchor(anchor + "-figure"), gaps));
        blocks.add(new Table(context.anchor(anchor + "-table"), "Evidence for each challenge", columns, rows, true));
        List<GapMap.Row> assessed = map.rows().stream().filter(GapMap.Row::assessed).toList();
        blocks.add(new Paragraph(context.anchor(anchor + "-confidence-intro"), List.of(Text.plain(
                "Counts are not confidence: many weak reports can outnumber one good study. The working group therefore judges how "
                        + "much confidence the evidence for each challenge deserves, in the spirit of GRADE-CERQual: high, moderate, low "
                        + "or very low, from its concerns about the evidence's methodological limitations, coherence, adequacy and "
                        + "relevance to UK partnerships between higher education and NHS mental health services. "
                        + (assessed.isEmpty() ? "No challenge's evidence has been assessed yet."
                                : assessed.size() + " of " + map.rows().size() + " challenges are assessed; the map colours their evidence by confidence."
                                        + (assessed.size() < map.rows().size() ? " The others are not assessed yet." : ""))))));
        if (!assessed.isEmpty()) {
            List<String> confColumns = new ArrayList<>(List.of("Challenge", "Confidence"));
            GapMap.CERQUAL_COMPONENTS.forEach(c -> confColumns.add("Concerns: " + c));
            confColumns.add("Reasons");
            List<List<String>> confRows = new ArrayList<>();
            for (GapMap.Row r : assessed) {
                List<String> row = new ArrayList<>(List.of(r.title(), words(r.confidence().getLiteral())));
                for (int k = 0; k < GapMap.CERQUAL_COMPONENTS.size(); k++) {
                    row.add(k < r.concerns().size() && r.concerns().get(k) != null ? words(r.concerns().get(k).getLiteral()) : "not assessed");
                }
                row.add(r.confidenceReasons() == null ? "" : r.confidenceReasons());
                confRows.add(row);
            }
            blocks.add(new Table(context.anchor(anchor + "-confidence"), "Confidence in the evidence for each challenge (GRADE-CERQual)",
                    confColumns, confRows, true));
        }
        return Optional.of(new Appendix(anchor, "Appendix: evidence gap map", blocks));
    }

    private static String words(String literal) {
        return literal.replace('-', ' ');
    }

    /**
     * The heatmap the gap map export draws, as a figure above the table: the same numbers at a glance. The table stays
     * as its accessible twin (and what the figure's alt text points to).
     */
    private Image figure(GapMap map, String anchor, int gaps) {
        StringWriter svg = new StringWriter();
        try {
            gapMaps.writeSvg(map, svg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String alt = "Heatmap of the evidence for each of the " + map.rows().size() + " challenges across " + map.columns().size()
                + " kinds of evidence, darker where the evidence is stronger"
                + (map.rows().stream().anyMatch(GapMap.Row::assessed) ? " (where the confidence in a challenge's evidence was assessed, its colour shows the confidence)" : "")
                + ". "
                + (gaps == 0 ? "Every challenge has some evidence." : gaps + (gaps == 1 ? " challenge has" : " challenges have") + " none.")
                + " The table below gives the same figures.";
        return new Image(anchor, alt, svg.toString().getBytes(StandardCharsets.UTF_8), "image/svg+xml",
                List.of(Text.plain("Figure: the evidence gap map. Darker cells mean stronger evidence; the numbers count extracts or case studies.")));
    }

    static String cell(Cell cell) {
        if (cell.count() == 0 || cell.strength() == Strength.NONE) {
            return cell.count() == 0 ? NONE : String.valueOf(cell.count());
        }
        return cell.count() + " (" + cell.strength().name().toLowerCase(Locale.ROOT) + ")";
    }
}
