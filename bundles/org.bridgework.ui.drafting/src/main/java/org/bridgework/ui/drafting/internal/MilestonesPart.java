package org.bridgework.ui.drafting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.MilestoneReadiness;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

/**
 * A timeline of the milestones in date order: date, status, days to go and readiness, with the open items derived by
 * {@link MilestoneReadiness} under each (unverified case studies, criteria without consensus, open review comments,
 * sections over budget). Double-click an open item to select its element (a section opens in its editor).
 */
final class MilestonesPart implements Part {

    private static final Messages MESSAGES = Messages.of(MilestonesPart.class);

    /** An open item under its milestone. */
    record Item(Milestone milestone, Readiness.OpenItem open) {
    }

    private final PartContext context;
    private final MilestoneReadiness readiness;
    final TreeViewer viewer;
    private final Color notReady;
    private final Color ready;
    private final Color muted;
    private Map<Milestone, Readiness> byMilestone = new IdentityHashMap<>();
    /** Today, for the days-to-go column (tests fix it). */
    Supplier<LocalDate> today = LocalDate::now;

    MilestonesPart(Composite parent, PartContext context, MilestoneReadiness readiness) {
        this.context = context;
        this.readiness = readiness;
        notReady = context.resources().create(ColorDescriptor.createFrom(new RGB(170, 60, 0)));
        ready = context.resources().create(ColorDescriptor.createFrom(new RGB(0, 110, 40)));
        muted = context.resources().create(ColorDescriptor.createFrom(new RGB(90, 90, 90)));
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new Content());
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        column(MESSAGES.get("milestones.column.milestone"), 330, e -> e instanceof Milestone m ? nz(m.getTitle()) : ((Item) e).open().text(), null);
        column(MESSAGES.get("milestones.column.date"), 100, e -> e instanceof Milestone m && m.getDate() != null ? f.format(m.getDate()) : "", null);
        column(MESSAGES.get("milestones.column.status"), 85, e -> e instanceof Milestone m ? statusOf(m).getLiteral().replace('-', ' ') : "", e -> e instanceof Milestone m && statusOf(m) == MilestoneStatus.MISSED ? notReady : null);
        column(MESSAGES.get("milestones.column.when"), 95, e -> e instanceof Milestone m ? when(m) : "", e -> muted);
        column(MESSAGES.get("milestones.column.readiness"), 120, e -> {
            if (e instanceof Milestone m) {
                Readiness r = byMilestone.get(m);
                return r == null ? "" : r.ready() ? MESSAGES.get("milestones.readiness.ready") : MESSAGES.format("milestones.readiness.open", r.open().size());
            }
            return kind(((Item) e).open().kind());
        }, e -> e instanceof Milestone m && byMilestone.get(m) != null ? (byMilestone.get(m).ready() ? ready : notReady) : muted);
        viewer.addDoubleClickListener(e -> openSelected());
        viewer.getTree().addListener(SWT.DefaultSelection, e -> openSelected());
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
                // the milestones' own columns follow the edit at once; their readiness (the whole publication gate for
                // the last one: seconds on a large project) a moment after a burst of edits, derived on another thread,
                // and only while the timeline can be seen
                viewer.refresh();
                deriveLater();
            }
        });
        reload();
    }

    /** How long after the last of a burst of edits the readiness is derived again (as the Problems view validates). */
    static final int DERIVE_DELAY_MILLIS = 400;

    private final Runnable derive = this::derive;
    private final java.util.concurrent.ExecutorService deriving = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "bridgework-milestone-readiness");
        thread.setDaemon(true);
        return thread;
    });
    /** Bumped by every reload: a derivation that started before it is not shown. */
    private int generation;
    private boolean derivationRunning;
    /** Edits came while a derivation ran: derive again when it ends, from the project as it is then. */
    private boolean again;

    private void deriveLater() {
        viewer.getControl().getDisplay().timerExec(-1, derive);
        viewer.getControl().getDisplay().timerExec(DERIVE_DELAY_MILLIS, derive);
    }

    /** Waiting for the timeline to be shown to derive its readiness (UI thread only). */
    private org.bridgework.ui.api.Visibility.Waiting shown;

    /**
     * Derives every milestone's readiness from a snapshot of the project on another thread, then shows it; while the
     * timeline cannot be seen (a tab behind another, another perspective), when it is next shown. UI thread.
     */
    private void derive() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (!viewer.getControl().isVisible()) {
            if (shown == null) {
                shown = org.bridgework.ui.api.Visibility.whenShown(viewer.getControl(), () -> {
                    shown = null;
                    derive();
                });
            }
            return;
        }
        Project project = context.project().orElse(null);
        if (project == null) {
            reload();
            return;
        }
        if (derivationRunning) {
            again = true;
            return;
        }
        List<Milestone> originals = List.copyOf(project.root().getMilestones());
        GuidanceProject copy = project.snapshot();
        int started = ++generation;
        derivationRunning = true;
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        try {
            java.util.concurrent.CompletableFuture.supplyAsync(() -> copy.getMilestones().stream().map(m -> readiness.readiness(copy, m)).toList(), deriving)
                    .whenComplete((found, failure) -> {
                        if (!display.isDisposed()) {
                            display.asyncExec(() -> derived(started, originals, found, failure));
                        }
                    });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            derivationRunning = false; // the view is closing
        }
    }

    private void derived(int started, List<Milestone> originals, List<Readiness> found, Throwable failure) {
        derivationRunning = false;
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (failure != null) {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            context.statusLine().setErrorMessage(MESSAGES.format("milestones.readiness.failed",
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        } else if (started == generation) {
            Map<Milestone, Readiness> map = new IdentityHashMap<>();
            for (int i = 0; i < originals.size() && i < found.size(); i++) {
                map.put(originals.get(i), found.get(i));
            }
            show(map);
        }
        if (again) {
            again = false;
            derive();
        }
    }

    @Override
    public void dispose() {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().timerExec(-1, derive);
        }
        if (shown != null) {
            shown.cancel();
        }
        deriving.shutdownNow();
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text, java.util.function.Function<Object, Color> color) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                return color == null ? null : color.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof Milestone m) {
                    return nz(m.getDescription()).isBlank() ? null : m.getDescription();
                }
                return MESSAGES.format("milestones.item.tip", ((Item) element).open().elementId());
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String when(Milestone m) {
        if (m.getDate() == null || m.getStatus() == MilestoneStatus.DONE || m.getStatus() == MilestoneStatus.CANCELLED) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today.get(), m.getDate());
        return days == 0 ? MESSAGES.get("milestones.when.today") : days > 0 ? MESSAGES.format("milestones.when.in", days) : MESSAGES.format("milestones.when.ago", -days);
    }

    private static String kind(Readiness.Kind kind) {
        return switch (kind) {
            case CASE_STUDY_UNVERIFIED -> MESSAGES.get("milestones.kind.caseStudy");
            case CRITERION_WITHOUT_CONSENSUS -> MESSAGES.get("milestones.kind.criterion");
            case REVIEW_COMMENT_OPEN -> MESSAGES.get("milestones.kind.reviewComment");
            case SECTION_OVER_BUDGET -> MESSAGES.get("milestones.kind.section");
            case DOCUMENT_OVER_LENGTH -> MESSAGES.get("milestones.kind.document");
            case SCOPE_NOT_AGREED -> MESSAGES.get("milestones.kind.scope");
            case SOURCE_WITHOUT_EXTRACTS -> MESSAGES.get("milestones.kind.source");
            case CHALLENGE_WITHOUT_EVIDENCE -> MESSAGES.get("milestones.kind.challenge");
            case RELEASE_BLOCKER -> MESSAGES.get("milestones.kind.blocksRelease");
            case OTHER -> MESSAGES.get("milestones.kind.other");
        };
    }

    /** The milestones in date order (undated last). */
    List<Milestone> milestones() {
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        if (root == null) {
            return List.of();
        }
        List<Milestone> out = new ArrayList<>(root.getMilestones());
        out.sort(Comparator.comparing(Milestone::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The status every view shows: missed when the date has passed with items open (the readiness service decides). */
    MilestoneStatus statusOf(Milestone m) {
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        if (root == null) {
            return MilestoneStatus.PLANNED;
        }
        // from the readiness the last reload asked for: every cell asking the rules again took seconds on a large project
        Readiness known = byMilestone.get(m);
        return known != null ? readiness.status(m, known, today.get()) : readiness.status(root, m, today.get());
    }

    Readiness readinessOf(Milestone m) {
        return byMilestone.get(m);
    }

    void reload() {
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        Map<Milestone, Readiness> map = new IdentityHashMap<>();
        if (root != null) {
            for (Milestone m : root.getMilestones()) {
                map.put(m, readiness.readiness(root, m));
            }
        }
        generation++;
        show(map);
    }

    /** Shows the milestones with this readiness; the first time for a project, the next one not ready is opened. */
    private void show(Map<Milestone, Readiness> map) {
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        byMilestone = map;
        Object[] expanded = viewer.getExpandedElements();
        boolean first = viewer.getInput() == null || viewer.getInput() != root;
        viewer.setInput(root);
        if (first) {
            // open the next milestones that are not ready, so what is open shows at once
            for (Milestone m : milestones()) {
                Readiness r = byMilestone.get(m);
                if (r != null && !r.ready() && m.getStatus() != MilestoneStatus.DONE && m.getStatus() != MilestoneStatus.CANCELLED) {
                    viewer.setExpandedState(m, true);
                    break;
                }
            }
        } else {
            viewer.setExpandedElements(expanded);
        }
    }

    private void openSelected() {
        Object e = viewer.getSelection() instanceof IStructuredSelection s ? s.getFirstElement() : null;
        if (!(e instanceof Item item)) {
            if (e != null) {
                viewer.setExpandedState(e, !viewer.getExpandedState(e));
            }
            return;
        }
        EObject element = context.project().map(p -> p.resource().getEObject(item.open().elementId())).orElse(null);
        if (element == null) {
            return;
        }
        context.selection().setSelection(new StructuredSelection(element));
        if (element instanceof Section) {
            context.openEditor(element);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Project → milestones by date → their open items. Items are rebuilt on each call: compare them by value. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return milestones().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Milestone m && byMilestone.get(m) != null) {
                return byMilestone.get(m).open().stream().map(o -> new Item(m, o)).toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Item i ? i.milestone() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Milestone m && byMilestone.get(m) != null && !byMilestone.get(m).ready();
        }
    }
}
