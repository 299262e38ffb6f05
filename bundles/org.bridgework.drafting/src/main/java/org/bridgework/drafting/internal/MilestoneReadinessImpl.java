package org.bridgework.drafting.internal;

import java.util.List;

import org.bridgework.drafting.api.MilestoneReadiness;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.osgi.service.component.annotations.Component;

/** Milestone readiness as a service (see {@link Milestones} for what counts). */
@Component(service = MilestoneReadiness.class)
public class MilestoneReadinessImpl implements MilestoneReadiness {

    @Override
    public List<Readiness> readiness(GuidanceProject project) {
        return Milestones.readiness(project);
    }

    @Override
    public Readiness readiness(GuidanceProject project, Milestone milestone) {
        return Milestones.readiness(project, milestone);
    }
}
