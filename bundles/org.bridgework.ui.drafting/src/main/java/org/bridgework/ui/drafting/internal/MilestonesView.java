package org.bridgework.ui.drafting.internal;

import java.util.Set;

import org.bridgework.drafting.api.MilestoneReadiness;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The milestones in date order, each with what is still open before it (derived readiness). */
@Component(service = ViewContribution.class)
public class MilestonesView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(MilestonesView.class);

    static final String ID = "org.bridgework.ui.drafting.milestones";

    private final MilestoneReadiness readiness;

    @Activate
    public MilestonesView(@Reference MilestoneReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/milestones.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.milestones.label");
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.SCOPE, Perspectives.REVIEW);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new MilestonesPart(parent, context, readiness);
    }
}
