package org.bridgework.ui.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A viewer's selection as the rest of the workbench should see it: each element mapped (a tree's folder nodes to
 * nothing, say), so that the workbench selection holds model objects only.
 */
public final class MappedSelectionProvider implements ISelectionProvider {
    private final ISelectionProvider viewer;
    private final Function<Object, Object> map;
    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();

    /** @param map an element to what the workbench sees, or null to leave it out */
    public MappedSelectionProvider(ISelectionProvider viewer, Function<Object, Object> map) {
        this.viewer = viewer;
        this.map = map;
        viewer.addSelectionChangedListener(event -> {
            SelectionChangedEvent mapped = new SelectionChangedEvent(this, map(event.getSelection()));
            listeners.forEach(l -> l.selectionChanged(mapped));
        });
    }

    @Override
    public ISelection getSelection() {
        return map(viewer.getSelection());
    }

    @Override
    public void setSelection(ISelection selection) {
        viewer.setSelection(selection);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    private ISelection map(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return selection;
        }
        List<Object> mapped = new ArrayList<>();
        for (Object element : structured.toList()) {
            Object m = map.apply(element);
            if (m != null && !mapped.contains(m)) {
                mapped.add(m);
            }
        }
        return new StructuredSelection(mapped);
    }
}
