package org.bridgework.ui.drafting.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.Recipient;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewSuggestion;
import org.bridgework.model.ReviewStatus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The review comments of the project, filtered by milestone and status. The selected comment's status and response
 * are changed with one undoable command (Apply, or Ctrl+Enter in the response). Export a review pack and import the
 * comments made on it from the buttons (also in File &gt; Import/Export).
 */
final class ReviewPart implements Part {

    private static final Messages MESSAGES = Messages.of(ReviewPart.class);

    static final String ALL_MILESTONES = MESSAGES.get("review.milestone.all");
    static final String NO_MILESTONE = MESSAGES.get("review.milestone.none");
    static final String ALL_STATUSES = MESSAGES.get("review.status.any");

    private final PartContext context;
    private final ReviewPacks packs;
    final Combo milestone;
    final Combo status;
    final TableViewer viewer;
    final Combo newStatus;
    final Text response;
    final Button apply;
    final Label detail;
    /** The tracked changes imported from review packs (same milestone filter), accepted or rejected here. */
    final TableViewer suggestions;
    final Button accept;
    final Button reject;
    final Label after;
    /** Who the chosen milestone's draft went to. */
    final TableViewer recipients;
    final Label recipientsSummary;
    final Text recipientName;
    final Text recipientSent;
    final Text recipientReturned;
    final Button recordRecipient;
    final Button removeRecipient;
    private List<Milestone> milestones = List.of();

    /** Below this size the view scrolls. */
    static final int MIN_WIDTH = 760;
    static final int MIN_HEIGHT = 260;
    final org.eclipse.swt.widgets.TabFolder tabs;

