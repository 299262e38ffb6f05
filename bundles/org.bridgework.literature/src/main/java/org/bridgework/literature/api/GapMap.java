package org.bridgework.literature.api;

import org.bridgework.model.CerqualConcern;
import org.bridgework.model.EvidenceConfidenceLevel;

import java.util.List;

/**
 * Challenges against the evidence for them.
 *
 * @param projectTitle the project's title
 * @param rows         one per challenge, in project order
 * @param columns      one per source type that has sources (in the model's order), then case studies
 * @param cells        {@code cells.get(row).get(column)}
 */
public record GapMap(String projectTitle, List<Row> rows, List<Column> columns, List<List<Cell>> cells) {

    public Cell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /**
     * A challenge, with the confidence its evidence deserves (GRADE-CERQual style: high, moderate, low, very low or
     * not assessed), the concern about each component and the reasons.
     *
     * @param concerns methodological limitations, coherence, adequacy, relevance, in that order (not assessed when unset)
     * @since 1.2 (confidence, concerns, confidenceReasons)
     */
    public record Row(String challengeId, String title, String category, EvidenceConfidenceLevel confidence, List<CerqualConcern> concerns,
            String confidenceReasons) {

        public Row {
            confidence = confidence == null ? EvidenceConfidenceLevel.NOT_ASSESSED : confidence;
            concerns = concerns == null ? List.of() : List.copyOf(concerns);
        }

        public Row(String challengeId, String title, String category) {
            this(challengeId, title, category, EvidenceConfidenceLevel.NOT_ASSESSED, List.of(), null);
        }

        /** True when someone assessed the confidence in this challenge's evidence. */
        public boolean assessed() {
            return confidence != EvidenceConfidenceLevel.NOT_ASSESSED;
        }
    }

    /** The components of a GRADE-CERQual assessment, in the order of {@link Row#concerns()}. */
    public static final List<String> CERQUAL_COMPONENTS = List.of("methodological limitations", "coherence", "adequacy", "relevance");

    /**
     * An evidence column.
     *
     * @param id    the source type's literal ({@code article-journal}) or {@code case-studies}
     * @param label for people ({@code Journal articles}, {@code Case studies})
     */
    public record Column(String id, String label, Kind kind) {
        public enum Kind {
            SOURCE_TYPE, CASE_STUDIES
        }
    }

    /**
     * The evidence for one challenge of one kind.
     *
     * @param count        extracts (source columns) or case studies (case-study column): a case study counts for a
     *                     challenge it addresses, or whose solution it exemplifies
     * @param sources      distinct sources the extracts come from (0 in the case-study column)
     * @param strength     how strong the evidence is, see {@link Strength}
     * @param extractIds   the extracts, in project order
     * @param caseStudyIds the case studies, in project order
     */
    public record Cell(int count, int sources, Strength strength, List<String> extractIds, List<String> caseStudyIds,
            EvidenceConfidenceLevel confidence, List<CerqualConcern> concerns, String confidenceReasons) {

        /**
         * @param confidence        this cell's own confidence (GRADE-CERQual style), not assessed when the cell has none
         * @param concerns          as {@link Row#concerns()}
         * @param confidenceReasons why
         * @since 1.3 (confidence, concerns, confidenceReasons)
         */
        public Cell {
            confidence = confidence == null ? EvidenceConfidenceLevel.NOT_ASSESSED : confidence;
            concerns = concerns == null ? List.of() : List.copyOf(concerns);
        }

        public Cell(int count, int sources, Strength strength, List<String> extractIds, List<String> caseStudyIds) {
            this(count, sources, strength, extractIds, caseStudyIds, EvidenceConfidenceLevel.NOT_ASSESSED, List.of(), null);
        }

        /** True when this cell's own confidence was assessed. */
        public boolean assessed() {
            return confidence != EvidenceConfidenceLevel.NOT_ASSESSED;
        }
    }

    /**
     * The confidence a cell is coloured by: its own where assessed, else its challenge's overall confidence; not
     * assessed (coloured by strength) when neither was assessed or the cell has no evidence.
     *
     * @since 1.3
     */
    public EvidenceConfidenceLevel shownConfidence(int row, int column) {
        Cell cell = cell(row, column);
        if (cell.count() == 0) {
            return EvidenceConfidenceLevel.NOT_ASSESSED;
        }
        return cell.assessed() ? cell.confidence() : rows.get(row).confidence();
    }

    /** True when any cell is coloured by confidence. @since 1.3 */
    public boolean anyConfidence() {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                if (shownConfidence(i, j) != EvidenceConfidenceLevel.NOT_ASSESSED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Strength of the evidence in a cell: each distinct source weighs 3 for a peer-reviewed kind (journal article),
     * 2 for a report, book, chapter, conference paper, thesis, dataset or legislation, 1 for a web page, post,
     * magazine article or other document; each case study weighs its strongest benefit's evidence strength (weak 1,
     * moderate 2, strong 3; 1 when unknown). Total 0: none; 1-2: weak; 3-5: moderate; 6 or more: strong.
     */
    public enum Strength {
        NONE, WEAK, MODERATE, STRONG
    }
}
