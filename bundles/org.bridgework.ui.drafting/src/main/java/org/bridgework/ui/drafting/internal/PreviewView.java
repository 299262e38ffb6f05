package org.bridgework.ui.drafting.internal;

import java.util.Set;

import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.context.api.ContextRegistry;
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
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * The live preview: the selected section (or the whole document) rendered by the assembly's HTML writer, with or
 * without one of the local contexts assembly can apply. The context registry (optional) tells the preview when
 * contexts are installed or uninstalled; without it the list is refreshed when the selector gets focus.
 */
@Component(service = ViewContribution.class)
public class PreviewView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(PreviewView.class);

    static final String ID = "org.bridgework.ui.drafting.preview";

    private final AssemblyService assembly;
    private final HtmlExport html;

    private final ContextChanges changes;

    @Activate
    public PreviewView(@Reference AssemblyService assembly, @Reference HtmlExport html,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ContextRegistry registry) {
        this(assembly, html, registry == null ? null : registry::onChange);
    }

    /** Plain-Java use (tests): {@code changes} may be null (the list is then refreshed on focus only). */
    PreviewView(AssemblyService assembly, HtmlExport html, ContextChanges changes) {
        this.assembly = assembly;
        this.html = html;
        this.changes = changes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/preview.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.preview.label");
    }

    @Override
    public String stack() {
        return Stacks.RIGHT;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.DRAFTING);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new PreviewPart(parent, context, assembly, html, changes);
    }
}
