package org.bridgework.ui.criteria.internal;

import java.util.Set;

import org.bridgework.criteria.api.ConsensusService;
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

/** The Criteria view (criteria perspective, editor area): list, reorder and edit the criteria. */
@Component(service = ViewContribution.class)
public class CriteriaView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(CriteriaView.class);
    static final String ID = "org.bridgework.ui.criteria.criteria";

    private final ConsensusService consensus;

    @Activate
    public CriteriaView(@Reference ConsensusService consensus) {
        this.consensus = consensus;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/criteria.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.criteria");
    }

    @Override
    public String stack() {
        return Stacks.EDITOR_AREA;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.CRITERIA);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new CriteriaPart(parent, context, consensus);
    }
}
