package org.bridgework.ui.literature.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Publishes the model elements behind a viewer's rows ({@link GapMapPart.Item}s become their extract or case study),
 * so Properties shows them; with no row selected, optionally a fixed element (the source an editor edits).
 */
final class ElementSelection implements ISelectionProvider {

    private final StructuredViewer viewer;
    private final Object whenEmpty;
    private final Map<ISelectionChangedListener, ISelectionChangedListener> wrappers = new IdentityHashMap<>();

    ElementSelection(StructuredViewer viewer) {
        this(viewer, null);
    }

    /** @param whenEmpty what is selected when no row is (the source of the editor), or null */
    ElementSelection(StructuredViewer viewer, Object whenEmpty) {
        this.viewer = viewer;
        this.whenEmpty = whenEmpty;
    }

    @Override
    public ISelection getSelection() {
        List<Object> elements = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection().toList()) {
            elements.add(o instanceof GapMapPart.Item item ? item.element() : o);
        }
        if (elements.isEmpty() && whenEmpty != null) {
            return new StructuredSelection(whenEmpty);
        }
        return new StructuredSelection(elements);
    }

    @Override
    public void setSelection(ISelection selection) {
        // the rows follow the map's cell, not outside selections
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener wrapper = e -> listener.selectionChanged(new SelectionChangedEvent(this, getSelection()));
        wrappers.put(listener, wrapper);
        viewer.addSelectionChangedListener(wrapper);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener wrapper = wrappers.remove(listener);
        if (wrapper != null) {
            viewer.removeSelectionChangedListener(wrapper);
        }
    }
}
