package org.bridgework.ui.literature.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.bridgework.core.api.Project;
import org.bridgework.literature.api.LiteratureImporter;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The Literature view's controls: a filter box and the project's sources (author, year, title, type, extracts),
 * sorted by a click on a column header (again: the other way), several selectable. The selection drives
 * Properties; a double-click (or Enter) opens the source editor; Delete removes the selected sources with one
 * undoable command. Reference files dropped on the table open the import wizard with them.
 */
final class LiteraturePart implements Part {

    private static final Messages MESSAGES = Messages.of(LiteraturePart.class);

    private final PartContext context;
    final Text filter;
    final TableViewer viewer;
    final Label count;
    private final Sorter sorter = new Sorter();
    private String filterText = "";
    /** Each source's searchable text while the filter is used; cleared when the model changes. */
    private final Map<Source, String> searchable = new IdentityHashMap<>();
    private String[] words = new String[0];

    /** A column: its header, width and how a source is shown and sorted in it. */
    private record ColumnSpec(String title, int width, int style, Function<Source, String> text, Comparator<Source> order, String tooltip) {
    }

    private final LiteratureImporter importer;

    LiteraturePart(Composite parent, PartContext context, LiteratureImporter importer) {
        this.context = context;
        this.importer = importer;
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(root);

        Label filterLabel = new Label(root, SWT.NONE);
        filterLabel.setText(MESSAGES.get("literature.filter.label"));
        filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(MESSAGES.get("literature.filter.message"));
        filter.setToolTipText(MESSAGES.get("literature.filter.tip"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        count = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(150, SWT.DEFAULT).applyTo(count);

        Composite tableHolder = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(tableHolder);
        TableColumnLayout columns = new TableColumnLayout();
        tableHolder.setLayout(columns);
        // virtual: rows are filled as they scroll into view (10,000 sources sort and filter in a fraction of a second)
        viewer = new TableViewer(tableHolder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(new IStructuredContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof GuidanceProject p ? p.getSources().toArray() : new Object[0];
            }
        });
        Comparator<String> text = Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT));
        List<ColumnSpec> specs = List.of(
                new ColumnSpec(MESSAGES.get("literature.column.author"), 180, SWT.LEFT, SourceTexts::shortAuthors, Comparator.comparing(SourceTexts::shortAuthors, text),
                        MESSAGES.get("literature.column.author.tip")),
                new ColumnSpec(MESSAGES.get("literature.column.year"), 60, SWT.RIGHT, SourceTexts::year,
                        Comparator.comparing(Source::getIssuedYear, Comparator.nullsLast(Comparator.naturalOrder())), MESSAGES.get("literature.column.year.tip")),
                new ColumnSpec(MESSAGES.get("literature.column.title"), 300, SWT.LEFT, s -> s.getTitle() == null || s.getTitle().isBlank() ? MESSAGES.get("literature.noTitle") : s.getTitle(), Comparator.comparing(s -> SourceTexts.nonNull(s.getTitle()), text),
                        MESSAGES.get("literature.column.title")),
                new ColumnSpec(MESSAGES.get("literature.column.type"), 120, SWT.LEFT, s -> SourceTexts.type(s.getType()), Comparator.comparing(s -> SourceTexts.type(s.getType()), text),
                        MESSAGES.get("literature.column.type.tip")),
                new ColumnSpec(MESSAGES.get("literature.column.extracts"), 70, SWT.RIGHT, s -> Integer.toString(s.getExtracts().size()),
                        Comparator.comparingInt(s -> s.getExtracts().size()), MESSAGES.get("literature.column.extracts.tip")));
        for (ColumnSpec spec : specs) {
            TableViewerColumn column = new TableViewerColumn(viewer, spec.style());
            TableColumn c = column.getColumn();
            c.setText(spec.title());
            // the title takes the room left; the others keep their width
            columns.setColumnData(c, spec.title().equals(MESSAGES.get("literature.column.title")) ? new ColumnWeightData(100, spec.width()) : new ColumnPixelData(spec.width()));
            c.setToolTipText(MESSAGES.format("literature.column.tip", spec.tooltip()));
            c.setMoveable(true);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return spec.text().apply((Source) element);
                }

