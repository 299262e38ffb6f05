package org.bridgework.ui.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.search.api.InvalidQueryException;
import org.bridgework.search.api.SearchFields;
import org.bridgework.search.api.SearchHit;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchRequest;
import org.bridgework.search.api.SearchResult;
import org.bridgework.search.api.SearchService;
import org.bridgework.search.api.Snippet;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Search view's controls: a query box (Enter or a pause in typing searches), a type filter with counts, a status
 * line (hits, or where the query is wrong), and the ranked hits with the matches in bold. A double-click selects the
 * element and opens it in its editor. Results follow the model: after an edit the query runs again.
 */
final class SearchPart implements Part {

    private static final int TYPING_PAUSE_MS = 250;

    private final PartContext context;
    private final SearchService search;
    private final Display display;
    private final Text query;
    private final Combo type;
    private final Label status;
    private final TableViewer results;
    private final Runnable indexChanged = this::indexChanged;
    private final Runnable runLater = this::run;
    private SearchIndex index;
    private List<String> typeValues = new ArrayList<>();

    SearchPart(Composite parent, PartContext context, SearchService search) {
        this.context = context;
        this.search = search;
        this.display = parent.getDisplay();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(root);

        query = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage("Search: words, \"a phrase\", liais*, type:casestudy ...");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        type = new Combo(root, SWT.READ_ONLY);
        type.setItems("All types");
        type.select(0);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(type);
        status = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(status);

        results = new TableViewer(root, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        results.getTable().setHeaderVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        column("Type", 90, hit -> Snippet.plain(hit.type()));
        column("Title", 280, SearchHit::title);
        column("Text", 600, SearchHit::snippet);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(results.getControl());

        query.addListener(SWT.DefaultSelection, e -> run());
        query.addListener(SWT.Modify, e -> {
            display.timerExec(-1, runLater);
            display.timerExec(TYPING_PAUSE_MS, runLater);
        });
        type.addListener(SWT.Selection, e -> run());
        results.addDoubleClickListener(e -> open((IStructuredSelection) e.getSelection()));

        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                bind(Optional.of(project));
            }

            @Override
            public void projectClosed(Project project) {
                bind(context.project());
            }
        });
        bind(context.project());
    }

    private interface Cell {
        Snippet of(SearchHit hit);
    }

    private void column(String title, int width, Cell cell) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new StyledCellLabelProvider() {
            @Override
            public void update(ViewerCell viewerCell) {
                Snippet snippet = cell.of((SearchHit) viewerCell.getElement());
                viewerCell.setText(snippet.text());
                List<StyleRange> ranges = new ArrayList<>();
                for (Snippet.Span span : snippet.matches()) {
                    StyleRange range = new StyleRange();
                    range.start = span.start();
                    range.length = span.end() - span.start();
                    range.fontStyle = SWT.BOLD;
                    ranges.add(range);
                }
                viewerCell.setStyleRanges(ranges.toArray(StyleRange[]::new));
                super.update(viewerCell);
            }
        });
    }

    private void bind(Optional<Project> project) {
        if (index != null) {
            index.removeChangeListener(indexChanged);
            index = null;
        }
        if (project.isPresent()) {
            index = search.index(project.get());
            index.addChangeListener(indexChanged);
        }
        run();
    }

    /** On the index thread after an edit became searchable: run the query again on the UI thread. */
    private void indexChanged() {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!query.isDisposed()) {
                    run();
                }
            });
        }
    }

    private void run() {
        if (query.isDisposed()) {
            return;
        }
        if (index == null || index.isClosed()) {
            results.setInput(List.of());
            status.setText("No project open");
            return;
        }
        SearchRequest request = SearchRequest.of(query.getText()).withLimit(200).withFacetLimit(SearchFields.TYPES.size());
        int selected = type.getSelectionIndex();
        String filter = selected > 0 && selected - 1 < typeValues.size() ? typeValues.get(selected - 1) : null;
        if (filter != null) {
            request = request.withFilter(SearchFields.TYPE, filter);
        }
        try {
            SearchResult result = index.search(request);
            results.setInput(result.hits());
            status.setText(result.totalHits() + (result.totalHits() == 1 ? " result" : " results")
                    + (result.totalHits() > result.hits().size() ? " (best " + result.hits().size() + ")" : ""));
            status.setToolTipText(null);
            updateTypes(result, filter);
        } catch (InvalidQueryException e) {
            results.setInput(List.of());
            status.setText("Invalid query " + e.getMessage());
            status.setToolTipText(e.pointer());
        }
    }

    private void updateTypes(SearchResult result, String filter) {
        List<String> values = new ArrayList<>();
        List<String> items = new ArrayList<>();
        items.add("All types");
        int select = 0;
        for (SearchResult.FacetCount count : result.facet(SearchFields.TYPE)) {
            values.add(count.value());
            items.add(count.value() + " (" + count.count() + ")");
            if (count.value().equals(filter)) {
                select = values.size();
            }
        }
        typeValues = values;
        type.setItems(items.toArray(String[]::new));
        type.select(select);
    }

    private void open(IStructuredSelection selection) {
        if (index == null || !(selection.getFirstElement() instanceof SearchHit hit)) {
            return;
        }
        Optional<EObject> element = index.element(hit);
        if (element.isEmpty()) {
            status.setText("'" + hit.title().text() + "' is no longer in the project");
            return;
        }
        context.selection().setSelection(new StructuredSelection(element.get()));
        context.openEditor(element.get());
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        display.timerExec(-1, runLater);
        if (index != null) {
            index.removeChangeListener(indexChanged);
        }
    }
}
