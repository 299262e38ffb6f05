package org.bridgework.ui.team.internal;

import java.util.Set;

import org.bridgework.team.api.TeamService;
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

/** The Team History view (commits, what each changed by element, approvals), in the Review perspective's bottom stack. */
@Component(service = ViewContribution.class)
public class HistoryView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(HistoryView.class);

    static final String ID = "org.bridgework.ui.team.history";

    private final TeamService team;

    @Activate
    public HistoryView(@Reference TeamService team) {
        this.team = team;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/history.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.history.label");
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.REVIEW);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new HistoryPart(parent, context, team);
    }
}
