package org.bridgework.ui.team.internal;

import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.model.MergeConflict;
import org.bridgework.team.api.ConflictResolution;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The recorded merge conflicts: a table, and for the selected one its versions side by side (ours, theirs, the
 * common ancestor's), each with a button that takes it, plus an editable field to use a value of one's own.
 */
final class ConflictsPart implements Part {

    private static final Messages MESSAGES = Messages.of(ConflictsPart.class);

    private final PartContext context;
    private final ConflictResolution resolution;
    private final TableViewer table;
    private final Text ours;
    private final Text theirs;
    private final Text base;
    private final Text own;
    private final Label oursTitle;
    private final Label theirsTitle;
    private final Button takeOurs;
    private final Button takeTheirs;
    private final Button takeBase;
    private final Button useOwn;
    private final Label summary;

    ConflictsPart(Composite parent, PartContext context, ConflictResolution resolution) {
        this.context = context;
        this.resolution = resolution;
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        summary = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(MESSAGES.get("conflicts.column.conflict"), 90, c -> c.getId());
        column(MESSAGES.get("conflicts.column.element"), 260, c -> c.getElementLabel() == null ? c.getElementId() : MESSAGES.format("conflicts.element", c.getElementLabel(), c.getElementId()));
        column(MESSAGES.get("conflicts.column.feature"), 100, c -> c.getFeature());
        column(MESSAGES.get("conflicts.column.kind"), 120, c -> c.getKind().getLiteral());
        column(MESSAGES.get("conflicts.side.ours"), 220, c -> oneLine(c.getOursValue()));
        column(MESSAGES.get("conflicts.side.theirs"), 220, c -> oneLine(c.getTheirsValue()));
        Composite sides = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(sides);
        oursTitle = title(sides, MESSAGES.get("conflicts.side.ours"));
        theirsTitle = title(sides, MESSAGES.get("conflicts.side.theirs"));
        title(sides, MESSAGES.get("conflicts.side.base"));
        ours = version(sides);
        theirs = version(sides);
        base = version(sides);
        takeOurs = button(sides, MESSAGES.get("conflicts.button.takeOurs"), ConflictResolution.Take.OURS);
        takeTheirs = button(sides, MESSAGES.get("conflicts.button.takeTheirs"), ConflictResolution.Take.THEIRS);
        takeBase = button(sides, MESSAGES.get("conflicts.button.takeBase"), ConflictResolution.Take.BASE);
        Composite ownRow = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(ownRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ownRow);
        own = new Text(ownRow, SWT.BORDER | SWT.SINGLE);
        own.setMessage(MESSAGES.get("conflicts.own.message"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(own);
        useOwn = new Button(ownRow, SWT.PUSH);
        useOwn.setText(MESSAGES.get("conflicts.button.useOwn"));
        useOwn.addListener(SWT.Selection, e -> resolve(null, own.getText()));
        sash.setWeights(45, 55);
        table.addSelectionChangedListener(e -> showSelected());
        context.setSelectionProvider(table);
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
            public void projectChanged(Project project) {
                refresh();
            }
        });
        refresh();
    }

    TableViewer table() {
        return table;
    }

    Button takeButton(ConflictResolution.Take take) {
        return switch (take) {
            case OURS -> takeOurs;
            case THEIRS -> takeTheirs;
            case BASE -> takeBase;
        };
    }

    Text versionText(ConflictResolution.Take take) {
        return switch (take) {
            case OURS -> ours;
            case THEIRS -> theirs;
            case BASE -> base;
        };
    }

    String summaryText() {
        return summary.getText();
    }

    private void column(String title, int width, java.util.function.Function<MergeConflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((MergeConflict) element);
                return s == null ? "" : s;
            }
        });
    }

    private static Label title(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    private static Text version(Composite parent) {
        Text text = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 60).applyTo(text);
        return text;
    }

    private Button button(Composite parent, String text, ConflictResolution.Take take) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> resolve(take, null));
        return button;
    }

    private Optional<MergeConflict> selected() {
        return table.getStructuredSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof MergeConflict c
                ? Optional.of(c) : Optional.empty();
    }

    private void resolve(ConflictResolution.Take take, String value) {
        Optional<MergeConflict> conflict = selected();
        Optional<Project> project = context.project();
        if (conflict.isEmpty() || project.isEmpty()) {
            return;
        }
        ResolveConflictCommand command = new ResolveConflictCommand(project.get().root(), conflict.get(), resolution, take, value);
        try {
            if (context.execute(command)) {
                context.statusLine().setMessage(command.done());
            }
        } catch (IllegalArgumentException e) {
            context.statusLine().setErrorMessage(e.getMessage());
        }
    }

    private void refresh() {
        if (table.getControl().isDisposed()) {
            return;
        }
        List<MergeConflict> conflicts = context.project().map(p -> List.copyOf(p.root().getMergeConflicts())).orElse(List.of());
        Object keep = table.getStructuredSelection().getFirstElement();
        table.setInput(conflicts.toArray());
        if (keep != null && conflicts.contains(keep)) {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(keep));
        } else if (!conflicts.isEmpty()) {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(conflicts.get(0)));
        }
        summary.setText(context.project().isEmpty() ? MESSAGES.get("conflicts.summary.noProject")
                : conflicts.isEmpty() ? MESSAGES.get("conflicts.summary.none")
                        : MESSAGES.format("conflicts.summary.some", conflicts.size()));
        summary.getParent().layout(true, true);
        showSelected();
    }

    private void showSelected() {
        Optional<MergeConflict> c = selected();
        ours.setText(c.map(x -> nonNull(x.getOursValue())).orElse(""));
        theirs.setText(c.map(x -> nonNull(x.getTheirsValue())).orElse(""));
        base.setText(c.map(x -> nonNull(x.getBaseValue())).orElse(""));
        oursTitle.setText(c.map(x -> x.getOursLabel()).map(l -> MESSAGES.format("conflicts.side.ours.labelled", l)).orElse(MESSAGES.get("conflicts.side.ours")));
        theirsTitle.setText(c.map(x -> x.getTheirsLabel()).map(l -> MESSAGES.format("conflicts.side.theirs.labelled", l)).orElse(MESSAGES.get("conflicts.side.theirs")));
        boolean any = c.isPresent();
        takeOurs.setEnabled(any);
        takeTheirs.setEnabled(any);
        takeBase.setEnabled(any && c.get().getBaseValue() != null);
        useOwn.setEnabled(any && c.get().getKind() == org.bridgework.model.MergeConflictKind.CHANGED_BOTH);
    }

    private static String nonNull(String s) {
        return s == null ? MESSAGES.get("conflicts.value.none") : s;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
