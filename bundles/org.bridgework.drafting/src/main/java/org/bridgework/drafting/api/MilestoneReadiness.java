package org.bridgework.drafting.api;

import java.time.LocalDate;
import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneStatus;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What is still open before each milestone, derived from the project (nothing stored): unverified case studies,
 * criteria without consensus, unresolved review comments, sections over budget, the document over its length target,
 * depending on the milestone's kind, as the {@link ReadinessRule} services say; the final milestone's readiness is the
 * publication gate's blockers (since 1.4), and the gate blocks a release on the release milestone's open items. The same service backs {@code bridgework milestones} and the workbench's timeline.
 * Read the model on the thread that owns it (the UI thread in the workbench).
 *
 * @since 1.1
 */
@ProviderType
public interface MilestoneReadiness {

    /** The readiness of every milestone, in the project's order. */
    List<Readiness> readiness(GuidanceProject project);

    /** The readiness of one milestone of the project. */
    Readiness readiness(GuidanceProject project, Milestone milestone);

    /**
     * The milestone's status as every view shows it: done, cancelled or missed as recorded; otherwise missed when its
     * date has passed ({@code today} is after it) while items are still open; otherwise as recorded (planned when
     * nothing is).
     *
     * @since 1.2
     */
    MilestoneStatus status(GuidanceProject project, Milestone milestone, LocalDate today);

    /**
     * The status as {@link #status(GuidanceProject, Milestone, LocalDate)} gives it, from the milestone's readiness
     * already asked for: a view or report that shows both asks the rules (and for the final milestone the whole
     * publication gate) once, not again for every cell.
     *
     * @since 1.6
     */
    default MilestoneStatus status(Milestone milestone, Readiness readiness, LocalDate today) {
        MilestoneStatus recorded = milestone.getStatus() == null ? MilestoneStatus.PLANNED : milestone.getStatus();
        if (recorded == MilestoneStatus.DONE || recorded == MilestoneStatus.CANCELLED || recorded == MilestoneStatus.MISSED) {
            return recorded;
        }
        if (milestone.getDate() != null && today.isAfter(milestone.getDate()) && !readiness.ready()) {
            return MilestoneStatus.MISSED;
        }
        return recorded;
    }
}
