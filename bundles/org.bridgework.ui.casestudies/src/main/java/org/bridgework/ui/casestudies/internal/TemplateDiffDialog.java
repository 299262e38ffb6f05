package org.bridgework.ui.casestudies.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.casestudies.api.ReturnedTemplates.Difference;
import org.bridgework.casestudies.api.ReturnedTemplates.Review;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * What a returned template would change, before anything changes: a row per field (field, current value, new value),
 * what could not be read, and the validation errors. Apply is offered only when there are no errors; the caller
 * applies the import as one command (one undo).
 */
final class TemplateDiffDialog extends TitleAreaDialog {

    private static final Messages MESSAGES = Messages.of(TemplateDiffDialog.class);

    private final Function<LocalDate, Review> reviewer;
    private Review review;
    private Composite body;
    private final String caseStudyTitle;
    private final Consumer<LocalDate> apply;
    private LocalDate returnedOn;

    Table differences;
    DateTime returnedOnField;
    Text details;
    Text errors;
    Text unread;

    /**
     * @param apply called with the day the template came back (the date field, today by default) when Apply is
     *              pressed
     */
    TemplateDiffDialog(Shell parent, Function<LocalDate, Review> reviewer, String caseStudyTitle, LocalDate returnedOn, Consumer<LocalDate> apply) {
        super(parent);
        this.returnedOn = returnedOn;
        this.reviewer = reviewer;
        this.review = reviewer.apply(returnedOn);
        this.caseStudyTitle = caseStudyTitle;
        this.apply = apply;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(MESSAGES.get("import.dialog.title"));
    }

    @Override
    protected Point getInitialSize() {
        return new Point(940, 640);
    }

