package org.bridgework.ui.casestudies.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;

import org.bridgework.casestudies.api.CollectionPipeline;
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

/** The collection board ({@link CollectionBoard}), in the editor area of the Case studies perspective. */
@Component(service = ViewContribution.class)
public class CollectionBoardView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(CollectionBoardView.class);

    static final String ID = "org.bridgework.ui.casestudies.board";

    private final CollectionPipeline pipeline;
    private final Clock clock;

    @Activate
    public CollectionBoardView(@Reference CollectionPipeline pipeline) {
        this(pipeline, Clock.system(ZoneOffset.UTC));
    }

    CollectionBoardView(CollectionPipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/board.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.board.label");
    }

    @Override
    public String stack() {
        return Stacks.EDITOR_AREA;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.CASE_STUDIES);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new CollectionBoard(parent, context, pipeline, clock);
    }
}
