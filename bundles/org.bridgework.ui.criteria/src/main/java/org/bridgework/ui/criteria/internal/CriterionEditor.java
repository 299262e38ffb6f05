package org.bridgework.ui.criteria.internal;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.Criterion;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The criterion editor: the Criteria view's form for one criterion, opened from anywhere (a double-click). */
@Component(service = EditorContribution.class)
public class CriterionEditor implements EditorContribution {

    private static final Messages MESSAGES = Messages.of(CriterionEditor.class);
    static final String ID = "org.bridgework.ui.criteria.editor";

    private final ConsensusService consensus;

    @Activate
    public CriterionEditor(@Reference ConsensusService consensus) {
        this.consensus = consensus;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return MESSAGES.get("editor.criterion");
    }

    @Override
    public boolean canOpen(Object element) {
        return element instanceof Criterion c && c.eResource() != null;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Part createEditor(Composite parent, PartContext context, Object input) {
        return new Editor(parent, context, (Criterion) input);
    }

    /** The live editor. */
    final class Editor implements Part {
        final CriterionForm form;

        Editor(Composite parent, PartContext context, Criterion criterion) {
            ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
            scroll.setExpandHorizontal(true);
            scroll.setExpandVertical(true);
            form = new CriterionForm(scroll, context, consensus);
            scroll.setContent(form.body);
            Runnable resize = () -> CriteriaPart.fit(scroll, form.body);
            scroll.addListener(SWT.Resize, e -> resize.run());
            form.show(criterion);
            context.setTitle(title(criterion));
            context.addProjectListener(new ProjectListener() {
                @Override
                public void projectChanged(Project project) {
                    form.refresh();
                    context.setTitle(title(criterion));
                    resize.run();
                }
            });
            resize.run();
        }

        @Override
        public void setFocus() {
            form.statement.setFocus();
        }
    }

    static String title(Criterion c) {
        return c.getCode() == null ? c.getId() : c.getCode() + " " + CriterionForm.nn(c.getTitle());
    }
}
