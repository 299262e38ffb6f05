package org.bridgework.criteria.api;

import java.util.List;

import org.bridgework.model.AssessmentResult;
import org.bridgework.model.ConsensusStatus;

/**
 * Case studies × criteria.
 *
 * @param criteria the project's criteria (columns)
 * @param rows     one per case study, in project order
 */
public record AssessmentMatrix(List<Column> criteria, List<Row> rows) {

    public AssessmentMatrix {
        criteria = List.copyOf(criteria);
        rows = List.copyOf(rows);
    }

    /** A criterion column; {@code applicable} is false when consensus excluded it. */
    public record Column(String criterionId, String code, boolean mandatory, ConsensusStatus status, boolean applicable) {
    }

    /**
     * A case study row: one result per column (UNKNOWN when not assessed; null never), the derived
     * model-of-good-practice flag, and for a case study that is not one, why.
     */
    public record Row(String caseStudyId, String title, List<AssessmentResult> results, boolean modelOfGoodPractice, String reason) {
        public Row {
            results = List.copyOf(results);
        }
    }
}
