package org.bridgework.ui.drafting.internal;

import java.util.Set;

import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;

/** The document outline of the drafting perspective: nested sections with word counts and budgets. */
@Component(service = ViewContribution.class)
public class OutlineView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(OutlineView.class);

    static final String ID = "org.bridgework.ui.drafting.outline";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/sections.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.outline.label");
    }

    @Override
    public String stack() {
        return Stacks.LEFT;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.DRAFTING);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new OutlinePart(parent, context);
    }
}
