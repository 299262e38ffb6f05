package org.bridgework.ui.casestudies.internal;

import org.bridgework.model.CaseStudy;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;

/** Opens case studies (double-click in the explorer or on the collection board) in the {@link CaseStudyEditor}. */
@Component(service = EditorContribution.class)
public class CaseStudyEditorContribution implements EditorContribution {

    private static final Messages MESSAGES = Messages.of(CaseStudyEditorContribution.class);

    static final String ID = "org.bridgework.ui.casestudies.editor";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return MESSAGES.get("editor.label");
    }

    @Override
    public boolean canOpen(Object element) {
        return element instanceof CaseStudy;
    }

    @Override
    public Part createEditor(Composite parent, PartContext context, Object input) {
        return new CaseStudyEditor(parent, context, (CaseStudy) input);
    }
}
