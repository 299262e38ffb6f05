package org.bridgework.ui.literature.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bridgework.core.api.DisplayText;
import org.bridgework.literature.api.EvidenceAppraisal;
import org.bridgework.model.Appraisal;
import org.bridgework.model.CerqualConcern;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.ScreeningDecision;
import org.bridgework.model.Source;
import org.bridgework.model.StudyDesign;
import org.bridgework.ui.api.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The source editor's appraisal and screening: which element (the source or one of its extracts), its study design and
 * the concerns about relevance, methodological limitations and adequacy, each with a reason; and the source's
 * screening decision with its reason. Each Apply is one undoable command (the same as {@code map appraise} and
 * {@code map screen}).
 */
final class AppraisalPanel {

    private static final Messages MESSAGES = Messages.of(AppraisalPanel.class);

    static final List<String> CONCERNS = List.of(MESSAGES.get("appraisal.concerns.notAssessed"), MESSAGES.get("appraisal.concerns.none"), MESSAGES.get("appraisal.concerns.minor"), MESSAGES.get("appraisal.concerns.moderate"), MESSAGES.get("appraisal.concerns.serious"));
    static final List<String> DECISIONS = List.of(MESSAGES.get("appraisal.decision.notScreened"), MESSAGES.get("appraisal.decision.included"), MESSAGES.get("appraisal.decision.excluded"));

    private final Source source;
    private final java.util.function.Supplier<EditingDomain> domain;
    private final java.util.function.Predicate<Command> execute;
    private final Consumer<String> problem;
    final Combo target;
    final Combo design;
    final Text designNote;
    final List<Combo> concerns = new ArrayList<>();
    final List<Text> notes = new ArrayList<>();
    final Button applyAppraisal;
    final Combo decision;
    final Text reason;
    final Button applyScreening;
    /** What the target combo lists: the source, then its extracts. */
    private List<Object> targets = List.of();

    AppraisalPanel(Composite form, Source source, java.util.function.Supplier<EditingDomain> domain, java.util.function.Predicate<Command> execute,
            Consumer<String> problem) {
        this.source = source;
        this.domain = domain;
        this.execute = execute;
        this.problem = problem;
        Group group = new Group(form, SWT.NONE);
        group.setText(MESSAGES.get("appraisal.group"));
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(group);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).spacing(8, 4).applyTo(group);

