package org.bridgework.ui.criteria.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.criteria.api.RoundSummary;
import org.bridgework.criteria.api.RoundSummary.CriterionSummary;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.Rating;
import org.bridgework.model.derive.Derived;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The consensus round dashboard: a round picker (the current round by default), a chart per criterion of the round
 * with its derived status, and the members × criteria matrix of the round's ratings. Read-only: it follows every
 * command (ratings imported, undone ...).
 */
final class DashboardPart implements Part {

    private static final Messages MESSAGES = Messages.of(DashboardPart.class);
    final PartContext context;
    private final ConsensusService consensus;
    private final Palette palette;
    private final Font bold;
    final Combo round;
    final Label summary;
    /** Copies the reminder letters for the open round (who has not returned a complete form) to the clipboard. */
    final org.eclipse.swt.widgets.Button reminders;
    private final ScrolledComposite scroll;
    private final Composite charts;
    final Table matrix;
    /** The rows shown: criterion id → (status label, chart). */
    final Map<String, Row> rows = new LinkedHashMap<>();
    private List<ConsensusRound> rounds = List.of();
    /** The current round at the last refresh: when another becomes current (a round was opened), it is shown. */
    private ConsensusRound lastCurrent;

    record Row(Label heading, Label status, CriterionChart chart, Label groups) {
    }