    ReviewPart(Composite parent, PartContext context, ReviewPacks packs) {
        this.context = context;
        this.packs = packs;
        // a narrow view (a 1024x700 window) scrolls rather than cutting off the response fields and buttons
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite root = new Composite(scroll, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        scroll.setContent(root);
        scroll.setMinSize(MIN_WIDTH, MIN_HEIGHT);

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        org.eclipse.swt.layout.RowLayout barLayout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        barLayout.wrap = true;
        barLayout.center = true;
        barLayout.marginLeft = 0;
        barLayout.marginTop = 0;
        barLayout.marginBottom = 0;
        barLayout.spacing = 6;
        bar.setLayout(barLayout);
        new Label(bar, SWT.NONE).setText(MESSAGES.get("review.milestone.label"));
        milestone = new Combo(bar, SWT.READ_ONLY);
        milestone.setToolTipText(MESSAGES.get("review.milestone.tip"));
        milestone.setLayoutData(new org.eclipse.swt.layout.RowData(220, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(MESSAGES.get("review.status.label"));
        status = new Combo(bar, SWT.READ_ONLY);
        List<String> statuses = new ArrayList<>(List.of(ALL_STATUSES));
        for (ReviewStatus s : ReviewStatus.VALUES) {
            statuses.add(s.getLiteral());
        }
        status.setItems(statuses.toArray(String[]::new));
        status.select(0);
        status.setToolTipText(MESSAGES.get("review.status.tip"));
        Button export = new Button(bar, SWT.PUSH);
        export.setText(MESSAGES.get("review.button.export"));
        export.setToolTipText(MESSAGES.get("review.button.export.tip"));
        export.addListener(SWT.Selection, e -> ReviewPackActions.export(context, packs));
        Button importButton = new Button(bar, SWT.PUSH);
        importButton.setText(MESSAGES.get("review.button.import"));
        importButton.setToolTipText(MESSAGES.get("review.button.import.tip"));
        importButton.addListener(SWT.Selection, e -> ReviewPackActions.importComments(context, packs));
        detail = new Label(bar, SWT.NONE);

        // comments, suggested changes (tracked changes) and recipients: one tab each, so each has the view's height
        tabs = new org.eclipse.swt.widgets.TabFolder(root, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite commentsPage = page(tabs, MESSAGES.get("review.tab.comments"));
        Composite changesPage = page(tabs, MESSAGES.get("review.tab.changes"));
        Composite recipientsPage = page(tabs, MESSAGES.get("review.tab.recipients"));
        SashForm sash = new SashForm(commentsPage, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(MESSAGES.get("review.column.status"), 70, c -> c.getStatus() == null ? MESSAGES.get("review.status.open") : c.getStatus().getLiteral());
        column(MESSAGES.get("review.column.comment"), 260, c -> oneLine(c.getText()));
        column(MESSAGES.get("review.column.on"), 150, c -> c.getTarget() == null ? MESSAGES.get("review.on.project") : context.modelLabels().getText(c.getTarget()));
        column(MESSAGES.get("review.column.reviewer"), 150, c -> nz(c.getReviewerRole()) + (c.getReviewerOrganisation() == null ? ""
                : " " + MESSAGES.format("review.reviewer.organisation", c.getReviewerOrganisation().getShortName() != null
                        ? c.getReviewerOrganisation().getShortName() : nz(c.getReviewerOrganisation().getName()))));
        column(MESSAGES.get("review.column.milestone"), 130, c -> c.getMilestone() == null ? "" : nz(c.getMilestone().getTitle()));
        column(MESSAGES.get("review.column.response"), 200, c -> oneLine(c.getResponse()));

        Composite edit = new Composite(sash, SWT.NONE);
        edit.setLayout(new GridLayout(2, false));
        new Label(edit, SWT.NONE).setText(MESSAGES.get("review.newStatus.label"));
        newStatus = new Combo(edit, SWT.READ_ONLY);
        newStatus.setItems(statuses.subList(1, statuses.size()).toArray(String[]::new));
        newStatus.setToolTipText(MESSAGES.get("review.newStatus.tip"));
        Label rl = new Label(edit, SWT.NONE);
        rl.setText(MESSAGES.get("review.response.label"));
        rl.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        response = new Text(edit, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData rd = new GridData(SWT.FILL, SWT.FILL, true, true);
        rd.heightHint = 34;
        rd.widthHint = 150;
        response.setLayoutData(rd);
        response.setToolTipText(MESSAGES.get("review.response.tip"));
        response.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR)) {
                e.doit = false;
                applyEdit();
            }
        });
        apply = new Button(edit, SWT.PUSH);
        apply.setText(MESSAGES.get("review.button.apply"));
        apply.setToolTipText(MESSAGES.get("review.button.apply.tip"));
        apply.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        apply.addListener(SWT.Selection, e -> applyEdit());
        sash.setWeights(70, 30);

        // suggested changes: the tracked changes of returned packs
        Label sl = new Label(changesPage, SWT.NONE);
        sl.setText(MESSAGES.get("review.changes.intro"));
        Composite changes = new Composite(changesPage, SWT.NONE);
        changes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        changes.setLayout(new GridLayout(2, false));
        suggestions = new TableViewer(changes, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        suggestions.getTable().setHeaderVisible(true);
        suggestions.getTable().setLinesVisible(true);
        suggestions.getTable().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = MESSAGES.get("review.changes.name");
            }
        });
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 90;
        suggestions.getTable().setLayoutData(tableData);
        suggestions.setContentProvider(ArrayContentProvider.getInstance());
        suggestionColumn(MESSAGES.get("review.column.status"), 70, x -> x.getStatus() == null ? MESSAGES.get("review.status.open") : x.getStatus().getLiteral());
        suggestionColumn(MESSAGES.get("review.column.change"), 280, x -> oneLine(x.getLabel()));
        suggestionColumn(MESSAGES.get("review.column.in"), 150, x -> x.getTarget() == null ? MESSAGES.get("review.in.deleted") : context.modelLabels().getText(x.getTarget()));
        suggestionColumn(MESSAGES.get("review.column.reviewer"), 150, x -> nz(x.getReviewerRole()) + (x.getReviewerOrganisation() == null ? "" : " (" + label(x.getReviewerOrganisation()) + ")"));
        suggestionColumn(MESSAGES.get("review.column.response"), 160, x -> oneLine(x.getResponse()));
        Composite decide = new Composite(changes, SWT.NONE);
        decide.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        decide.setLayout(new GridLayout(1, true));
        accept = new Button(decide, SWT.PUSH);
        accept.setText(MESSAGES.get("review.button.accept"));
        accept.setToolTipText(MESSAGES.get("review.button.accept.tip"));
        accept.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        accept.addListener(SWT.Selection, e -> decideSelected(true));
        reject = new Button(decide, SWT.PUSH);
        reject.setText(MESSAGES.get("review.button.reject"));
        reject.setToolTipText(MESSAGES.get("review.button.reject.tip"));
        reject.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        reject.addListener(SWT.Selection, e -> decideSelected(false));
        after = new Label(changes, SWT.WRAP);
        GridData afterData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        afterData.widthHint = 600;
        after.setLayoutData(afterData);
        suggestions.addSelectionChangedListener(e -> showSuggestion());
        suggestions.addDoubleClickListener(e -> {
            ReviewSuggestion x = selectedSuggestion();
            if (x != null && x.getTarget() != null && x.getTarget().eContainer() != null) {
                context.openEditor(x.getTarget());
            }
        });

        // recipients of the chosen milestone
        recipientsSummary = new Label(recipientsPage, SWT.NONE);
        recipientsSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        recipients = new TableViewer(recipientsPage, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        recipients.getTable().setHeaderVisible(true);
        recipients.getTable().setLinesVisible(true);
        recipients.getTable().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = MESSAGES.get("review.recipients.name");
            }
        });
        GridData rData = new GridData(SWT.FILL, SWT.FILL, true, true);
        rData.heightHint = 70;
        recipients.getTable().setLayoutData(rData);
        recipients.setContentProvider(ArrayContentProvider.getInstance());
        recipientColumn(MESSAGES.get("review.column.recipient"), 200, r -> nz(r.getName()));
        recipientColumn(MESSAGES.get("review.column.organisation"), 160, r -> r.getOrganisation() == null ? "" : label(r.getOrganisation()));
        recipientColumn(MESSAGES.get("review.column.sent"), 90, r -> r.getSent() == null ? MESSAGES.get("review.sent.not") : r.getSent().toString());
        recipientColumn(MESSAGES.get("review.column.replied"), 90, r -> r.getReturned() == null ? (r.getSent() == null ? "" : MESSAGES.get("review.replied.waiting")) : r.getReturned().toString());
        recipientColumn(MESSAGES.get("review.column.note"), 200, r -> oneLine(r.getNote()));
        Composite rbar = new Composite(recipientsPage, SWT.NONE);
        rbar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout rLayout = new GridLayout(6, false);
        rLayout.marginWidth = 0;
        rbar.setLayout(rLayout);
        new Label(rbar, SWT.NONE).setText(MESSAGES.get("review.recipient.label"));
        recipientName = new Text(rbar, SWT.BORDER);
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameData.minimumWidth = 120;
        recipientName.setLayoutData(nameData);
        recipientName.setMessage(MESSAGES.get("review.recipient.message"));
        new Label(rbar, SWT.NONE).setText(MESSAGES.get("review.sent.label"));
        recipientSent = new Text(rbar, SWT.BORDER);
        recipientSent.setLayoutData(new GridData(90, SWT.DEFAULT));
        recipientSent.setMessage(MESSAGES.get("review.date.message"));
        new Label(rbar, SWT.NONE).setText(MESSAGES.get("review.replied.label"));
        recipientReturned = new Text(rbar, SWT.BORDER);
        recipientReturned.setLayoutData(new GridData(90, SWT.DEFAULT));
        recipientReturned.setMessage(MESSAGES.get("review.date.message"));
        Composite rButtons = new Composite(recipientsPage, SWT.NONE);
        rButtons.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
        recordRecipient = new Button(rButtons, SWT.PUSH);
        recordRecipient.setText(MESSAGES.get("review.button.record"));
        recordRecipient.setToolTipText(MESSAGES.get("review.button.record.tip"));
        recordRecipient.addListener(SWT.Selection, e -> recordRecipient());
        removeRecipient = new Button(rButtons, SWT.PUSH);
        removeRecipient.setText(MESSAGES.get("review.button.removeRecipient"));
        removeRecipient.setToolTipText(MESSAGES.get("review.button.removeRecipient.tip"));
        removeRecipient.addListener(SWT.Selection, e -> removeRecipient());
        recipients.addSelectionChangedListener(e -> {
            Recipient r = selectedRecipient();
            removeRecipient.setEnabled(r != null);
            if (r != null) {
                recipientName.setText(nz(r.getName()));
                recipientSent.setText(r.getSent() == null ? "" : r.getSent().toString());
                recipientReturned.setText(r.getReturned() == null ? "" : r.getReturned().toString());
            }
        });

        milestone.addListener(SWT.Selection, e -> refilter());
        status.addListener(SWT.Selection, e -> refilter());
        viewer.addSelectionChangedListener(e -> showSelected());
        viewer.addDoubleClickListener(e -> {
            ReviewComment c = selected();
            if (c != null && c.getTarget() != null) {
                context.openEditor(c.getTarget());
            }
        });
        context.setSelectionProvider(viewer);
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project p) {
                reload();
            }

            @Override
            public void projectClosed(Project p) {
                reload();
            }

            @Override
            public void projectChanged(Project p) {
                reload();
            }
        });
        reload();
    }

    private void column(String title, int width, java.util.function.Function<ReviewComment, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ReviewComment) element);
            }

            @Override
            public String getToolTipText(Object element) {
                ReviewComment rc = (ReviewComment) element;
                return (rc.getQuotedText() == null || rc.getQuotedText().isBlank() ? "" : MESSAGES.format("review.tip.quoted", rc.getQuotedText()) + "\n")
                        + nz(rc.getText())
                        + (rc.getResponse() == null || rc.getResponse().isBlank() ? "" : "\n\n" + MESSAGES.format("review.tip.response", rc.getResponse()));
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Composite page(org.eclipse.swt.widgets.TabFolder tabs, String label) {
        org.eclipse.swt.widgets.TabItem item = new org.eclipse.swt.widgets.TabItem(tabs, SWT.NONE);
        item.setText(label);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        item.setControl(page);
        return page;
    }

    private static String oneLine(String s) {
        return nz(s).replaceAll("\\s+", " ").strip();
    }

    private GuidanceProject root() {
        return context.project().map(Project::root).orElse(null);
    }

    /** Rebuilds the milestone filter (keeping its choice) and the table. */
    void reload() {
        GuidanceProject root = root();
        Milestone chosen = chosenMilestone();
        boolean none = NO_MILESTONE.equals(milestone.getText());
        milestones = root == null ? List.of()
                : root.getMilestones().stream().sorted(Comparator.comparing(Milestone::getDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<String> items = new ArrayList<>(List.of(ALL_MILESTONES));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        for (Milestone m : milestones) {
            items.add(m.getDate() == null ? nz(m.getTitle()) : MESSAGES.format("review.milestone.dated", nz(m.getTitle()), f.format(m.getDate())));
        }
        items.add(NO_MILESTONE);
        milestone.setItems(items.toArray(String[]::new));
        int index = chosen != null && milestones.contains(chosen) ? milestones.indexOf(chosen) + 1 : none ? items.size() - 1 : 0;
        milestone.select(index);
        milestone.getParent().getParent().layout(true, true);
        refilter();
    }

    Milestone chosenMilestone() {
        int i = milestone.getSelectionIndex();
        return i >= 1 && i <= milestones.size() ? milestones.get(i - 1) : null;
    }

    /** Selects a milestone in the filter (null: all). */
    void filter(Milestone m, ReviewStatus s) {
        milestone.select(m == null ? 0 : milestones.indexOf(m) + 1);
        status.select(s == null ? 0 : s.getValue() + 1);
        refilter();
    }

    /** The comments passing the filters, in the project's order. */
    List<ReviewComment> filtered() {
        GuidanceProject root = root();
        if (root == null) {
            return List.of();
        }
        int mi = milestone.getSelectionIndex();
        boolean noMilestone = mi == milestones.size() + 1;
        Milestone m = chosenMilestone();
        ReviewStatus s = status.getSelectionIndex() <= 0 ? null : ReviewStatus.get(status.getSelectionIndex() - 1);
        List<ReviewComment> out = new ArrayList<>();
        for (ReviewComment c : root.getReviewComments()) {
            ReviewStatus cs = c.getStatus() == null ? ReviewStatus.OPEN : c.getStatus();
            boolean milestoneOk = mi <= 0 || (noMilestone ? c.getMilestone() == null : c.getMilestone() == m);
            if (milestoneOk && (s == null || cs == s)) {
                out.add(c);
            }
        }
        return out;
    }

    private void refilter() {
        ReviewComment keep = selected();
        List<ReviewComment> shown = filtered();
        viewer.setInput(shown);
        if (keep != null && shown.contains(keep)) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(keep), true);
        }
        showSelected();
        ReviewSuggestion keepSuggestion = selectedSuggestion();
        List<ReviewSuggestion> changes = filteredSuggestions();
        suggestions.setInput(changes);
        if (keepSuggestion != null && changes.contains(keepSuggestion)) {
            suggestions.setSelection(new org.eclipse.jface.viewers.StructuredSelection(keepSuggestion), true);
        }
        showSuggestion();
        Recipient keepRecipient = selectedRecipient();
        Milestone m = chosenMilestone();
        List<Recipient> rs = m == null ? List.of() : List.copyOf(m.getRecipients());
        recipients.setInput(rs);
        if (keepRecipient != null && rs.contains(keepRecipient)) {
            recipients.setSelection(new org.eclipse.jface.viewers.StructuredSelection(keepRecipient), true);
        }
        long sent = rs.stream().filter(r -> r.getSent() != null).count();
        long replied = rs.stream().filter(r -> r.getReturned() != null).count();
        recipientsSummary.setText(m == null ? MESSAGES.get("review.recipients.noMilestone")
                : rs.isEmpty() ? MESSAGES.format("review.recipients.none", nz(m.getTitle()))
                : MESSAGES.format("review.recipients.summary", nz(m.getTitle()), rs.size(), sent, replied)
                        + (sent > replied ? MESSAGES.format("review.recipients.waiting", sent - replied) : ""));
        long open = changes.stream().filter(x -> x.getStatus() == null || x.getStatus() == ReviewStatus.OPEN).count();
        tabs.getItem(1).setText(open == changes.size() ? MESSAGES.format("review.tab.changesCount", changes.size())
                : MESSAGES.format("review.tab.changesOpen", changes.size(), open));
        tabs.getItem(2).setText(m == null ? MESSAGES.get("review.tab.recipients") : MESSAGES.format("review.tab.recipientsCount", rs.size()));
        recordRecipient.setEnabled(m != null && context.editingDomain().isPresent());
        removeRecipient.setEnabled(selectedRecipient() != null);
        recipientsSummary.getParent().layout(true);
    }

    /** The suggestions passing the milestone and status filters. */
    List<ReviewSuggestion> filteredSuggestions() {
        GuidanceProject root = root();
        if (root == null) {
            return List.of();
        }
        int mi = milestone.getSelectionIndex();
        boolean noMilestone = mi == milestones.size() + 1;
        Milestone m = chosenMilestone();
        ReviewStatus s = status.getSelectionIndex() <= 0 ? null : ReviewStatus.get(status.getSelectionIndex() - 1);
        List<ReviewSuggestion> out = new ArrayList<>();
        for (ReviewSuggestion x : root.getReviewSuggestions()) {
            ReviewStatus xs = x.getStatus() == null ? ReviewStatus.OPEN : x.getStatus();
            boolean milestoneOk = mi <= 0 || (noMilestone ? x.getMilestone() == null : x.getMilestone() == m);
            if (milestoneOk && (s == null || xs == s)) {
                out.add(x);
            }
        }
        return out;
    }

    ReviewSuggestion selectedSuggestion() {
        return suggestions.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof ReviewSuggestion x ? x : null;
    }

    Recipient selectedRecipient() {
        return recipients.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Recipient r ? r : null;
    }

    private void showSuggestion() {
        ReviewSuggestion x = selectedSuggestion();
        boolean open = x != null && (x.getStatus() == null || x.getStatus() == ReviewStatus.OPEN);
        accept.setEnabled(open && context.editingDomain().isPresent());
        reject.setEnabled(open && context.editingDomain().isPresent());
        if (x == null) {
            after.setText(MESSAGES.get("review.after.select"));
        } else if (!open) {
            after.setText(x.getStatus().getLiteral().substring(0, 1).toUpperCase(Locale.ROOT) + x.getStatus().getLiteral().substring(1)
                    + (x.getDecided() == null ? "" : " " + MESSAGES.format("review.after.decidedOn", x.getDecided().toString()))
                    + (x.getResponse() == null ? "." : ": " + x.getResponse()));
        } else {
            try {
                after.setText(MESSAGES.format("review.after.with", oneLine(packs.preview(x))));
            } catch (IllegalArgumentException e) {
                after.setText(MESSAGES.format("review.after.cannot", e.getMessage()));
                accept.setEnabled(false);
            }
        }
        after.getParent().layout(true);
    }

    /** Accepts or rejects the selected suggestion as one undoable command (the response field's text goes with it); false when nothing happened. */
    boolean decideSelected(boolean yes) {
        ReviewSuggestion x = selectedSuggestion();
        if (x == null || context.editingDomain().isEmpty()) {
            return false;
        }
        String r = response.getText().strip();
        try {
            var domain = context.editingDomain().get();
            boolean done = context.execute(yes ? packs.accept(domain, x, r.isEmpty() ? null : r) : packs.reject(domain, x, r.isEmpty() ? null : r));
            if (done) {
                context.statusLine().setMessage(MESSAGES.format(yes ? "review.status.accepted" : "review.status.rejected", x.getLabel()));
            }
            return done;
        } catch (IllegalArgumentException e) {
            context.statusLine().setErrorMessage(e.getMessage());
            after.setText(MESSAGES.format("review.after.cannot", e.getMessage()));
            return false;
        }
    }

    /** Records the recipient typed below the table for the chosen milestone (one undoable command); false when refused. */
    boolean recordRecipient() {
        Milestone m = chosenMilestone();
        if (m == null || context.editingDomain().isEmpty()) {
            return false;
        }
        try {
            java.time.LocalDate sent = date(recipientSent.getText(), "sent");
            java.time.LocalDate replied = date(recipientReturned.getText(), "replied");
            var cmd = packs.recipient(context.editingDomain().get(), m, recipientName.getText(), null, sent, replied, null);
            return context.execute(cmd);
        } catch (IllegalArgumentException e) {
            context.statusLine().setErrorMessage(e.getMessage());
            recipientsSummary.setText(e.getMessage());
            return false;
        }
    }

    private static java.time.LocalDate date(String text, String what) {
        if (text == null || text.isBlank()) {
            return ReviewPacks.CLEAR;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("The " + what + " date '" + text.strip() + "' is not a date: write it as YYYY-MM-DD, for example 2027-04-19.");
        }
    }

    boolean removeRecipient() {
        Recipient r = selectedRecipient();
        if (r == null || context.editingDomain().isEmpty()) {
            return false;
        }
        return context.execute(org.eclipse.emf.edit.command.RemoveCommand.create(context.editingDomain().get(), r.eContainer(),
                GuidancePackage.Literals.MILESTONE__RECIPIENTS, r));
    }

    private static String label(org.bridgework.model.Organisation o) {
        return o.getShortName() != null ? o.getShortName() : nz(o.getName());
    }

    private void suggestionColumn(String title, int width, java.util.function.Function<ReviewSuggestion, String> text) {
        TableViewerColumn c = new TableViewerColumn(suggestions, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ReviewSuggestion) element);
            }
        });
    }

    private void recipientColumn(String title, int width, java.util.function.Function<Recipient, String> text) {
        TableViewerColumn c = new TableViewerColumn(recipients, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Recipient) element);
            }
        });
    }

    ReviewComment selected() {
        return viewer.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof ReviewComment c ? c : null;
    }

    private void showSelected() {
        ReviewComment c = selected();
        boolean on = c != null;
        newStatus.setEnabled(on);
        response.setEnabled(on);
        apply.setEnabled(on);
        int total = root() == null ? 0 : root().getReviewComments().size();
        detail.setText(MESSAGES.format("review.detail.shown", ((List<?>) viewer.getInput()).size(), total));
        if (c == null) {
            newStatus.deselectAll();
            response.setText("");
        } else {
            newStatus.select((c.getStatus() == null ? ReviewStatus.OPEN : c.getStatus()).getValue());
            if (!response.isFocusControl()) {
                response.setText(nz(c.getResponse()));
            }
        }
        detail.getParent().layout(true);
    }

    /** Sets the selected comment's status and response as one undoable command; false when nothing changed. */
    boolean applyEdit() {
        ReviewComment c = selected();
        if (c == null || context.editingDomain().isEmpty() || newStatus.getSelectionIndex() < 0) {
            return false;
        }
        var domain = context.editingDomain().get();
        ReviewStatus s = ReviewStatus.get(newStatus.getSelectionIndex());
        String r = response.getText().strip();
        CompoundCommand cmd = new CompoundCommand(MESSAGES.get("review.command.respond"));
        if (c.getStatus() != s) {
            cmd.append(SetCommand.create(domain, c, GuidancePackage.Literals.REVIEW_COMMENT__STATUS, s));
        }
        if (!Objects.equals(nz(c.getResponse()), r)) {
            cmd.append(SetCommand.create(domain, c, GuidancePackage.Literals.REVIEW_COMMENT__RESPONSE, r.isEmpty() ? null : r));
        }
        if (cmd.isEmpty()) {
            context.statusLine().setMessage(MESSAGES.get("review.status.unchanged"));
            return false;
        }
        return context.execute(cmd);
    }

    /** Exports the review pack to {@code file} (what the Export button does after asking where). */
    org.bridgework.ui.api.JobHandle<java.nio.file.Path> exportTo(java.nio.file.Path file) {
        return ReviewPackActions.exportTo(context, packs, file);
    }

    /** Imports the comments of {@code file} after the preview dialog (what the Import button does after asking which file). */
    int importFrom(java.nio.file.Path file) {
        return ReviewPackActions.importFrom(context, packs, file);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
