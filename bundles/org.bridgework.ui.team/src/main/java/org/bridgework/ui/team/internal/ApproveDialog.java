package org.bridgework.ui.team.internal;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Who approves which milestone, in which role. */
final class ApproveDialog extends Dialog {

    private static final Messages MESSAGES = Messages.of(ApproveDialog.class);

    private final GuidanceProject project;
    private Combo milestoneField;
    private Text nameField;
    private Text roleField;
    private Text organisationField;
    private Text noteField;
    private String milestone;
    private String name;
    private String role;
    private String organisation;
    private String note;

    ApproveDialog(Shell parent, GuidanceProject project) {
        super(parent);
        this.project = project;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(MESSAGES.get("approve.dialog.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        label(area, MESSAGES.get("approve.dialog.milestone"));
        milestoneField = new Combo(area, SWT.READ_ONLY);
        for (Milestone m : project.getMilestones()) {
            milestoneField.add(m.getId());
        }
        milestoneField.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(milestoneField);
        nameField = field(area, MESSAGES.get("approve.dialog.name"));
        roleField = field(area, MESSAGES.get("approve.dialog.role"));
        organisationField = field(area, MESSAGES.get("approve.dialog.organisation"));
        noteField = field(area, MESSAGES.get("approve.dialog.note"));
        return area;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static Text field(Composite parent, String label) {
        label(parent, label);
        Text text = new Text(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        if (nameField.getText().isBlank() || roleField.getText().isBlank() || milestoneField.getText().isBlank()) {
            return; // name, role and milestone are needed
        }
        milestone = milestoneField.getText();
        name = nameField.getText().strip();
        role = roleField.getText().strip();
        organisation = organisationField.getText().isBlank() ? null : organisationField.getText().strip();
        note = noteField.getText().isBlank() ? null : noteField.getText().strip();
        super.okPressed();
    }

    String milestone() {
        return milestone;
    }

    String name() {
        return name;
    }

    String role() {
        return role;
    }

    String organisation() {
        return organisation;
    }

    String note() {
        return note;
    }
}