    DashboardPart(Composite parent, PartContext context, ConsensusService consensus) {
        this.context = context;
        this.consensus = consensus;
        this.palette = new Palette(context.resources());
        this.bold = context.resources().create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD));
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 6).spacing(8, 6).applyTo(body);
        Label l = new Label(body, SWT.NONE);
        l.setText(MESSAGES.get("dashboard.round"));
        round = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        round.setToolTipText(MESSAGES.get("dashboard.round.tip"));
        round.addListener(SWT.Selection, e -> show());
        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(summary);
        reminders = new org.eclipse.swt.widgets.Button(body, SWT.PUSH);
        reminders.setText(MESSAGES.get("dashboard.reminders"));
        reminders.setToolTipText(MESSAGES.get("dashboard.reminders.tip"));
        reminders.addListener(SWT.Selection, e -> copyReminders());

        SashForm sash = new SashForm(body, SWT.VERTICAL);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        charts = new Composite(scroll, SWT.NONE);
        charts.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        charts.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(10, 4).applyTo(charts);
        scroll.setContent(charts);
        scroll.addListener(SWT.Resize, e -> resize());

        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(bottom);
        Label ml = new Label(bottom, SWT.NONE);
        ml.setText(MESSAGES.get("dashboard.matrix"));
        matrix = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        matrix.setToolTipText(MESSAGES.get("dashboard.matrix.tip"));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(matrix);
        sash.setWeights(3, 2);

        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                round.setData(null);
                refresh();
            }

            @Override
            public void projectClosed(Project project) {
                refresh();
            }

            @Override
            public void projectChanged(Project project) {
                refresh();
            }
        });
        refresh();
    }

    /** Re-reads the rounds (keeping the one picked if it is still there, else the current one) and shows it. */
    void refresh() {
        if (round.isDisposed()) {
            return;
        }
        ConsensusRound picked = selectedRound();
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        rounds = root == null ? List.of() : root.getRounds().stream().sorted(Comparator.comparingInt(ConsensusRound::getNumber)).toList();
        round.removeAll();
        for (ConsensusRound r : rounds) {
            round.add(MESSAGES.format("dashboard.round.item", r.getNumber(),
                    r.getOpened() == null ? MESSAGES.get("dashboard.notOpened") : MESSAGES.format("dashboard.opened", r.getOpened()),
                    r.getClosed() == null ? "" : MESSAGES.format("dashboard.closed", r.getClosed())));
        }
        ConsensusRound current = root == null ? null : consensus.currentRound(root).orElse(null);
        int index = picked == null || current != lastCurrent ? -1 : rounds.indexOf(picked);
        if (index < 0 && current != null) {
            index = rounds.indexOf(current);
        }
        lastCurrent = current;
        if (index >= 0) {
            round.select(index);
        }
        round.getParent().layout(true);
        show();
    }

    ConsensusRound selectedRound() {
        int i = round.getSelectionIndex();
        return i >= 0 && i < rounds.size() ? rounds.get(i) : null;
    }

    /** Selects round number {@code n} as the user would. */
    void pick(int n) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).getNumber() == n) {
                round.select(i);
                show();
            }
        }
    }

    private void show() {
        ConsensusRound r = selectedRound();
        reminders.setEnabled(r != null && r.getOpened() != null && r.getClosed() == null);
        for (Control c : charts.getChildren()) {
            c.dispose();
        }
        rows.clear();
        matrix.removeAll();
        for (TableColumn c : matrix.getColumns()) {
            c.dispose();
        }
        if (r == null) {
            summary.setText(context.project().isPresent() ? MESSAGES.get("dashboard.noRounds") : MESSAGES.get("dashboard.noProject"));
            resize();
            return;
        }
        GuidanceProject root = (GuidanceProject) r.eContainer();
        RoundSummary s = consensus.summary(r);
        ConsensusSettings settings = root.getConsensusSettings();
        int include = settings == null ? Derived.DEFAULT_INCLUDE_THRESHOLD_PERCENT : settings.getIncludeThresholdPercent();
        int opposite = settings == null ? Derived.DEFAULT_EXCLUDE_OPPOSITE_THRESHOLD_PERCENT : settings.getExcludeOppositeThresholdPercent();
        boolean nine = s.scale() != ConsensusScale.AGREE_NEUTRAL_DISAGREE;
        summary.setText(MESSAGES.format("dashboard.summary", s.panelSize(), s.respondents(), include, opposite,
                MESSAGES.get(nine ? "dashboard.agree9" : "dashboard.agree3"), MESSAGES.get(nine ? "dashboard.disagree9" : "dashboard.disagree3")));
        List<RoundSummary> earlier = rounds.stream().filter(x -> x.getNumber() <= r.getNumber()).map(consensus::summary).toList();
        for (CriterionSummary c : s.criteria()) {
            Composite head = new Composite(charts, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(head);
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).hint(200, SWT.DEFAULT).applyTo(head);
            Label heading = new Label(head, SWT.WRAP);
            heading.setFont(bold);
            Criterion criterion = root.getCriteria().stream().filter(x -> x.getId().equals(c.criterionId())).findFirst().orElse(null);
            heading.setText((c.code() == null ? c.criterionId() : c.code()) + "  "
                    + (criterion == null || criterion.getTitle() == null ? "" : criterion.getTitle()));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
            Label status = new Label(head, SWT.NONE);
            status.setText(" " + Palette.label(c.status()) + " ");
            status.setBackground(palette.fill(c.status()));
            status.setForeground(palette.text(c.status()));
            status.setToolTipText(MESSAGES.get("dashboard.status.tip"));
            Label stats = new Label(head, SWT.WRAP);
            stats.setText(MESSAGES.format("dashboard.stats", c.raters(), c.abstentions(), CriterionChart.num(c.median()),
                    Double.isNaN(c.q1()) ? "–" : CriterionChart.num(c.q1()) + "–" + CriterionChart.num(c.q3()))
                    + (c.previousRound() == 0 ? "" : "\n" + MESSAGES.format("dashboard.previous", c.previousRound(), Palette.label(c.previousStatus()),
                            c.stable() == null ? "" : c.stable() ? MESSAGES.get("dashboard.stable") : MESSAGES.format("dashboard.changed",
                                    (c.agreementChange() > 0 ? "+" : "") + CriterionChart.num(c.agreementChange())))));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(stats);
            Label groups = new Label(head, SWT.WRAP);
            groups.setText(criterion == null ? "" : groupsText(r, criterion));
            groups.setToolTipText(MESSAGES.get("dashboard.groups.tip"));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(groups);
            CriterionChart chart = new CriterionChart(charts, palette);
            GridDataFactory.fillDefaults().grab(true, false).hint(640, CriterionChart.HEIGHT).applyTo(chart.canvas);
            List<CriterionChart.RoundPoint> history = new ArrayList<>();
            for (RoundSummary e : earlier) {
                e.criteria().stream().filter(x -> x.criterionId().equals(c.criterionId())).findFirst()
                        .ifPresent(x -> history.add(new CriterionChart.RoundPoint(e.number(), x.agreePercent())));
            }
            chart.show(c, s.scale(), include, opposite, history);
            rows.put(c.criterionId(), new Row(heading, status, chart, groups));
        }
        fillMatrix(r, nine);
        charts.layout(true, true);
        resize();
    }

    /** Agreement within each stakeholder group, and the groups that hold consensus back under the every-group rule. */
    static String groupsText(ConsensusRound r, Criterion criterion) {
        java.util.Map<org.bridgework.model.StakeholderGroup, Derived.Tally> byGroup = Derived.tallyByGroup(r, criterion);
        if (byGroup.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (var e : byGroup.entrySet()) {
            parts.add(MESSAGES.format("dashboard.group", groupLabel(e.getKey()), CriterionChart.num(Math.round(e.getValue().agreementPercent())),
                    e.getValue().raters()));
        }
        String text = MESSAGES.format("dashboard.groups", String.join(", ", parts));
        List<String> dissent = Derived.tally(r, criterion).dissentingGroups().stream().map(DashboardPart::groupLabel).toList();
        return dissent.isEmpty() ? text : text + "\n" + MESSAGES.format("dashboard.groups.dissent", String.join(", ", dissent));
    }

    static String groupLabel(org.bridgework.model.StakeholderGroup g) {
        return MESSAGES.get("group." + g.getLiteral());
    }

    /**
     * The reminder letters for the round shown, one after another, on the clipboard (nothing is sent), or why there are
     * none; the status line says which.
     */
    String copyReminders() {
        ConsensusRound r = selectedRound();
        if (r == null) {
            return null;
        }
        List<org.bridgework.criteria.api.Reminder> list;
        try {
            list = consensus.reminders(r);
        } catch (IllegalStateException e) {
            context.statusLine().setErrorMessage(e.getMessage());
            return null;
        }
        if (list.isEmpty()) {
            context.statusLine().setMessage(MESSAGES.format("dashboard.reminders.none", r.getNumber()));
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (var x : list) {
            text.append("To: ").append(x.label()).append(" (").append(x.memberId()).append(")\n").append("Subject: ").append(x.subject())
                    .append("\n\n").append(x.body()).append("\n----------\n\n");
        }
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(reminders.getDisplay());
        try {
            clipboard.setContents(new Object[] {text.toString()}, new org.eclipse.swt.dnd.Transfer[] {org.eclipse.swt.dnd.TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        context.statusLine().setErrorMessage(null);
        context.statusLine().setMessage(MESSAGES.format("dashboard.reminders.copied", list.size(), r.getNumber()));
        return text.toString();
    }

    private void fillMatrix(ConsensusRound r, boolean nine) {
        TableColumn member = new TableColumn(matrix, SWT.LEFT);
        member.setText(MESSAGES.get("dashboard.member"));
        member.setWidth(280);
        for (Criterion c : r.getCriteria()) {
            TableColumn col = new TableColumn(matrix, SWT.CENTER);
            col.setText(c.getCode() == null ? c.getId() : c.getCode());
            col.setToolTipText(c.getStatement());
            col.setWidth(96);
        }
        TableColumn responded = new TableColumn(matrix, SWT.LEFT);
        responded.setText(MESSAGES.get("dashboard.responded"));
        responded.setWidth(110);
        for (Member m : r.getPanel()) {
            TableItem item = new TableItem(matrix, SWT.NONE);
            item.setData(m);
            item.setText(0, m.getRole() == null ? m.getId() : m.getRole());
            boolean any = false;
            for (int i = 0; i < r.getCriteria().size(); i++) {
                Rating last = null;
                for (Rating x : r.getRatings()) {
                    if (x.getMember() == m && x.getCriterion() == r.getCriteria().get(i)) {
                        last = x;
                    }
                }
                // the member's own score in the previous round that rated the criterion, beside this round's
                String previous = consensus.previousRating(r, m, r.getCriteria().get(i))
                        .map(p -> MESSAGES.format("dashboard.was", p.getScore() == null ? MESSAGES.get("dashboard.abstained") : String.valueOf(p.getScore())))
                        .orElse("");
                if (last == null) {
                    item.setText(i + 1, previous.isEmpty() ? "" : "–" + previous);
                    continue;
                }
                any = true;
                Integer score = last.getScore();
                item.setText(i + 1, (score == null ? MESSAGES.get("dashboard.abstained") : String.valueOf(score)
                        + (last.getComment() == null ? "" : " \u270e")) + previous);
                if (score != null) {
                    int side = nine ? (score >= 7 ? 1 : score <= 3 ? -1 : 0) : Integer.compare(score, 2);
                    item.setBackground(i + 1, palette.scoreFill(side));
                }
            }
            item.setText(r.getCriteria().size() + 1, any ? MESSAGES.get("yes") : MESSAGES.get("dashboard.notYet"));
        }
    }

    private void resize() {
        int width = scroll.getClientArea().width;
        scroll.setMinSize(charts.computeSize(Math.max(width, 600), SWT.DEFAULT));
    }

    @Override
    public void setFocus() {
        round.setFocus();
    }
}
