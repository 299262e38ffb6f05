package org.bridgework.casestudies.api;

import java.time.LocalDate;
import java.util.List;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The case-study collection pipeline: identified → engaged → template sent → returned → verified → approved (or
 * withdrawn at any step), each step dated.
 */
@ProviderType
public interface CollectionPipeline {

    /**
     * One case study on the board.
     *
     * @param deadline the date collection must be finished by (from the milestones), or null when none is planned
     * @param overdue  an open item of the deadline milestone's readiness (drafting's {@code MilestoneReadiness}: not verified, approved or
     *                 withdrawn) while that milestone's status is missed (its date passed with items open)
     * @param dueSoon  open, not overdue, the deadline not done or cancelled and within 14 days of {@code today}
     */
    record Entry(CaseStudy caseStudy, CollectionStatus status, LocalDate since, Milestone deadlineMilestone, LocalDate deadline,
            boolean overdue, boolean dueSoon) {
    }

    /** The milestone collection must finish before: kind case-studies-collected, else draft-to-stakeholders; or null. */
    Milestone deadline(GuidanceProject project);

    /** Every case study of the project, in project order. */
    List<Entry> board(GuidanceProject project, LocalDate today);

    /**
     * Why {@code caseStudy} cannot move to {@code to}, or null when it can: only forward (steps may be skipped), or to
     * withdrawn from any status but withdrawn.
     */
    String refusal(CaseStudy caseStudy, CollectionStatus to);

    /**
     * As {@link #refusal(CaseStudy, CollectionStatus)}, and also refused when a move dated {@code date} would put the
     * case study's history out of order (a date before its last status change).
     *
     * @since 1.2
     */
    String refusal(CaseStudy caseStudy, CollectionStatus to, LocalDate date);

    /**
     * The command that records the move (status and a dated history entry). {@code domain} may be null to apply it
     * directly.
     *
     * @throws IllegalArgumentException with {@link #refusal} when the move is not allowed, or when {@code date} is before the
     *                                  case study's last status change (its history would run backwards)
     */
    Command advance(EditingDomain domain, CaseStudy caseStudy, CollectionStatus to, LocalDate date, String note);
}
