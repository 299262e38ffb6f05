package org.bridgework.ui.criteria.internal;

import java.util.Objects;

import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.WordingChange;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.PartContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The form of one criterion: code, title, statement, rationale, evidence expected, mandatory, and its wording
 * history. A field's change is one command through {@code context.execute} when the field is left (or Enter in a
 * one-line field, Ctrl+Enter in a multi-line one). Once the criterion has been in a consensus round, a new
 * statement is an amendment: the previous wording goes into the history with the reason typed beside it.
 */
final class CriterionForm {

    private static final Messages MESSAGES = Messages.of(CriterionForm.class);
    private static final GuidancePackage P = GuidancePackage.eINSTANCE;

    private final PartContext context;
    private final ConsensusService consensus;
    final Composite body;
    private final Label heading;
    private final Label status;
    final Text code;
    final Text title;
    final Text statement;
    final Label amendNote;
    final Text reason;
    final Text rationale;
    final Text evidence;
    final Button mandatory;
    final Table history;
    private Criterion criterion;

    CriterionForm(Composite parent, PartContext context, ConsensusService consensus) {
        this.context = context;
        this.consensus = consensus;
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 10).spacing(10, 6).applyTo(body);
        heading = new Label(body, SWT.WRAP);
        heading.setFont(context.resources().create(FontDescriptor.createFrom(JFaceResources.getHeaderFont())));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        status = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(status);

        code = text("form.code", false, P.getCriterion_Code());
        title = text("form.title", false, P.getCriterion_Title());
        statement = text("form.statement", true, P.getCriterion_Statement());
        new Label(body, SWT.NONE);
        amendNote = new Label(body, SWT.WRAP);
        amendNote.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(amendNote);
        reason = text("form.reason", false, null);
        rationale = text("form.rationale", true, P.getCriterion_Rationale());
        evidence = text("form.evidence", true, P.getCriterion_EvidenceExpected());
        new Label(body, SWT.NONE);
        mandatory = new Button(body, SWT.CHECK);
        mandatory.setText(MESSAGES.get("form.mandatory"));
        mandatory.setToolTipText(MESSAGES.get("form.mandatory.tip"));
        mandatory.addListener(SWT.Selection, e -> commit(P.getCriterion_Mandatory(), mandatory.getSelection()));

        Label h = new Label(body, SWT.NONE);
        h.setText(MESSAGES.get("form.history"));
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(h);
        history = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        history.setHeaderVisible(true);
        history.setLinesVisible(true);
        for (String c : new String[] {"history.round", "history.previous", "history.reason"}) {
            TableColumn col = new TableColumn(history, SWT.LEFT);
            col.setText(MESSAGES.get(c));
        }
        history.getColumn(0).setWidth(112);
        history.getColumn(1).setWidth(300);
        history.getColumn(2).setWidth(220);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 90).applyTo(history);
        show(null);
    }

    private Text text(String key, boolean multi, EAttribute attribute) {
        Label label = new Label(body, SWT.NONE);
        label.setText(MESSAGES.get(key));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, multi ? SWT.BEGINNING : SWT.CENTER).indent(0, multi ? 3 : 0).applyTo(label);
        Text text = new Text(body, multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
        text.setToolTipText(MESSAGES.get(key + ".tip"));
        label.setToolTipText(text.getToolTipText());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, multi ? 64 : SWT.DEFAULT).applyTo(text);
        if (attribute != null) {
            text.addListener(SWT.FocusOut, e -> commitText(text, attribute));
            if (multi) {
                text.addListener(SWT.Traverse, e -> {
                    if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                        e.doit = true; // Tab leaves a multi-line field
                    } else if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                        e.doit = false;
                        commitText(text, attribute);
                    }
                });
            } else {
                text.addListener(SWT.DefaultSelection, e -> commitText(text, attribute));
            }
        }
        return text;
    }

    Criterion criterion() {
        return criterion;
    }

    /** Shows {@code c} (null: an empty, disabled form). */
    void show(Criterion c) {
        criterion = c;
        refresh();
    }

    /** Shows the model's values again (after any command, undo and redo included). */
    void refresh() {
        if (body.isDisposed()) {
            return;
        }
        Criterion c = criterion != null && criterion.eResource() != null ? criterion : null;
        for (Text t : new Text[] {code, title, statement, reason, rationale, evidence}) {
            t.setEnabled(c != null);
        }
        mandatory.setEnabled(c != null);
        heading.setText(c == null ? MESSAGES.get("form.none") : (c.getCode() == null ? "" : c.getCode() + "  ") + nn(c.getTitle()));
        status.setText(c == null ? "" : MESSAGES.format("form.status", Palette.label(c.getConsensusStatus())));
        set(code, c == null ? null : c.getCode());
        set(title, c == null ? null : c.getTitle());
        set(statement, c == null ? null : c.getStatement());
        set(rationale, c == null ? null : c.getRationale());
        set(evidence, c == null ? null : c.getEvidenceExpected());
        mandatory.setSelection(c != null && c.isMandatory());
        boolean rated = c != null && inARound(c);
        reason.setEnabled(rated);
        amendNote.setText(c == null ? "" : MESSAGES.get(rated ? "form.amend.note" : "form.draft.note"));
        history.removeAll();
        if (c != null) {
            for (WordingChange w : c.getWordingHistory()) {
                TableItem item = new TableItem(history, SWT.NONE);
                item.setText(new String[] {w.getRound() == null ? "–" : MESSAGES.format("history.after", w.getRound().getNumber()),
                        nn(w.getPreviousStatement()), nn(w.getReason())});
            }
        }
        body.layout(true, true);
    }

    private static void set(Text t, String value) {
        String v = nn(value);
        if (!t.getText().equals(v)) {
            t.setText(v);
        }
    }

    static String nn(String s) {
        return s == null ? "" : s;
    }

    static boolean inARound(Criterion c) {
        return EcoreUtil.getRootContainer(c) instanceof GuidanceProject p && p.getRounds().stream().anyMatch(r -> r.getCriteria().contains(c));
    }

    private void commitText(Text text, EAttribute attribute) {
        if (criterion == null || text.isDisposed()) {
            return;
        }
        String value = text.getText().strip();
        if (Objects.equals(value, nn((String) criterion.eGet(attribute)).strip())) {
            return;
        }
        if (attribute == P.getCriterion_Statement() && inARound(criterion)) {
            EditingDomain domain = context.editingDomain().orElse(null);
            if (domain == null) {
                return;
            }
            Command amend;
            try {
                amend = consensus.amendCommand(domain, criterion, value, reason.getText());
            } catch (IllegalArgumentException e) {
                context.statusLine().setErrorMessage(MESSAGES.format("form.amend.error", e.getMessage()));
                refresh();
                return;
            }
            if (context.execute(amend)) {
                context.statusLine().setErrorMessage(null);
                context.statusLine().setMessage(MESSAGES.format("form.amended", criterion.getCode()));
                reason.setText("");
            }
            return;
        }
        commit(attribute, value.isEmpty() ? null : value);
    }

    private void commit(EAttribute attribute, Object value) {
        if (criterion == null || Objects.equals(value, criterion.eGet(attribute))) {
            return;
        }
        context.editingDomain().ifPresent(domain -> context.execute(
                SetCommand.create(domain, criterion, attribute, value == null ? SetCommand.UNSET_VALUE : value)));
    }
}
