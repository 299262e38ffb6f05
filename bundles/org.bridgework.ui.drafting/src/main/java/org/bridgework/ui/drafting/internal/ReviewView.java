package org.bridgework.ui.drafting.internal;

import java.util.Set;

import org.bridgework.drafting.api.ReviewPacks;
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

/** Review comments filtered by milestone and status, with their status and response edited in place. */
@Component(service = ViewContribution.class)
public class ReviewView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(ReviewView.class);

    static final String ID = "org.bridgework.ui.drafting.review";

    private final ReviewPacks packs;

    @Activate
    public ReviewView(@Reference ReviewPacks packs) {
        this.packs = packs;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/review.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.review.label");
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.REVIEW, Perspectives.DRAFTING);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new ReviewPart(parent, context, packs);
    }
}
