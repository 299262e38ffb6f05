package org.bridgework.literature.internal.gapmap;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bridgework.literature.api.EvidenceGapMaps;
import org.bridgework.literature.api.GapMap;
import org.bridgework.literature.api.GapMap.Cell;
import org.bridgework.literature.api.GapMap.Column;
import org.bridgework.literature.api.GapMap.Row;
import org.bridgework.literature.api.GapMap.Strength;
import org.bridgework.model.Benefit;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.osgi.service.component.annotations.Component;

/** Computes the evidence gap map from extracts (mapped to challenges) and case studies (challenges addressed). */
@Component(service = EvidenceGapMaps.class)
public class EvidenceGapMapService implements EvidenceGapMaps {

    static final String CASE_STUDIES = "case-studies";

    @Override
    public GapMap compute(GuidanceProject project) {
        List<Row> rows = new ArrayList<>();
        Map<Challenge, Integer> rowIndex = new LinkedHashMap<>();
        for (Challenge c : project.getChallenges()) {
            rowIndex.put(c, rows.size());
            org.bridgework.model.EvidenceConfidence conf = c.getConfidence();
            rows.add(conf == null ? new Row(c.getId(), c.getTitle() == null ? c.getId() : c.getTitle(), c.getCategory())
                    : new Row(c.getId(), c.getTitle() == null ? c.getId() : c.getTitle(), c.getCategory(), conf.getLevel(),
                            List.of(conf.getMethodologicalLimitations(), conf.getCoherence(), conf.getAdequacy(), conf.getRelevance()),
                            conf.getReasons()));
        }
        Set<SourceType> present = EnumSet.noneOf(SourceType.class);
        for (Source s : evidence(project)) {
            present.add(type(s));
        }
        List<Column> columns = new ArrayList<>();
        Map<SourceType, Integer> columnIndex = new LinkedHashMap<>();
        for (SourceType t : SourceType.VALUES) {
            if (present.contains(t)) {
                columnIndex.put(t, columns.size());
                columns.add(new Column(t.getLiteral(), label(t), Column.Kind.SOURCE_TYPE));
            }
        }
        int caseColumn = columns.size();
        columns.add(new Column(CASE_STUDIES, "Case studies", Column.Kind.CASE_STUDIES));

        int n = rows.size();
        int m = columns.size();
        List<List<Set<String>>> extracts = grid(n, m);
        List<List<Map<Source, Integer>>> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Map<Source, Integer>> row = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                row.add(new LinkedHashMap<>());
            }
            sources.add(row);
        }
        for (Source s : evidence(project)) {
            int column = columnIndex.get(type(s));
            for (Extract e : s.getExtracts()) {
                for (Challenge c : new LinkedHashSet<>(e.getChallenges())) {
                    Integer row = rowIndex.get(c);
                    if (row == null) {
                        continue; // a challenge of another project (a dangling reference): validation reports it
                    }
                    extracts.get(row).get(column).add(e.getId());
                    sources.get(row).get(column).put(s, weight(type(s)));
                }
            }
        }
        List<List<Set<String>>> cases = grid(n, m);
        List<List<Integer>> caseWeights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            caseWeights.add(new ArrayList<>(List.of(0)));
        }
        for (CaseStudy cs : project.getCaseStudies()) {
            if (cs.getCollectionStatus() == CollectionStatus.WITHDRAWN) {
                continue;
            }
            for (Challenge c : challengesShownBy(project, cs)) {
                Integer row = rowIndex.get(c);
                if (row != null && cases.get(row).get(caseColumn).add(cs.getId())) {
                    caseWeights.get(row).set(0, caseWeights.get(row).get(0) + weight(cs));
                }
            }
        }
        List<Challenge> challenges = new ArrayList<>(rowIndex.keySet());
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Cell> row = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (j == caseColumn) {
                    List<String> ids = List.copyOf(cases.get(i).get(j));
                    row.add(withConfidence(new Cell(ids.size(), 0, strength(caseWeights.get(i).get(0)), List.of(), ids), challenges.get(i), columns.get(j)));
                } else {
                    Map<Source, Integer> weights = sources.get(i).get(j);
                    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
                    List<String> ids = List.copyOf(extracts.get(i).get(j));
                    row.add(withConfidence(new Cell(ids.size(), weights.size(), strength(total), ids, List.of()), challenges.get(i), columns.get(j)));
                }
            }
            cells.add(List.copyOf(row));
        }
        return new GapMap(project.getTitle() == null ? project.getId() : project.getTitle(), List.copyOf(rows), List.copyOf(columns), List.copyOf(cells));
    }

    /**
     * The challenges a case study shows something for: those it addresses, then those addressed by the solutions it
     * exemplifies (project order, each once).
     */
    static Set<Challenge> challengesShownBy(GuidanceProject project, CaseStudy cs) {
        Set<Challenge> shown = new LinkedHashSet<>(cs.getChallengesAddressed());
        for (org.bridgework.model.Solution solution : project.getSolutions()) {
            if (solution.getExemplifiedBy().contains(cs)) {
                shown.addAll(solution.getAddresses());
            }
        }
        return shown;
    }

    private static Cell withConfidence(Cell cell, Challenge challenge, Column column) {
        org.bridgework.model.CellConfidence conf = org.bridgework.literature.api.EvidenceAppraisal.cellConfidence(challenge, column.id());
        if (conf == null) {
            return cell;
        }
        return new Cell(cell.count(), cell.sources(), cell.strength(), cell.extractIds(), cell.caseStudyIds(), conf.getLevel(),
                List.of(conf.getMethodologicalLimitations(), conf.getCoherence(), conf.getAdequacy(), conf.getRelevance()), conf.getReasons());
    }

    /** The sources that count as evidence: all but those excluded at screening (not screened yet still counts). */
    static List<Source> evidence(GuidanceProject project) {
        return project.getSources().stream().filter(s -> s.getScreening() != org.bridgework.model.ScreeningDecision.EXCLUDED).toList();
    }

    private static List<List<Set<String>>> grid(int n, int m) {
        List<List<Set<String>>> g = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Set<String>> row = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                row.add(new LinkedHashSet<>());
            }
            g.add(row);
        }
        return g;
    }

    private static SourceType type(Source s) {
        return s.getType() == null ? SourceType.DOCUMENT : s.getType();
    }

    /** See {@link Strength}. */
    static int weight(SourceType t) {
        return switch (t) {
            case ARTICLE_JOURNAL -> 3;
            case REPORT, BOOK, CHAPTER, PAPER_CONFERENCE, THESIS, DATASET, LEGISLATION -> 2;
            case WEBPAGE, POST, ARTICLE, DOCUMENT -> 1;
        };
    }

    static int weight(CaseStudy cs) {
        int best = 1;
        for (Benefit b : cs.getBenefits()) {
            EvidenceStrength s = b.getEvidenceStrength();
            if (s != null) {
                best = Math.max(best, switch (s) {
                    case STRONG -> 3;
                    case MODERATE -> 2;
                    case WEAK, UNKNOWN -> 1;
                });
            }
        }
        return best;
    }

    static Strength strength(int total) {
        if (total <= 0) {
            return Strength.NONE;
        }
        if (total <= 2) {
            return Strength.WEAK;
        }
        return total <= 5 ? Strength.MODERATE : Strength.STRONG;
    }

    static String label(SourceType t) {
        return switch (t) {
            case REPORT -> "Reports";
            case ARTICLE_JOURNAL -> "Journal articles";
            case BOOK -> "Books";
            case CHAPTER -> "Book chapters";
            case WEBPAGE -> "Web pages";
            case PAPER_CONFERENCE -> "Conference papers";
            case THESIS -> "Theses";
            case DATASET -> "Datasets";
            case LEGISLATION -> "Legislation";
            case POST -> "Posts";
            case ARTICLE -> "Magazine and news";
            case DOCUMENT -> "Other documents";
        };
    }

    @Override
    public void writeCsv(GapMap map, Writer out) throws IOException {
        // a byte order mark so that spreadsheet programs read the UTF-8 (accents in titles) as UTF-8
        out.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of("challenge_id", "challenge", "category"));
        for (Column c : map.columns()) {
            header.add(c.label() + " (count)");
            header.add(c.label() + " (strength)");
        }
        header.add("Total (count)");
        header.add("Confidence");
        for (String component : GapMap.CERQUAL_COMPONENTS) {
            header.add("Concerns: " + component);
        }
        header.add("Confidence reasons");
        for (Column c : map.columns()) {
            header.add(c.label() + " (confidence)");
            header.add(c.label() + " (confidence reasons)");
        }
        line(out, header);
        for (int i = 0; i < map.rows().size(); i++) {
            Row r = map.rows().get(i);
            List<String> cells = new ArrayList<>(List.of(r.challengeId(), r.title(), r.category() == null ? "" : r.category()));
            int total = 0;
            for (int j = 0; j < map.columns().size(); j++) {
                Cell cell = map.cell(i, j);
                cells.add(String.valueOf(cell.count()));
                cells.add(cell.strength().name().toLowerCase(Locale.ROOT));
                total += cell.count();
            }
            cells.add(String.valueOf(total));
            cells.add(r.confidence().getLiteral());
            for (int k = 0; k < GapMap.CERQUAL_COMPONENTS.size(); k++) {
                cells.add(k < r.concerns().size() && r.concerns().get(k) != null ? r.concerns().get(k).getLiteral() : "not-assessed");
            }
            cells.add(r.confidenceReasons() == null ? "" : r.confidenceReasons());
            for (int j = 0; j < map.columns().size(); j++) {
                Cell cell = map.cell(i, j);
                cells.add(cell.confidence().getLiteral());
                cells.add(cell.confidenceReasons() == null ? "" : cell.confidenceReasons());
            }
            line(out, cells);
        }
        out.flush();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.write('"' + c.replace("\"", "\"\"") + '"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }

    @Override
    public void writeSvg(GapMap map, Writer out) throws IOException {
        new GapMapSvg(map).write(out);
    }
}
