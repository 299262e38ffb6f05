package org.bridgework.ui.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bridgework.core.api.Project;
import org.bridgework.search.api.InvalidQueryException;
import org.bridgework.search.api.SearchFields;
import org.bridgework.search.api.SearchHit;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchRequest;
import org.bridgework.search.api.SearchResult;
import org.bridgework.search.api.SearchService;
import org.bridgework.search.api.Snippet;
import org.bridgework.ui.api.Messages;
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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The Search view's controls: a query box (Enter or a pause in typing searches), a status line (hits, or where the
 * query is wrong), the facets with their counts (check values to filter: values of one facet are alternatives,
 * facets combine), and the ranked hits with the matches in bold. A double-click selects the
 * element and opens it in its editor. Results follow the model: after an edit the query runs again.
 */
final class SearchPart implements Part {

    private static final Messages MESSAGES = Messages.of(SearchPart.class);

    private static final int TYPING_PAUSE_MS = 250;

    private final PartContext context;
    private final SearchService search;
    private final Display display;
    private final Text query;
    private final Tree facets;
    private final Label status;
    private final TableViewer results;
    private final Runnable indexChanged = this::indexChanged;
    private final Runnable runLater = this::run;
    private SearchIndex index;
    /** Checked facet values: facet name to values. */
    private final Map<String, Set<String>> checked = new LinkedHashMap<>();
    private final Set<String> collapsed = new LinkedHashSet<>();

    SearchPart(Composite parent, PartContext context, SearchService search) {
        this.context = context;
        this.search = search;
        this.display = parent.getDisplay();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(root);

        query = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(MESSAGES.get("search.query.message"));
        query.setToolTipText(MESSAGES.get("search.query.tip"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        status = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(status);

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
        facets = new Tree(sash, SWT.CHECK | SWT.SINGLE | SWT.V_SCROLL);
        facets.setToolTipText(MESSAGES.get("search.facets.tip"));
        facets.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = MESSAGES.get("search.facets.name");
            }
        });
        results = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        results.getTable().setHeaderVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        column(MESSAGES.get("search.column.type"), 90, hit -> Snippet.plain(hit.type()));
        column(MESSAGES.get("search.column.title"), 280, SearchHit::title);
        column(MESSAGES.get("search.column.text"), 600, SearchHit::snippet);
        sash.setWeights(22, 78);

