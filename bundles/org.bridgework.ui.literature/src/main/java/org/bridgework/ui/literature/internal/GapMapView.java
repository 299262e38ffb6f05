package org.bridgework.ui.literature.internal;

import java.util.Set;

import org.bridgework.literature.api.EvidenceGapMaps;
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

/** The Evidence Gap Map view: challenges against the evidence for them, as a heatmap, in the Literature perspective. */
@Component(service = ViewContribution.class)
public class GapMapView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(GapMapView.class);

    static final String ID = "org.bridgework.ui.literature.gapmap";

    private final EvidenceGapMaps maps;

    @Activate
    public GapMapView(@Reference EvidenceGapMaps maps) {
        this.maps = maps;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/gapmap.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.gapmap.label");
    }

    @Override
    public String stack() {
        return Stacks.EDITOR_AREA;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.LITERATURE);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new GapMapPart(parent, context, maps);
    }
}