    boolean canApply() {
        return review.errors().isEmpty() && !review.differences().isEmpty();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite when = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 8).spacing(6, 0).applyTo(when);
        new Label(when, SWT.NONE).setText(MESSAGES.get("diff.returnedOn.label"));
        returnedOnField = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.LONG);
        returnedOnField.setDate(returnedOn.getYear(), returnedOn.getMonthValue() - 1, returnedOn.getDayOfMonth());
        returnedOnField.setToolTipText(MESSAGES.get("diff.returnedOn.tip"));
        Label whenHint = new Label(when, SWT.NONE);
        whenHint.setText(MESSAGES.get("diff.returnedOn.hint"));
        whenHint.setForeground(whenHint.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        returnedOnField.addListener(SWT.Selection, e -> returnedOnChanged());
        body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(10, 0).spacing(6, 4).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        fill();
        return area;
    }

    /** The message, the errors, the changes and what could not be read, for the current review. */
    private void fill() {
        String file = String.valueOf(review.file().getFileName());
        setTitle(caseStudyTitle == null ? MESSAGES.format("diff.title.new", review.caseStudyId(), file) : MESSAGES.format("diff.title", caseStudyTitle, file));
        int n = review.differences().size();
        if (!review.errors().isEmpty()) {
            int e = review.errors().size() - 1; // the last error is the summary
            setMessage(MESSAGES.format("diff.message.errors", Math.max(e, 1)), IMessageProvider.ERROR);
        } else if (n == 0) {
            setMessage(MESSAGES.get("diff.message.same"), IMessageProvider.INFORMATION);
        } else {
            setMessage(review.warnings().isEmpty() ? MESSAGES.format("diff.message.changes", n)
                    : MESSAGES.format("diff.message.changesUnread", n, review.warnings().size()),
                    review.warnings().isEmpty() ? IMessageProvider.NONE : IMessageProvider.WARNING);
        }
        errors = null;
        unread = null;

        SashForm sash = new SashForm(body, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        if (!review.errors().isEmpty()) {
            errors = problems(sash, MESSAGES.get("diff.errors.heading"), review.errors(), true);
        }

        Composite changes = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(changes);
        heading(changes, MESSAGES.format("diff.changes.heading", n));
        differences = new Table(changes, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        differences.setHeaderVisible(true);
        differences.setLinesVisible(true);
        differences.setToolTipText(MESSAGES.get("diff.table.tip"));
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 160).applyTo(differences);
        column(MESSAGES.get("diff.column.field"), 240);
        column(MESSAGES.get("diff.column.current"), 300);
        column(MESSAGES.get("diff.column.new"), 340);
        for (Difference d : review.differences()) {
            TableItem item = new TableItem(differences, SWT.NONE);
            item.setData(d);
            item.setText(new String[] {d.field(), d.current() == null ? MESSAGES.get("editor.none") : oneLine(d.current()), oneLine(d.proposed())});
        }
        details = new Text(changes, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        details.setToolTipText(MESSAGES.get("diff.details.tip"));
        GridDataFactory.fillDefaults().grab(true, false).hint(600, details.getLineHeight() * 5).applyTo(details);
        differences.addListener(SWT.Selection, e -> showDetails());
        if (differences.getItemCount() > 0) {
            differences.setSelection(0);
            showDetails();
        }

        if (!review.warnings().isEmpty()) {
            unread = problems(sash, MESSAGES.get("diff.unread.heading"), review.warnings(), false);
        }
        int panes = sash.getChildren().length;
        if (panes == 3) {
            sash.setWeights(25, 55, 20);
        } else if (panes == 2) {
            sash.setWeights(errors != null ? 35 : 75, errors != null ? 65 : 25);
        }
    }

    /** The date in the field; the status row shows it at once (Apply records it). */
    LocalDate returnedOn() {
        return returnedOn;
    }

    void setReturnedOn(LocalDate date) {
        returnedOnField.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        returnedOnChanged();
    }

    /** A new date is a new review: the history check and the status row depend on it. */
    private void returnedOnChanged() {
        returnedOn = LocalDate.of(returnedOnField.getYear(), returnedOnField.getMonth() + 1, returnedOnField.getDay());
        review = reviewer.apply(returnedOn);
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        fill();
        body.layout(true, true);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            int n = review.differences().size();
            ok.setText(n == 0 || !canApply() ? MESSAGES.get("diff.button.apply") : MESSAGES.format("diff.button.applyN", n));
            ok.setEnabled(canApply());
            ok.getParent().layout(true);
        }
    }

    /** The review shown now (it follows the date). */
    Review review() {
        return review;
    }

    private void showDetails() {
        int i = differences.getSelectionIndex();
        if (i < 0) {
            details.setText("");
            return;
        }
        Difference d = (Difference) differences.getItem(i).getData();
        details.setText(MESSAGES.format("diff.details", d.field(), d.key(), d.current() == null ? MESSAGES.get("editor.none") : d.current(), d.proposed()));
    }

    private Text problems(Composite parent, String title, List<ImportProblem> problems, boolean error) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(c);
        Label l = heading(c, title);
        if (error) {
            l.setForeground(l.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        Text t = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        t.setText(problems.stream().map(p -> "\u2022 " + p.message()).collect(Collectors.joining("\n")));
        GridDataFactory.fillDefaults().grab(true, true).hint(600, t.getLineHeight() * 4).applyTo(t);
        return t;
    }

    private static Label heading(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        return l;
    }

    private void column(String name, int width) {
        TableColumn c = new TableColumn(differences, SWT.LEFT);
        c.setText(name);
        c.setWidth(width);
    }

    private static String oneLine(String s) {
        String t = s.replace("\r", "").replace("\n", "; ");
        return t.length() > 120 ? t.substring(0, 119) + "\u2026" : t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        int n = review.differences().size();
        createButton(parent, IDialogConstants.OK_ID, n == 0 || !canApply() ? MESSAGES.get("diff.button.apply") : MESSAGES.format("diff.button.applyN", n), canApply());
        createButton(parent, IDialogConstants.CANCEL_ID, canApply() ? IDialogConstants.CANCEL_LABEL : IDialogConstants.CLOSE_LABEL, !canApply());
        getButton(IDialogConstants.OK_ID).setEnabled(canApply());
        getButton(IDialogConstants.OK_ID).setToolTipText(canApply() ? MESSAGES.get("diff.button.apply.tip")
                : MESSAGES.get("diff.button.apply.cannot"));
    }

    /** The Apply (OK) or Cancel button. */
    Button button(int id) {
        return getButton(id);
    }

    @Override
    protected void okPressed() {
        if (canApply()) {
            apply.accept(returnedOn);
        }
        super.okPressed();
    }
}
