package org.bridgework.ui.workbench.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bridgework.core.api.Project;
import org.bridgework.model.Identified;
import org.bridgework.ui.api.QuickSearchProvider;
import org.bridgework.ui.api.QuickSearchProvider.SearchHit;
import org.bridgework.ui.workbench.internal.ContributionRegistry;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.WorkbenchHost;
import org.bridgework.ui.workbench.internal.views.ModelLabels;
import org.bridgework.ui.workbench.internal.views.ProjectExplorerView;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The toolbar's search field (Ctrl+3): matches element ids and names in the open project at once, and asks every
 * {@link QuickSearchProvider} service in the background; picking a hit selects the element.
 */
public final class QuickSearch {
    private static final int DELAY_MILLIS = 250;
    private static final int LIMIT = 30;

    private final WorkbenchHost host;
    private final ContributionRegistry registry;
    private final Messages messages;
    public final Text field;
    private final Runnable search = this::search;
    private Shell popup;
    private Table table;
    private int generation;

    public QuickSearch(Composite parent, WorkbenchHost host, ContributionRegistry registry) {
        this.host = host;
        this.registry = registry;
        this.messages = host.messages();
        field = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        field.setMessage(messages.get("search.message"));
        field.setToolTipText(messages.get("search.tooltip"));
        field.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = messages.get("search.tooltip");
            }
        });
        field.addListener(SWT.Modify, e -> {
            field.getDisplay().timerExec(-1, search);
            field.getDisplay().timerExec(DELAY_MILLIS, search);
        });
        field.addListener(SWT.DefaultSelection, e -> {
            search();
            if (table != null && !table.isDisposed() && table.getItemCount() > 0) {
                pick(table.getItem(0));
            }
        });
        field.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && table != null && !table.isDisposed() && table.getItemCount() > 0) {
                table.setFocus();
                table.setSelection(0);
            } else if (e.keyCode == SWT.ESC) {
                closePopup();
            }
        });
        field.addListener(SWT.Dispose, e -> closePopup());
    }

    void focus() {
        field.setFocus();
        field.selectAll();
    }

    /** The hits found in the model itself: ids and names containing the text. */
    static List<SearchHit> modelHits(Project project, String text, ModelLabels labels, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        String needle = text.toLowerCase(Locale.ROOT);
        TreeIterator<EObject> all = project.root().eAllContents();
        while (all.hasNext() && hits.size() < limit) {
            EObject element = all.next();
            if (!(element instanceof Identified identified) || identified.getId() == null) {
                continue;
            }
            String label = labels.getText(element);
            if (identified.getId().toLowerCase(Locale.ROOT).contains(needle) || label.toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(new SearchHit(label, ProjectExplorerView.words(element.eClass().getName()) + " \u00b7 " + identified.getId(), identified.getId()));
            }
        }
        return hits;
    }

    private void search() {
        if (field.isDisposed()) {
            return;
        }
        String text = field.getText().strip();
        int current = ++generation;
        if (text.isEmpty()) {
            closePopup();
            return;
        }
        List<SearchHit> hits = new ArrayList<>();
        Project project = host.session().project().orElse(null);
        if (project != null) {
            ModelLabels labels = new ModelLabels(org.eclipse.jface.resource.JFaceResources.getResources());
            hits.addAll(modelHits(project, text, labels, LIMIT));
        }
        show(hits, hits.isEmpty() ? messages.get("search.nothing") : null);
        if (project == null) {
            return;
        }
        for (QuickSearchProvider provider : registry.quickSearchProviders()) {
            try {
                provider.prepare(project);
            } catch (RuntimeException e) {
                host.log().error("Quick search provider " + provider.getClass().getName() + " failed to prepare", e);
                continue;
            }
            host.jobs().schedule(messages.format("search.job", safeLabel(provider)), monitor -> provider.search(project, text, LIMIT, monitor))
                    .whenDone((found, failure) -> {
                        if (current != generation || failure != null || found == null || found.isEmpty()) {
                            return;
                        }
                        // the model's own id/name hits come first; a provider finding the same element adds nothing
                        for (SearchHit hit : found) {
                            if (hits.stream().noneMatch(h -> h.elementId() != null && h.elementId().equals(hit.elementId()))) {
                                hits.add(hit);
                            }
                        }
                        show(hits, null);
                    });
        }
    }

    private static String safeLabel(QuickSearchProvider provider) {
        try {
            return provider.label();
        } catch (RuntimeException e) {
            return provider.getClass().getSimpleName();
        }
    }

    private void show(List<SearchHit> hits, String empty) {
        if (popup == null || popup.isDisposed()) {
            popup = new Shell(field.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.RESIZE);
            GridLayoutFactory.fillDefaults().applyTo(popup);
            table = new Table(popup, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
            table.getAccessible().addAccessibleListener(new AccessibleAdapter() {
                @Override
                public void getName(AccessibleEvent e) {
                    if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                        e.result = messages.get("search.results");
                    }
                }
            });
            GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
            table.addListener(SWT.DefaultSelection, e -> {
                if (e.item instanceof TableItem item) {
                    pick(item);
                }
            });
            table.addListener(SWT.KeyDown, e -> {
                if (e.keyCode == SWT.ESC) {
                    closePopup();
                    field.setFocus();
                }
            });
            field.getShell().addListener(SWT.Move, e -> closePopup());
        }
        table.removeAll();
        if (hits.isEmpty()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(empty == null ? messages.get("search.nothing") : empty);
        }
        for (SearchHit hit : hits) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(hit.detail() == null ? hit.label() : hit.label() + "   \u2014 " + hit.detail());
            item.setData(hit);
        }
        Rectangle bounds = field.getBounds();
        Point below = field.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
        int width = Math.max(bounds.width, 420);
        int height = Math.min(12, Math.max(1, hits.size())) * table.getItemHeight() + 8;
        popup.setBounds(below.x + bounds.width - width, below.y, width, height);
        popup.setVisible(true);
    }

    private void pick(TableItem item) {
        if (!(item.getData() instanceof SearchHit hit) || hit.elementId() == null) {
            return;
        }
        closePopup();
        host.session().project().map(p -> p.resource().getEObject(hit.elementId())).ifPresentOrElse(element -> {
            host.showView(ProjectExplorerView.ID);
            host.selectionService().set(null, new StructuredSelection(element));
        }, () -> host.statusLine().setErrorMessage(messages.format("search.gone", hit.elementId())));
    }

    private void closePopup() {
        if (popup != null && !popup.isDisposed()) {
            popup.dispose();
        }
        popup = null;
        table = null;
    }

    /** For tests: the hits shown, as text. */
    public List<String> shown() {
        List<String> texts = new ArrayList<>();
        if (table != null && !table.isDisposed()) {
            for (TableItem item : table.getItems()) {
                texts.add(item.getText());
            }
        }
        return texts;
    }
}
