package org.bridgework.ui.team.internal;

import java.util.Set;

import org.bridgework.team.api.ConflictResolution;
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

/** The Merge Conflicts view, in the bottom stack of every perspective. */
@Component(service = ViewContribution.class)
public class ConflictsView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(ConflictsView.class);

    static final String ID = "org.bridgework.ui.team.conflicts";

    private final ConflictResolution resolution;

    @Activate
    public ConflictsView(@Reference ConflictResolution resolution) {
        this.resolution = resolution;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/conflicts.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.conflicts.label");
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.ALL);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new ConflictsPart(parent, context, resolution);
    }
}
