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
import org.bridgework.literature.api.EvidenceAppraisal;
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
        cellConfidence(project, map, anchor, context, blocks);
        appraisals(project, anchor, context, blocks);
        screening(project, anchor, context, blocks);
        return Optional.of(new Appendix(anchor, "Appendix: evidence gap map", blocks));
    }

    /** The confidence judged per cell (challenge x kind of evidence), when any. */
    private static void cellConfidence(GuidanceProject project, GapMap map, String anchor, AppendixContext context, List<Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < map.rows().size(); i++) {
            for (int j = 0; j < map.columns().size(); j++) {
                Cell cell = map.cell(i, j);
                if (!cell.assessed()) {
                    continue;
                }
                // the concerns in one column (only those assessed), so that the table fits a page
                List<String> concerns = new ArrayList<>();
                for (int k = 0; k < GapMap.CERQUAL_COMPONENTS.size(); k++) {
                    var c = k < cell.concerns().size() ? cell.concerns().get(k) : null;
                    if (c != null && c != org.bridgework.model.CerqualConcern.NOT_ASSESSED) {
                        concerns.add(GapMap.CERQUAL_COMPONENTS.get(k) + ": " + words(c.getLiteral()));
                    }
                }
                rows.add(List.of(map.rows().get(i).title(), map.columns().get(j).label(), String.valueOf(cell.count()),
                        words(cell.confidence().getLiteral()), concerns.isEmpty() ? "not assessed" : String.join("; ", concerns),
                        cell.confidenceReasons() == null ? "" : cell.confidenceReasons()));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Paragraph(context.anchor(anchor + "-cell-confidence-intro"), List.of(Text.plain(
                "The confidence can also be judged for one kind of evidence about a challenge, one cell of the map: for example high "
                        + "for the journal articles on a challenge and low for its web pages. Where a cell has its own judgement the map "
                        + "shows it; elsewhere the challenge's overall judgement. "
                        + (rows.size() == 1 ? "One cell is judged on its own." : rows.size() + " cells are judged on their own.")))));
        List<String> columns = List.of("Challenge", "Evidence", "Count", "Confidence", "Concerns", "Reasons");
        blocks.add(new Table(context.anchor(anchor + "-cell-confidence"), "Confidence in the evidence of each kind for each challenge", columns, rows, true));
    }

    /** The appraisal of each appraised source and extract, when any. */
    private static void appraisals(GuidanceProject project, String anchor, AppendixContext context, List<Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        for (org.bridgework.model.Source s : project.getSources()) {
            String name = s.getCitationKey() == null || s.getCitationKey().isBlank() ? s.getId() : s.getCitationKey();
            if (!EvidenceAppraisal.isEmpty(s.getAppraisal())) {
                rows.add(appraisalRow(name + (s.getTitle() == null ? "" : ": " + s.getTitle()), s.getAppraisal()));
            }
            for (org.bridgework.model.Extract x : s.getExtracts()) {
                if (!EvidenceAppraisal.isEmpty(x.getAppraisal())) {
                    rows.add(appraisalRow("Extract " + x.getId() + " of " + name + (x.getLocator() == null ? "" : " (" + x.getLocator() + ")"), x.getAppraisal()));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Paragraph(context.anchor(anchor + "-appraisal-intro"), List.of(Text.plain(
                "Each source, or a single extract of it, can be appraised: its study design, and the concerns about its relevance to UK "
                        + "partnerships between higher education and NHS mental health services, its methodological limitations and its "
                        + "adequacy (how rich and how much the data are), each with a short reason. An extract's own appraisal replaces its "
                        + "source's. These appraisals inform the confidence judgements above. "
                        + (rows.size() == 1 ? "One source or extract is appraised." : rows.size() + " sources and extracts are appraised.")))));
        blocks.add(new Table(context.anchor(anchor + "-appraisal"), "Appraisal of the sources and extracts",
                List.of("Source or extract", "Study design", "Relevance", "Methodological limitations", "Adequacy"), rows, true));
    }

    private static List<String> appraisalRow(String name, org.bridgework.model.Appraisal a) {
        return List.of(name, withNote(words(a.getDesign().getLiteral()), a.getDesignNote()),
                withNote(EvidenceAppraisal.concernWords(a.getRelevance()), a.getRelevanceNote()),
                withNote(EvidenceAppraisal.concernWords(a.getLimitations()), a.getLimitationsNote()),
                withNote(EvidenceAppraisal.concernWords(a.getAdequacy()), a.getAdequacyNote()));
    }

    private static String withNote(String level, String note) {
        return note == null || note.isBlank() ? level : level + ": " + note.strip();
    }

    /** The PRISMA-style screening flow, as a table with a sentence that says the same, when anything was screened or merged. */
    private static void screening(GuidanceProject project, String anchor, AppendixContext context, List<Block> blocks) {
        EvidenceAppraisal.ScreeningFlow f = EvidenceAppraisal.flow(project);
        if (!f.any()) {
            return;
        }
        StringBuilder text = new StringBuilder("How the sources were found and chosen, in the manner of a PRISMA flow diagram: ");
        text.append(records(f.identified())).append(" identified; ")
                .append(f.duplicatesMerged() == 0 ? "no duplicates" : records(f.duplicatesMerged()) + " merged as duplicates")
                .append(", leaving ").append(records(f.sources())).append("; ")
                .append(f.screened()).append(" screened, of which ").append(f.excluded()).append(" excluded");
        if (!f.exclusionReasons().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            f.exclusionReasons().forEach((reason, n) -> reasons.add(reason + ": " + n));
            text.append(" (").append(String.join("; ", reasons)).append(")");
        }
        text.append(" and ").append(f.included()).append(" included");
        text.append(f.notScreened() == 0 ? "." : "; " + f.notScreened() + " not screened yet.");
        if (f.excluded() > 0) {
            text.append(" Excluded sources are not counted as evidence in the map.");
        }
        blocks.add(new Paragraph(context.anchor(anchor + "-screening-intro"), List.of(Text.plain(text.toString()))));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Records identified", String.valueOf(f.identified())));
        rows.add(List.of("Duplicates merged", String.valueOf(f.duplicatesMerged())));
        rows.add(List.of("Records after duplicates merged", String.valueOf(f.sources())));
        rows.add(List.of("Records screened", String.valueOf(f.screened())));
        rows.add(List.of("Records excluded", String.valueOf(f.excluded())));
        f.exclusionReasons().forEach((reason, n) -> rows.add(List.of("Excluded: " + reason, String.valueOf(n))));
        rows.add(List.of("Sources included", String.valueOf(f.included())));
        if (f.notScreened() > 0) {
            rows.add(List.of("Not screened yet", String.valueOf(f.notScreened())));
        }
        blocks.add(new Table(context.anchor(anchor + "-screening"), "Screening of the sources (PRISMA-style flow)", List.of("Stage", "Records"), rows, true));
    }

    private static String records(int n) {
        return n == 1 ? "1 record" : n + " records";
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
                + (map.anyConfidence() ? " (where the confidence in the evidence was assessed, for a cell or its challenge, the colour shows the confidence)" : "")
                + ". "
                + (gaps == 0 ? "Every challenge has some evidence." : gaps + (gaps == 1 ? " challenge has" : " challenges have") + " none.")
                + " The table below gives the same figures.";
        return new Image(anchor, alt, svg.toString().getBytes(StandardCharsets.UTF_8), "image/svg+xml",
                List.of(Text.plain("Figure: the evidence gap map. Darker cells mean stronger evidence; the numbers count extracts or case studies."
                        + (map.anyConfidence() ? " Where the confidence in the evidence was judged, the colour shows it instead, from green (high) to brown (very low)." : ""))));
    }

    static String cell(Cell cell) {
        if (cell.count() == 0 || cell.strength() == Strength.NONE) {
            return cell.count() == 0 ? NONE : String.valueOf(cell.count());
        }
        return cell.count() + " (" + cell.strength().name().toLowerCase(Locale.ROOT) + ")";
    }
}
