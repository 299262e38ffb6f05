package org.bridgework.ui.drafting.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bridgework.drafting.api.CheckInfo;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * The project's drafting check settings: which checks run, how serious each is, and the thresholds of the sentence
 * and readability checks. The result ({@link #result()}) is written beside the project by the command.
 */
final class CheckSettingsDialog extends Dialog {

    private static final Messages MESSAGES = Messages.of(CheckSettingsDialog.class);

    static final String TITLE = MESSAGES.get("checks.title");
    private static final String[] SEVERITIES = {"default", "info", "warning", "error"};

    private final List<CheckInfo> checks;
    private final CheckSettings initial;
    private final String fileName;
    private final Map<String, String> severities = new HashMap<>();
    CheckboxTableViewer table;
    Combo severity;
    Spinner maxWords;
    Spinner maxGrade;
    Spinner minEase;
    private CheckSettings result;

    CheckSettingsDialog(Shell parent, List<CheckInfo> checks, CheckSettings initial, String fileName) {
        super(parent);
        this.checks = checks;
        this.initial = initial;
        this.fileName = fileName;
        for (CheckInfo c : checks) {
            String s = initial.get(c.code() + ".severity");
            severities.put(c.code(), s == null ? "default" : s.strip().toLowerCase(Locale.ROOT));
        }
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
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(MESSAGES.format("checks.intro", fileName));
        GridData id = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        id.widthHint = 620;
        intro.setLayoutData(id);

        table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        td.heightHint = 230;
        table.getTable().setLayoutData(td);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(MESSAGES.get("checks.column.check"), 330, c -> c.title() + (c.owner() == null ? "" : " *"));
        column(MESSAGES.get("checks.column.severity"), 140, c -> {
            String s = severities.get(c.code());
            return "default".equals(s) ? MESSAGES.format("checks.severity.default", c.severity().name().toLowerCase(Locale.ROOT)) : s;
        });
        column(MESSAGES.get("checks.column.code"), 170, CheckInfo::code);
        table.setInput(checks);
        for (CheckInfo c : checks) {
            table.setChecked(c, initial.enabled(c.code()));
        }
        table.getTable().setToolTipText(MESSAGES.get("checks.table.tip"));

        Label sl = new Label(area, SWT.NONE);
        sl.setText(MESSAGES.get("checks.severity.label"));
        severity = new Combo(area, SWT.READ_ONLY);
        severity.setItems(SEVERITIES);
        severity.setEnabled(false);
        table.addSelectionChangedListener(e -> {
            CheckInfo c = selected();
            severity.setEnabled(c != null);
            if (c != null) {
                severity.select(List.of(SEVERITIES).indexOf(severities.get(c.code())));
            }
        });
        severity.addListener(SWT.Selection, e -> {
            CheckInfo c = selected();
            if (c != null && severity.getSelectionIndex() >= 0) {
                severities.put(c.code(), SEVERITIES[severity.getSelectionIndex()]);
                table.refresh(c);
            }
        });
        maxWords = spinner(area, MESSAGES.get("checks.maxWords.label"), "long-sentence.maxWords", 25, 8, 80, MESSAGES.get("checks.maxWords.tip"));
        maxGrade = spinner(area, MESSAGES.get("checks.maxGrade.label"), "readability.maxGrade", 9, 1, 20, MESSAGES.get("checks.maxGrade.tip"));
        minEase = spinner(area, MESSAGES.get("checks.minEase.label"), "readability.minEase", 50, 0, 100, MESSAGES.get("checks.minEase.tip"));
        return area;
    }

    private Spinner spinner(Composite area, String label, String key, int def, int min, int max, String tooltip) {
        Label l = new Label(area, SWT.NONE);
        l.setText(label);
        Spinner s = new Spinner(area, SWT.BORDER);
        s.setValues((int) Math.round(initial.number(key, def)), min, max, 0, 1, 5);
        s.setToolTipText(MESSAGES.format("checks.spinner.tip", tooltip, def));
        s.setData("key", key);
        s.setData("default", def);
        return s;
    }

    private void column(String title, int width, java.util.function.Function<CheckInfo, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CheckInfo) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((CheckInfo) element).explanation();
            }
        });
    }

    private CheckInfo selected() {
        return table.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof CheckInfo c ? c : null;
    }

    @Override
    protected void okPressed() {
        CheckSettings s = initial;
        for (CheckInfo c : checks) {
            s = s.with(c.code() + ".enabled", table.getChecked(c) ? null : "false");
            String sev = severities.get(c.code());
            boolean known = List.of(SEVERITIES).contains(sev) && !"default".equals(sev);
            s = s.with(c.code() + ".severity", known && !sev.equals(c.severity().name().toLowerCase(Locale.ROOT)) ? sev : null);
        }
        for (Spinner sp : List.of(maxWords, maxGrade, minEase)) {
            int def = (Integer) sp.getData("default");
            s = s.with((String) sp.getData("key"), sp.getSelection() == def ? null : Integer.toString(sp.getSelection()));
        }
        result = s;
        super.okPressed();
    }

    /** The settings chosen, or null when cancelled. */
    CheckSettings result() {
        return result;
    }
}