        query.addListener(SWT.DefaultSelection, e -> run());
        query.addListener(SWT.Modify, e -> {
            display.timerExec(-1, runLater);
            display.timerExec(TYPING_PAUSE_MS, runLater);
        });
        facets.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TreeItem item) {
                toggle(item);
            }
        });
        facets.addListener(SWT.Collapse, e -> collapsed.add(((TreeItem) e.item).getText()));
        facets.addListener(SWT.Expand, e -> collapsed.remove(((TreeItem) e.item).getText()));
        results.addDoubleClickListener(e -> open((IStructuredSelection) e.getSelection()));
        context.addElementMenu(results.getTable(), () -> results.getStructuredSelection().toList().stream()
                .map(h -> h instanceof SearchHit hit && index != null ? index.element(hit).orElse(null) : null)
                .filter(java.util.Objects::nonNull).toList());

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
        pendingProject = null;
        if (project.isEmpty()) {
            run();
            return;
        }
        // opening (or building) the index and the first search wait until the window has painted and this view is
        // shown, so a search view open at start does not hold the first window back, nor one in a tab behind another
        // the window's first edits; a search asked for sooner opens it at once
        Project bound = project.get();
        pendingProject = bound;
        status.setText(MESSAGES.get("search.status.opening"));
        context.afterFirstPaint(() -> {
            if (shown != null) {
                shown.cancel();
            }
            shown = org.bridgework.ui.api.Visibility.whenShown(query, () -> {
                if (!query.isDisposed() && pendingProject == bound) {
                    run();
                }
            });
        });
    }

    /** Waiting for this view to be shown to open the index (UI thread only). */
    private org.bridgework.ui.api.Visibility.Waiting shown;

    /** The project whose index is still to be opened (UI thread only). */
    private Project pendingProject;

    private void openPendingIndex() {
        Project bound = pendingProject;
        pendingProject = null;
        index = search.index(bound);
        index.addChangeListener(indexChanged);
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
        if (index == null && pendingProject != null) {
            openPendingIndex();
        }
        if (index == null || index.isClosed()) {
            results.setInput(List.of());
            status.setText(MESSAGES.get("search.status.noProject"));
            return;
        }
        SearchRequest request = SearchRequest.of(query.getText()).withLimit(200).withFacetLimit(FACET_VALUES);
        for (Map.Entry<String, Set<String>> facet : checked.entrySet()) {
            for (String value : facet.getValue()) {
                request = request.withFilter(facet.getKey(), value);
            }
        }
        try {
            SearchResult result = index.search(request);
            results.setInput(result.hits());
            status.setText(result.totalHits() > result.hits().size()
                    ? MESSAGES.format("search.status.resultsBest", result.totalHits(), result.hits().size())
                    : MESSAGES.format("search.status.results", result.totalHits()));
            status.setToolTipText(null);
            showFacets(result);
        } catch (InvalidQueryException e) {
            results.setInput(List.of());
            status.setText(MESSAGES.format("search.status.invalid", e.getMessage()));
            status.setToolTipText(e.pointer());
        }
    }

    private static final int FACET_VALUES = 12;

    private static final Map<String, String> FACET_LABELS = Map.of(SearchFields.TYPE, MESSAGES.get("search.facet.type"),
            SearchFields.CHALLENGE, MESSAGES.get("search.facet.challenge"), SearchFields.CRITERION, MESSAGES.get("search.facet.criterion"),
            SearchFields.CONTEXT, MESSAGES.get("search.facet.context"), SearchFields.STATUS, MESSAGES.get("search.facet.status"),
            SearchFields.YEAR, MESSAGES.get("search.facet.year"), SearchFields.SOURCE_TYPE, MESSAGES.get("search.facet.sourceType"));

    private static final Map<String, String> TYPE_LABELS = Map.ofEntries(Map.entry("casestudy", MESSAGES.get("search.type.casestudy")),
            Map.entry("sourcetype", MESSAGES.get("search.facet.sourceType")), Map.entry("scope", MESSAGES.get("search.type.scope")),
            Map.entry("block", MESSAGES.get("search.type.block")));

    /**
     * A facet value as people read it: element types and statuses in words, a challenge or criterion by its title
     * (the index keeps ids and literals: {@code casestudy}, {@code in-progress}, {@code ch-roles}).
     */
    String valueLabel(String facet, String value) {
        if (value == null || value.isEmpty()) {
            return MESSAGES.get("search.facets.none");
        }
        if (SearchFields.TYPE.equals(facet)) {
            return TYPE_LABELS.getOrDefault(value, Character.toUpperCase(value.charAt(0)) + value.substring(1));
        }
        if (SearchFields.CHALLENGE.equals(facet) || SearchFields.CRITERION.equals(facet) || SearchFields.CONTEXT.equals(facet)) {
            Object element = context.project().map(p -> (Object) p.resource().getEObject(value)).orElse(null);
            if (element != null) {
                String text = context.modelLabels().getText(element);
                String group = FACET_LABELS.getOrDefault(facet, facet) + " ";
                text = text.startsWith(group) ? text.substring(group.length()) : text; // the group says it already
                return text.isBlank() ? value : text;
            }
            return value;
        }
        if (SearchFields.YEAR.equals(facet)) {
            return value;
        }
        String words = value.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The facets with their counts; checked values stay checked (and listed) even when a query leaves them empty. */
    private void showFacets(SearchResult result) {
        facets.setRedraw(false);
        try {
            facets.removeAll();
            for (String facet : SearchFields.FACETS) {
                Set<String> on = checked.getOrDefault(facet, Set.of());
                List<SearchResult.FacetCount> counts = new ArrayList<>(result.facet(facet));
                for (String value : on) {
                    if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                        counts.add(new SearchResult.FacetCount(value, 0));
                    }
                }
                if (counts.isEmpty()) {
                    continue;
                }
                TreeItem group = new TreeItem(facets, SWT.NONE);
                group.setText(FACET_LABELS.getOrDefault(facet, facet));
                group.setData(new FacetValue(facet, null));
                group.setChecked(!on.isEmpty());
                group.setGrayed(!on.isEmpty());
                for (SearchResult.FacetCount count : counts) {
                    TreeItem item = new TreeItem(group, SWT.NONE);
                    item.setText(MESSAGES.format("search.facets.value", valueLabel(facet, count.value()), count.count()));
                    item.setData(new FacetValue(facet, count.value()));
                    item.setChecked(on.contains(count.value()));
                }
                group.setExpanded(!collapsed.contains(group.getText()));
            }
        } finally {
            facets.setRedraw(true);
        }
    }

    private record FacetValue(String facet, String value) {
    }

    private void toggle(TreeItem item) {
        FacetValue facetValue = (FacetValue) item.getData();
        if (facetValue.value() == null) {
            // the facet's own box clears its filter
            checked.remove(facetValue.facet());
        } else if (item.getChecked()) {
            checked.computeIfAbsent(facetValue.facet(), f -> new LinkedHashSet<>()).add(facetValue.value());
        } else {
            Set<String> values = checked.get(facetValue.facet());
            if (values != null) {
                values.remove(facetValue.value());
                if (values.isEmpty()) {
                    checked.remove(facetValue.facet());
                }
            }
        }
        // after the event: rebuilding the tree inside its own selection event would dispose the item being handled
        display.asyncExec(this::run);
    }

    /** For tests: checks or clears a facet value as a click on its box would. */
    void setFilter(String facet, String value, boolean on) {
        for (TreeItem group : facets.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getData() instanceof FacetValue fv && fv.facet().equals(facet) && fv.value().equals(value)) {
                    item.setChecked(on);
                    toggle(item);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no facet value " + facet + "=" + value + " is shown");
    }

    private void open(IStructuredSelection selection) {
        if (index == null || !(selection.getFirstElement() instanceof SearchHit hit)) {
            return;
        }
        Optional<EObject> element = index.element(hit);
        if (element.isEmpty()) {
            status.setText(MESSAGES.format("search.status.gone", hit.title().text()));
            return;
        }
        context.selection().setSelection(new StructuredSelection(element.get()));
        context.openEditor(element.get());
    }

    // for tests
    Text query() {
        return query;
    }

    Label status() {
        return status;
    }

    TableViewer results() {
        return results;
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        display.timerExec(-1, runLater);
        if (shown != null) {
            shown.cancel();
        }
        if (index != null) {
            index.removeChangeListener(indexChanged);
        }
    }
}
