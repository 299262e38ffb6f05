package org.bridgework.drafting.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One rule of milestone readiness (whiteboard: register it as an OSGi service). {@link MilestoneReadiness} asks every
 * rule that {@linkplain #appliesTo applies} to a milestone's kind for its open items, so {@code bridgework milestones},
 * the Milestones view, the case-study board and the publication gate all see the same rules; a local context or an
 * institution adds its own the same way.
 *
 * @since 1.2
 */
@ConsumerType
public interface ReadinessRule {

    /** True when this rule counts for milestones of {@code kind} (the rules counting for the final milestone are what the publication gate blocks a release on). */
    boolean appliesTo(MilestoneKind kind);

    /**
     * What this rule finds still open before {@code milestone}: empty when nothing is. Reads the model only; quick;
     * must not throw.
     */
    List<Readiness.OpenItem> open(GuidanceProject project, Milestone milestone);
}
