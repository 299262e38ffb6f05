package org.bridgework.ui.literature.internal;

import java.util.Set;

import org.bridgework.literature.api.LiteratureImporter;
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

/**
 * The Literature view: the project's sources as a sortable, filterable table, in the Literature perspective.
 * Reference files dropped on it open the import wizard with them.
 */
@Component(service = ViewContribution.class)
public class LiteratureView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(LiteratureView.class);

    static final String ID = "org.bridgework.ui.literature.sources";

    private final LiteratureImporter importer;

    @Activate
    public LiteratureView(@Reference LiteratureImporter importer) {
        this.importer = importer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/literature.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.literature.label");
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
        return new LiteraturePart(parent, context, importer);
    }
}