                @Override
                public String getToolTipText(Object element) {
                    String text = spec.text().apply((Source) element);
                    return text.length() > 50 ? text : null; // long titles are cut in the column
                }
            });
            c.addListener(SWT.Selection, e -> sortBy(c, spec.order()));
        }
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setComparator(sorter);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                if (filterText.isBlank()) {
                    return true;
                }
                String haystack = searchable.computeIfAbsent((Source) element, SourceTexts::searchable);
                for (String word : words) {
                    if (!haystack.contains(word)) {
                        return false;
                    }
                }
                return true;
            }
        });
        filter.addListener(SWT.Modify, e -> {
            filterText = filter.getText();
            words = filterText.toLowerCase(Locale.ROOT).strip().split("\\s+");
            viewer.refresh();
            updateCount();
        });
        // Down arrow from the filter box goes to the table
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
                table.setFocus();
                if (table.getSelectionCount() == 0) {
                    table.setSelection(0);
                    viewer.setSelection(viewer.getSelection());
                }
            }
        });
        viewer.addDoubleClickListener(e -> openSelected());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                deleteSelected();
                e.doit = false;
            }
        });
        createContextMenu();
        DropTarget drop = new DropTarget(table, DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(FileTransfer.getInstance());
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = context.project().isPresent() ? DND.DROP_COPY : DND.DROP_NONE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] names) {
                    List<Path> files = new ArrayList<>();
                    for (String name : names) {
                        files.add(Path.of(name));
                    }
                    importFiles(files);
                }
            }
        });
        context.setSelectionProvider(viewer);
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                bind();
            }

            @Override
            public void projectClosed(Project project) {
                bind();
            }

            @Override
            public void projectChanged(Project project) {
                searchable.clear();
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                    updateCount();
                }
            }
        });
        bind();
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        Action open = new Action(MESSAGES.get("literature.menu.open")) {
            @Override
            public void run() {
                openSelected();
            }
        };
        Action delete = new Action(MESSAGES.get("literature.menu.delete")) {
            @Override
            public void run() {
                deleteSelected();
            }
        };
        Action importAction = new Action(MESSAGES.get("command.import.label")) {
            @Override
            public void run() {
                importFiles(List.of());
            }
        };
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            boolean any = !viewer.getStructuredSelection().isEmpty();
            open.setEnabled(any);
            delete.setEnabled(any);
            m.add(open);
            m.add(new Separator());
            m.add(delete);
            m.add(new Separator());
            importAction.setEnabled(context.project().isPresent());
            m.add(importAction);
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
    }

    private void bind() {
        searchable.clear();
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(context.project().map(Project::root).orElse(null));
        updateCount();
    }

    private void updateCount() {
        GuidanceProject root = (GuidanceProject) viewer.getInput();
        if (root == null) {
            count.setText(MESSAGES.get("literature.count.noProject"));
        } else {
            int total = root.getSources().size();
            int shown = viewer.getTable().getItemCount();
            count.setText(shown == total ? MESSAGES.format("literature.count.all", total) : MESSAGES.format("literature.count.shown", shown, total));
        }
    }

    private void sortBy(TableColumn column, Comparator<Source> order) {
        Table table = viewer.getTable();
        if (table.getSortColumn() == column) {
            table.setSortDirection(table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP);
        } else {
            table.setSortColumn(column);
            table.setSortDirection(SWT.UP);
        }
        sorter.order = table.getSortDirection() == SWT.UP ? order : order.reversed();
        viewer.refresh();
    }

    /** The selected sources, in table order. */
    List<Source> selected() {
        List<Source> sources = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection().toList()) {
            if (o instanceof Source s) {
                sources.add(s);
            }
        }
        return sources;
    }

    void openSelected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        for (Object element : selection.toList()) {
            context.openEditor(element);
        }
    }

    /** Removes the selected sources (and references to them) with one command; Edit &gt; Undo restores them. */
    void deleteSelected() {
        List<Source> sources = selected();
        EditingDomain domain = context.editingDomain().orElse(null);
        if (sources.isEmpty() || domain == null) {
            return;
        }
        Command delete = DeleteCommand.create(domain, sources);
        if (context.execute(delete)) {
            context.statusLine().setMessage(sources.size() == 1
                    ? MESSAGES.format("literature.status.deletedOne", SourceTexts.nonNull(sources.get(0).getTitle()))
                    : MESSAGES.format("literature.status.deleted", sources.size()));
        } else {
            context.statusLine().setErrorMessage(MESSAGES.get("literature.error.delete"));
        }
    }

    /** Opens the import wizard with these files chosen (dropped on the table). */
    WizardDialog importFiles(List<Path> files) {
        if (context.project().isEmpty()) {
            context.statusLine().setErrorMessage(MESSAGES.get("literature.error.noProject"));
            return null;
        }
        return ImportWizard.open(context, importer, files);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Project order until a column header is clicked. */
    private static final class Sorter extends ViewerComparator {
        Comparator<Source> order;

        @Override
        public int compare(Viewer v, Object a, Object b) {
            return order == null ? 0 : order.compare((Source) a, (Source) b);
        }
    }
}
