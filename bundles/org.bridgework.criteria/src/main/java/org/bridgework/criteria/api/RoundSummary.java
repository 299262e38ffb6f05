package org.bridgework.criteria.api;

import java.time.LocalDate;
import java.util.List;

import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusStatus;

/**
 * A round's statistics.
 *
 * @param roundId       the round's id
 * @param number        its number
 * @param title         its title, may be null
 * @param opened        may be null (not yet opened)
 * @param closed        may be null
 * @param scale         the scale in use
 * @param panelSize     members on the panel
 * @param respondents   panel members with at least one rating (score or abstention) in the round
 * @param criteria      one entry per criterion of the round, in the round's order
 */
public record RoundSummary(String roundId, int number, String title, LocalDate opened, LocalDate closed, ConsensusScale scale,
        int panelSize, int respondents, List<CriterionSummary> criteria) {

    public RoundSummary {
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion in one round.
     *
     * @param criterionId      the criterion's id
     * @param code             its code, may be null
     * @param statement        its statement (current wording)
     * @param status           derived consensus status
     * @param raters           panel members who gave a score
     * @param abstentions      panel members who rated without a score
     * @param distribution     count of raters per score, index 0 = score 1 (9 or 3 entries)
     * @param agreePercent     percent of raters at the agreeing end, NaN with no raters
     * @param neutralPercent   percent in the middle, NaN with no raters
     * @param disagreePercent  percent at the disagreeing end, NaN with no raters
     * @param median           median score, NaN with no raters
     * @param q1               first quartile (linear interpolation, as Excel's QUARTILE.INC), NaN with no raters
     * @param q3               third quartile, NaN with no raters
     * @param previousRound    number of the previous round that rated this criterion, 0 when none
     * @param previousStatus   status there, null when none
     * @param agreementChange  change in agree percent since then (percentage points), NaN when not comparable
     * @param stable           |agreementChange| below 15 points; null when not comparable
     * @param comments         the raters' comments, non-blank, in rating order (member ids are not included)
     */
    public record CriterionSummary(String criterionId, String code, String statement, ConsensusStatus status, int raters,
            int abstentions, List<Integer> distribution, double agreePercent, double neutralPercent, double disagreePercent,
            double median, double q1, double q3, int previousRound, ConsensusStatus previousStatus, double agreementChange,
            Boolean stable, List<String> comments) {

        public CriterionSummary {
            distribution = List.copyOf(distribution);
            comments = List.copyOf(comments);
        }

        /** Interquartile range q3 - q1, NaN with no raters. */
        public double iqr() {
            return q3 - q1;
        }
    }
}
