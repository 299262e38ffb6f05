package org.bridgework.ui.workbench.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.bridgework.ui.api.SelectionService;
import org.bridgework.ui.workbench.internal.layout.PartSite;
import org.bridgework.ui.workbench.internal.views.ElementMenu;
import org.bridgework.ui.workbench.internal.views.ModelLabels;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;

/** One part's context: the window's services plus what the part registered, all released by {@link #dispose()}. */
public final class PartContextImpl extends WorkbenchContextImpl implements PartContext {
    private final PartSite site;
    private final SelectionServiceImpl.Scoped selection;
    private final List<ProjectListener> projectListeners = new ArrayList<>();
    private final ISelectionChangedListener providerListener = event -> published(event.getSelection());
    private ISelectionProvider provider;
    private LocalResourceManager resources;
    private ModelLabels labels;

    public PartContextImpl(WorkbenchHost host, PartSite site) {
        super(host);
        this.site = site;
        this.selection = host.selectionService().scoped(site.id);
    }

    @Override
    public String partId() {
        return site.id;
    }

    @Override
    public void setSelectionProvider(ISelectionProvider newProvider) {
        if (provider != null) {
            provider.removeSelectionChangedListener(providerListener);
        }
        provider = newProvider;
        if (provider != null) {
            provider.addSelectionChangedListener(providerListener);
        }
    }

    @Override
    public void addElementMenu(org.eclipse.swt.widgets.Control control) {
        ElementMenu.attach(host, control, () -> elements(provider == null ? null : provider.getSelection()));
    }

    @Override
    public void addElementMenu(org.eclipse.swt.widgets.Control control, java.util.function.Supplier<? extends List<?>> elements) {
        ElementMenu.attach(host, control, () -> elements(new org.eclipse.jface.viewers.StructuredSelection(elements.get())));
    }

    /** The model elements of a selection. */
    public static List<org.eclipse.emf.ecore.EObject> elements(ISelection selection) {
        List<org.eclipse.emf.ecore.EObject> out = new ArrayList<>();
        if (selection instanceof org.eclipse.jface.viewers.IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof org.eclipse.emf.ecore.EObject e) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    public ISelectionProvider selectionProvider() {
        return provider;
    }

    private void published(ISelection newSelection) {
        // a part following another part's selection (a reveal) must not echo it back as its own
        if (!host.selectionService().isDispatching()) {
            host.selectionService().set(site.id, newSelection);
        }
    }

    @Override
    public SelectionService selection() {
        return selection;
    }

    @Override
    public void addProjectListener(ProjectListener listener) {
        projectListeners.add(listener);
        host.session().addListener(listener);
    }

    @Override
    public void removeProjectListener(ProjectListener listener) {
        projectListeners.remove(listener);
        host.session().removeListener(listener);
    }

    @Override
    public ResourceManager resources() {
        if (resources == null) {
            resources = new LocalResourceManager(JFaceResources.getResources());
        }
        return resources;
    }

    @Override
    public ILabelProvider modelLabels() {
        if (labels == null) {
            labels = new ModelLabels(resources());
        }
        return labels;
    }

    @Override
    public void pendingEditsChanged() {
        host.pendingEditsChanged();
    }

    @Override
    public void setTitle(String title) {
        site.setTitle(title);
    }

    /** Releases listeners, the selection provider and the resources. */
    public void dispose() {
        setSelectionProvider(null);
        selection.dispose();
        for (ProjectListener listener : projectListeners) {
            host.session().removeListener(listener);
        }
        projectListeners.clear();
        if (labels != null) {
            labels.dispose();
            labels = null;
        }
        if (resources != null) {
            resources.dispose();
            resources = null;
        }
    }
}
