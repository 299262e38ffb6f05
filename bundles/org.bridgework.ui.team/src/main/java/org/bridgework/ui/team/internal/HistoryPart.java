package org.bridgework.ui.team.internal;

import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.team.api.TeamService;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The project's Git history: commits (who, when, what), the element-level changes of the selected commit, and the
 * approvals with whether each still stands. Read in the background when a project opens or is saved.
 */
final class HistoryPart implements Part {

    private static final Messages MESSAGES = Messages.of(HistoryPart.class);

    private final PartContext context;
    private final TeamService team;
    private final TableViewer commits;
    private final TableViewer approvals;
    private final Label changes;
    private final Label status;

    HistoryPart(Composite parent, PartContext context, TeamService team) {
        this.context = context;
        this.team = team;
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        commits = table(sash);
        column(commits, MESSAGES.get("history.column.commit"), 80, o -> ((TeamService.LogEntry) o).commit().substring(0, 8));
        column(commits, MESSAGES.get("history.column.when"), 160, o -> ((TeamService.LogEntry) o).time());
        column(commits, MESSAGES.get("history.column.who"), 140, o -> ((TeamService.LogEntry) o).author());
        column(commits, MESSAGES.get("history.column.what"), 300, o -> ((TeamService.LogEntry) o).message());
        approvals = table(sash);
        column(approvals, MESSAGES.get("history.column.milestone"), 150, o -> ((TeamService.Approval) o).milestone());
        column(approvals, MESSAGES.get("history.column.approvedBy"), 200, o -> {
            TeamService.Approval a = (TeamService.Approval) o;
            return a.organisation() != null ? MESSAGES.format("history.approver.withOrganisation", a.name(), a.role(), a.organisation())
                    : MESSAGES.format("history.approver", a.name(), a.role());
        });
        column(approvals, MESSAGES.get("history.column.version"), 80, o -> ((TeamService.Approval) o).commit().substring(0, 8));
        column(approvals, MESSAGES.get("history.column.status"), 200, o -> {
            String by = ((TeamService.Approval) o).supersededBy();
            return by == null ? MESSAGES.get("history.approval.current")
                    : MESSAGES.format("history.approval.superseded", by.length() == 40 ? by.substring(0, 8) : by);
        });
        sash.setWeights(60, 40);
        changes = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(changes);
        commits.addSelectionChangedListener(e -> showChanges());
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                refresh();
            }

            @Override
            public void projectClosed(Project project) {
                refresh();
            }

            @Override
            public void projectSaved(Project project) {
                refresh();
            }
        });
        refresh();
    }

    TableViewer commits() {
        return commits;
    }

    TableViewer approvals() {
        return approvals;
    }

    String changesText() {
        return changes.getText();
    }

    String statusText() {
        return status.getText();
    }

    private static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply(element);
                return s == null ? "" : s;
            }
        });
    }

    private record History(List<TeamService.LogEntry> log, List<TeamService.Approval> approvals, String problem) {
    }

    void refresh() {
        var project = context.project().filter(p -> !p.isTemporaryCopy());
        if (project.isEmpty()) {
            show(new History(List.of(), List.of(), context.project().isEmpty() ? MESSAGES.get("history.status.noProject") : MESSAGES.get("history.status.noRepository")));
            return;
        }
        java.nio.file.Path file = project.get().file();
        Display display = commits.getControl().getDisplay();
        context.jobs().schedule(MESSAGES.get("history.job.read"), monitor -> {
            try {
                return new History(team.log(file, null, 500), team.signoffs(file), null);
            } catch (TeamService.TeamException e) {
                return new History(List.of(), List.of(), e.getMessage());
            }
        }).whenDone((history, error) -> display.asyncExec(() -> {
            if (!commits.getControl().isDisposed()) {
                show(history != null ? history : new History(List.of(), List.of(), String.valueOf(error)));
            }
        }));
    }

    private void show(History history) {
        commits.setInput(history.log().toArray());
        approvals.setInput(history.approvals().toArray());
        status.setText(history.problem() != null ? history.problem()
                : MESSAGES.format("history.status.counts", history.log().size(), history.approvals().size()));
        changes.setText("");
        status.getParent().layout(true, true);
    }

    private void showChanges() {
        Object selected = commits.getStructuredSelection().getFirstElement();
        var project = context.project();
        if (!(selected instanceof TeamService.LogEntry entry) || project.isEmpty()) {
            changes.setText("");
            return;
        }
        try {
            String from = entry.commit() + "^";
            var diff = team.diff(project.get().file(), from, entry.commit());
            changes.setText(MESSAGES.format("history.changes", entry.commit().substring(0, 8), org.bridgework.team.api.ElementChange.sentence(diff)));
        } catch (TeamService.TeamException e) {
            changes.setText(MESSAGES.format("history.changes.first", entry.commit().substring(0, 8)));
        }
        changes.getParent().layout(true, true);
    }

    @Override
    public void setFocus() {
        commits.getControl().setFocus();
    }
}
