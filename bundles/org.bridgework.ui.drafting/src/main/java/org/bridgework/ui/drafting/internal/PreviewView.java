package org.bridgework.ui.drafting.internal;

import java.util.Set;

import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The live preview: the selected section (or the whole document) rendered by the assembly's HTML writer. */
@Component(service = ViewContribution.class)
public class PreviewView implements ViewContribution {

    static final String ID = "org.bridgework.ui.drafting.preview";

    private final AssemblyService assembly;
    private final HtmlExport html;

    @Activate
    public PreviewView(@Reference AssemblyService assembly, @Reference HtmlExport html) {
        this.assembly = assembly;
        this.html = html;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Preview";
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
        return new PreviewPart(parent, context, assembly, html);
    }
}
