package org.bridgework.ui.drafting.internal;

import org.bridgework.drafting.api.ReviewImport;
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

    static final String TITLE = "Import Review Comments";

    private final ReviewImport plan;
    TableViewer table;

    ImportPreviewDialog(Shell parent, ReviewImport plan) {
        super(parent);
        this.plan = plan;
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
        int add = plan.toAdd().size();
        int skip = plan.entries().size() - add;
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(plan.entries().size() + " comment" + (plan.entries().size() == 1 ? "" : "s") + " in " + plan.file().getFileName() + ": " + add + " to add"
                + (skip > 0 ? ", " + skip + " already in the project (skipped)" : "")
                + (plan.milestone() == null ? "." : ", for the milestone '" + plan.milestone().getTitle() + "'.")
                + "\nEach goes to the section whose heading precedes it in the document. Nothing changes until you choose Add.");
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
        sd.widthHint = 700;
        summary.setLayoutData(sd);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 220;
        table.getTable().setLayoutData(td);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Action", 70, e -> e.duplicate() ? "skip" : "add");
        column("Goes to", 220, ReviewImport.Entry::where);
        column("Reviewer", 150, e -> e.author() == null ? "" : e.author());
        column("Comment", 300, e -> e.text().replace('\n', ' '));
        table.setInput(plan.entries());
        return area;
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
        createButton(parent, IDialogConstants.OK_ID, add == 0 ? "Nothing to Add" : "&Add " + add + " Comment" + (add == 1 ? "" : "s"), true).setEnabled(add > 0);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