        target = combo(group, MESSAGES.get("appraisal.target.label"), List.of(MESSAGES.get("appraisal.target.source")), MESSAGES.get("appraisal.target.tip"));
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(target);
        target.addListener(SWT.Selection, e -> showAppraisal());
        design = combo(group, MESSAGES.get("appraisal.design.label"), StudyDesign.VALUES.stream().map(d -> cap(DisplayText.words(d))).toList(), MESSAGES.get("appraisal.design.tip"));
        design.setVisibleItemCount(StudyDesign.VALUES.size());
        designNote = note(group, MESSAGES.get("appraisal.designNote.label"), MESSAGES.get("appraisal.designNote.tip"));
        String[] names = {MESSAGES.get("appraisal.relevance.label"), MESSAGES.get("appraisal.limitations.label"), MESSAGES.get("appraisal.adequacy.label")};
        String[] tips = {MESSAGES.get("appraisal.relevance.tip"), MESSAGES.get("appraisal.limitations.tip"),
                MESSAGES.get("appraisal.adequacy.tip")};
        for (int k = 0; k < 3; k++) {
            concerns.add(combo(group, names[k], CONCERNS, tips[k]));
            notes.add(note(group, MESSAGES.format("appraisal.reason.label", names[k].replace("&", "").replace(":", "").toLowerCase(java.util.Locale.ROOT)),
                    MESSAGES.get("appraisal.reason.tip")));
        }
        new Label(group, SWT.NONE);
        applyAppraisal = new Button(group, SWT.PUSH);
        applyAppraisal.setText(MESSAGES.get("appraisal.button.apply"));
        applyAppraisal.setToolTipText(MESSAGES.get("appraisal.button.apply.tip"));
        GridDataFactory.fillDefaults().span(3, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(applyAppraisal);
        applyAppraisal.addListener(SWT.Selection, e -> applyAppraisal());

        decision = combo(group, MESSAGES.get("appraisal.screening.label"), DECISIONS, MESSAGES.get("appraisal.screening.tip"));
        reason = note(group, MESSAGES.get("appraisal.screeningReason.label"), MESSAGES.get("appraisal.screeningReason.tip"));
        new Label(group, SWT.NONE);
        applyScreening = new Button(group, SWT.PUSH);
        applyScreening.setText(MESSAGES.get("appraisal.button.screening"));
        applyScreening.setToolTipText(MESSAGES.get("appraisal.button.screening.tip"));
        GridDataFactory.fillDefaults().span(3, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(applyScreening);
        applyScreening.addListener(SWT.Selection, e -> applyScreening());
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Combo combo(Composite parent, String label, List<String> items, String tip) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setItems(items.toArray(String[]::new));
        c.select(0);
        c.setToolTipText(tip);
        String name = label.replace("&", "").replace(":", "");
        c.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = name;
            }
        });
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(c);
        return c;
    }

    private static Text note(Composite parent, String name, String tip) {
        Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
        t.setToolTipText(tip);
        t.setMessage(tip);
        t.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = name;
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(t);
        return t;
    }

    /** The element the appraisal fields edit. */
    Object selectedTarget() {
        int i = target.getSelectionIndex();
        return i <= 0 || i >= targets.size() ? source : targets.get(i);
    }

    /** Shows the model: the targets (keeping the chosen one), its appraisal and the screening. */
    void refresh() {
        if (target.isDisposed()) {
            return;
        }
        Object chosen = selectedTarget();
        List<Object> now = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        now.add(source);
        labels.add(MESSAGES.get("appraisal.target.source"));
        for (Extract x : source.getExtracts()) {
            now.add(x);
            String text = SourceTexts.nonNull(x.getText());
            labels.add(MESSAGES.format("appraisal.target.extract", text.length() > 60 ? text.substring(0, 59) + "\u2026" : text));
        }
        if (!now.equals(targets)) {
            targets = now;
            target.setItems(labels.toArray(String[]::new));
            target.select(Math.max(0, now.indexOf(chosen)));
        }
        showAppraisal();
        ScreeningDecision d = source.getScreening() == null ? ScreeningDecision.NOT_SCREENED : source.getScreening();
        decision.select(d.getValue());
        reason.setText(SourceTexts.nonNull(source.getScreeningReason()));
    }

    private void showAppraisal() {
        Appraisal a = EvidenceAppraisal.appraisalOf(selectedTarget());
        design.select(a == null ? 0 : a.getDesign().getValue());
        designNote.setText(a == null ? "" : SourceTexts.nonNull(a.getDesignNote()));
        List<CerqualConcern> values = a == null ? List.of() : List.of(a.getRelevance(), a.getLimitations(), a.getAdequacy());
        List<String> texts = a == null ? List.of() : java.util.Arrays.asList(a.getRelevanceNote(), a.getLimitationsNote(), a.getAdequacyNote());
        for (int k = 0; k < 3; k++) {
            concerns.get(k).select(k < values.size() ? values.get(k).getValue() : 0);
            notes.get(k).setText(k < texts.size() ? SourceTexts.nonNull(texts.get(k)) : "");
        }
    }

    /** Records the appraisal shown for the chosen element: one undoable command. */
    void applyAppraisal() {
        EditingDomain d = domain.get();
        if (d == null) {
            return;
        }
        Appraisal a = GuidanceFactory.eINSTANCE.createAppraisal();
        a.setDesign(StudyDesign.get(Math.max(0, design.getSelectionIndex())));
        a.setDesignNote(blankToNull(designNote.getText()));
        List<CerqualConcern> values = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            CerqualConcern c = CerqualConcern.get(Math.max(0, concerns.get(k).getSelectionIndex()));
            if (c != CerqualConcern.NOT_ASSESSED && notes.get(k).getText().isBlank()) {
                problem.accept(MESSAGES.format("appraisal.problem.reason", CONCERNS.get(c.getValue()).toLowerCase(java.util.Locale.ROOT)));
                notes.get(k).setFocus();
                return;
            }
            values.add(c);
        }
        a.setRelevance(values.get(0));
        a.setRelevanceNote(blankToNull(notes.get(0).getText()));
        a.setLimitations(values.get(1));
        a.setLimitationsNote(blankToNull(notes.get(1).getText()));
        a.setAdequacy(values.get(2));
        a.setAdequacyNote(blankToNull(notes.get(2).getText()));
        Object t = selectedTarget();
        if (EvidenceAppraisal.isEmpty(a) && EvidenceAppraisal.appraisalOf(t) == null) {
            return;
        }
        problem.accept(null);
        execute.test(EvidenceAppraisal.appraise(d, t, a));
    }

    /** Records the screening decision: one undoable command. */
    void applyScreening() {
        EditingDomain d = domain.get();
        if (d == null) {
            return;
        }
        ScreeningDecision chosen = ScreeningDecision.get(Math.max(0, decision.getSelectionIndex()));
        if (chosen == ScreeningDecision.EXCLUDED && reason.getText().isBlank()) {
            problem.accept(MESSAGES.get("appraisal.problem.excluded"));
            reason.setFocus();
            return;
        }
        problem.accept(null);
        execute.test(EvidenceAppraisal.screen(d, source, chosen, chosen == ScreeningDecision.NOT_SCREENED ? null : reason.getText()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
