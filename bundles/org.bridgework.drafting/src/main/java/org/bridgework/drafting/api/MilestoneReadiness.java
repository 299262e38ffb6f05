package org.bridgework.drafting.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What is still open before each milestone, derived from the project (nothing stored): unverified case studies,
 * criteria without consensus, unresolved review comments, sections over budget, the document over its length target,
 * depending on the milestone's kind. The same service backs {@code bridgework milestones} and the workbench's timeline.
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
}
