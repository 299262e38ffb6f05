package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.bridgework.core.api.ProblemReports;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Help &gt; Report a Problem...: writes a zip of the logs and a description of this installation (the
 * {@link ProblemReports} service, as {@code bridgework report-problem} does) to a place the user chooses. The open
 * project's file is included only when the user ticks the box.
 */
final class ReportProblemDialog extends Dialog {
    private final Messages messages;
    private final ProblemReports reports;
    private final Optional<Path> project;
    private final Prompts prompts;
    Text location;
    Button includeProject;
    Label error;
    /** The report written, once OK succeeded (tests, the status line). */
    ProblemReports.Report written;

    ReportProblemDialog(Shell parent, Messages messages, ProblemReports reports, Optional<Path> project, Prompts prompts) {
        super(parent);
        this.messages = messages;
        this.reports = reports;
        this.project = project;
        this.prompts = prompts;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.get("report.title"));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(messages.format("report.intro", reports.environment().logs()));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(intro);

        Composite row = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Label label = new Label(row, SWT.NONE);
        label.setText(messages.get("report.location"));
        location = new Text(row, SWT.BORDER | SWT.SINGLE);
        location.setMessage(messages.get("report.location"));
        location.setText(defaultLocation().toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
        Button browse = new Button(row, SWT.PUSH);
        browse.setText(messages.get("report.browse"));
        browse.addListener(SWT.Selection, e -> {
            Path chosen = prompts.chooseSaveLocation(getShell(), messages.get("report.title"), Path.of(location.getText()).getFileName().toString());
            if (chosen != null) {
                location.setText(chosen.toString());
            }
        });

        includeProject = new Button(area, SWT.CHECK);
        includeProject.setText(project.map(p -> messages.format("report.includeProject", p.getFileName())).orElse(messages.get("report.noProject")));
        includeProject.setEnabled(project.isPresent());
        includeProject.setSelection(false);

        error = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(error);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, messages.get("report.write"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String where = location.getText().strip();
        if (where.isEmpty()) {
            showError(messages.get("report.noLocation"));
            return;
        }
        Path out = Path.of(where.startsWith("~" + java.io.File.separator) ? System.getProperty("user.home") + where.substring(1) : where);
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            out = out.resolveSibling(out.getFileName() + ".zip");
        }
        try {
            written = reports.write(out, includeProject.getSelection() ? project : Optional.empty(), false);
        } catch (IOException | RuntimeException e) {
            showError(messages.format("report.failed", out, e.getMessage()));
            return;
        }
        super.okPressed();
    }

    private void showError(String message) {
        error.setText(message);
        error.getParent().layout(true, true);
        getShell().layout(true, true);
    }

    private static Path defaultLocation() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        return Path.of(System.getProperty("user.home", ".")).resolve("bridgework-problem-" + stamp + ".zip");
    }
}
