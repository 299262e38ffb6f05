package org.bridgework.ui.drafting.internal;

import org.bridgework.drafting.api.ReviewImport;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Shows what importing a commented review pack will do, before anything changes. */
final class ImportPreviewDialog extends Dialog {

    private static final Messages MESSAGES = Messages.of(ImportPreviewDialog.class);

    static final String TITLE = MESSAGES.get("importComments.title");

    private ReviewImport plan;
    private final java.util.List<org.bridgework.model.Milestone> milestones;
    private final java.util.function.Function<org.bridgework.model.Milestone, ReviewImport> replan;
    TableViewer table;
    org.eclipse.swt.widgets.Combo milestone;
    private Label summary;

    /**
     * @param milestones the project's milestones, offered for the new comments
     * @param replan     plans the import again for another milestone
     */
    ImportPreviewDialog(Shell parent, ReviewImport plan, java.util.List<org.bridgework.model.Milestone> milestones,
            java.util.function.Function<org.bridgework.model.Milestone, ReviewImport> replan) {
        super(parent);
        this.plan = plan;
        this.milestones = java.util.List.copyOf(milestones);
        this.replan = replan;
    }

    /** The plan to apply (for the milestone chosen last). */
    ReviewImport plan() {
        return plan;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        summary = new Label(area, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
        sd.widthHint = 700;
        summary.setLayoutData(sd);
        Composite row = new Composite(area, SWT.NONE);
        row.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
        new Label(row, SWT.NONE).setText(MESSAGES.get("importComments.milestone.label"));
        milestone = new org.eclipse.swt.widgets.Combo(row, SWT.READ_ONLY);
        for (org.bridgework.model.Milestone m : milestones) {
            milestone.add(m.getTitle() == null ? m.getId() : m.getTitle());
        }
        milestone.add(MESSAGES.get("importComments.milestone.none"));
        milestone.select(plan.milestone() == null ? milestones.size() : milestones.indexOf(plan.milestone()));
        milestone.setToolTipText(MESSAGES.get("importComments.milestone.tip"));
        milestone.addListener(SWT.Selection, e -> {
            int i = milestone.getSelectionIndex();
            plan = replan.apply(i < milestones.size() ? milestones.get(i) : null);
            table.setInput(plan.entries());
            describe();
        });
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 220;
        table.getTable().setLayoutData(td);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(MESSAGES.get("importComments.column.action"), 60, e -> MESSAGES.get(e.duplicate() ? "importComments.action.skip" : "importComments.action.add"));
        column(MESSAGES.get("importComments.column.goesTo"), 270, ReviewImport.Entry::where);
        column(MESSAGES.get("importComments.column.reviewer"), 150, e -> e.author() == null ? "" : e.author());
        column(MESSAGES.get("importComments.column.comment"), 260, e -> e.text().replace('\n', ' '));
        table.setInput(plan.entries());
        describe();
        return area;
    }

    private void describe() {
        int add = plan.toAdd().size();
        int skip = plan.entries().size() - add;
        int suggest = plan.suggestionsToAdd().size();
        long leftOut = plan.suggestions().stream().filter(x -> x.leftOut() != null).count();
        summary.setText(MESSAGES.format("importComments.summary.comments", plan.entries().size(), plan.file().getFileName(), add)
                + (skip > 0 ? MESSAGES.format("importComments.summary.skipped", skip) : "")
                + (plan.suggestions().isEmpty() ? "" : MESSAGES.format("importComments.summary.changes", plan.suggestions().size(), suggest)
                        + (leftOut == 0 ? "" : MESSAGES.format("importComments.summary.leftOut", leftOut)))
                + (plan.milestone() == null ? MESSAGES.get("importComments.summary.noMilestone")
                        : MESSAGES.format("importComments.summary.milestone", plan.milestone().getTitle()))
                + "\n" + MESSAGES.get("importComments.summary.where"));
    }

    private void column(String title, int width, java.util.function.Function<ReviewImport.Entry, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ReviewImport.Entry) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        int add = plan.toAdd().size();
        int suggest = plan.suggestionsToAdd().size();
        String label = add + suggest == 0 ? MESSAGES.get("importComments.button.nothing")
                : suggest == 0 ? MESSAGES.format("importComments.button.addComments", add)
                : add == 0 ? MESSAGES.format("importComments.button.addSuggestions", suggest)
                : MESSAGES.format("importComments.button.addBoth", add, suggest);
        createButton(parent, IDialogConstants.OK_ID, label, true).setEnabled(add + suggest > 0);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
