package org.bridgework.ui.drafting.internal;

import org.bridgework.drafting.api.DraftingChecks;
import org.bridgework.drafting.api.EvidenceLinks;
import org.bridgework.model.Section;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The section editor: the section's blocks as editable text with live check markers and completion. */
@Component(service = EditorContribution.class)
public class SectionEditor implements EditorContribution {

    private static final Messages MESSAGES = Messages.of(SectionEditor.class);

    static final String ID = "org.bridgework.ui.drafting.section";

    private final DraftingChecks checks;
    private final EvidenceLinks links;

    /** Without provenance: stale evidence is still marked, but cannot be marked re-checked from here. */
    public SectionEditor(DraftingChecks checks) {
        this(checks, null);
    }

    @Activate
    public SectionEditor(@Reference DraftingChecks checks, @Reference EvidenceLinks links) {
        this.checks = checks;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return MESSAGES.get("editor.section.label");
    }

    @Override
    public boolean canOpen(Object element) {
        return element instanceof Section;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Part createEditor(Composite parent, PartContext context, Object input) {
        return new SectionEditorPart(parent, context, (Section) input, checks, links);
    }
}
