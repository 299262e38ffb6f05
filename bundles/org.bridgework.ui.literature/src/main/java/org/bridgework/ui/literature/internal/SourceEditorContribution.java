package org.bridgework.ui.literature.internal;

import org.bridgework.model.Source;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;

/** The source editor: bibliographic fields and the source's extracts. Preferred over the generic editor for sources. */
@Component(service = EditorContribution.class)
public class SourceEditorContribution implements EditorContribution {

    private static final Messages MESSAGES = Messages.of(SourceEditorContribution.class);

    @Override
    public String id() {
        return "org.bridgework.ui.literature.source";
    }

    @Override
    public String label() {
        return MESSAGES.get("editor.source.label");
    }

    @Override
    public boolean canOpen(Object element) {
        return element instanceof Source;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Part createEditor(Composite parent, PartContext context, Object input) {
        return new SourceEditor(parent, context, (Source) input);
    }
}
