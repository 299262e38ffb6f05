package org.bridgework.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The model as a tree, through the EMF.Edit item providers ({@link ITreeItemContentProvider}), replacing
 * emf.edit.ui's {@code AdapterFactoryContentProvider}. The project's direct children are grouped in one folder per
 * containment feature (Sources, Criteria, Case studies...), as a file explorer groups files, so the first level
 * stays short. The input is an {@link Input} holding the {@link GuidanceProject} root (or null for an empty
 * tree): JFace asks the content provider for the input's elements, not its children, so the input must not be
 * the root element itself.
 */
public class ModelContent implements ITreeContentProvider {

    /** The viewer input: the tree shows {@code root} as its one top element. */
    public record Input(GuidanceProject root) {
    }

    /** A group of the project's children held by one containment feature. */
    public record Folder(GuidanceProject owner, EReference feature) {
        public List<Object> children() {
            Object value = owner.eGet(feature);
            if (value instanceof Collection<?> many) {
                return new ArrayList<>(many);
            }
            return value == null ? List.of() : List.of(value);
        }
    }

    private final boolean folders;

    /** @param folders true to group the project's children by feature */
    public ModelContent(boolean folders) {
        this.folders = folders;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Input in && in.root() != null ? new Object[] {in.root()} : new Object[0];
    }

    @Override
    public Object[] getChildren(Object element) {
        if (folders && element instanceof GuidanceProject root) {
            return rootChildren(root).toArray();
        }
        if (element instanceof Folder folder) {
            return folder.children().toArray();
        }
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? new Object[0] : provider.getChildren(element).toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Folder folder) {
            return folder.owner();
        }
        if (folders && element instanceof EObject object && object.eContainer() instanceof GuidanceProject root
                && object.eContainmentFeature() != null && object.eContainmentFeature().isMany()) {
            return new Folder(root, object.eContainmentFeature());
        }
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Folder folder) {
            return !folder.children().isEmpty();
        }
        if (folders && element instanceof GuidanceProject) {
            return true;
        }
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.hasChildren(element);
    }

    /**
     * The project's children: a folder per non-empty many-valued containment, the element itself for a
     * single-valued one (the scope, the document), in the order of the features.
     */
    static List<Object> rootChildren(GuidanceProject root) {
        List<Object> children = new ArrayList<>();
        for (EReference feature : root.eClass().getEAllContainments()) {
            if (feature.isMany()) {
                Folder folder = new Folder(root, feature);
                if (!folder.children().isEmpty()) {
                    children.add(folder);
                }
            } else if (root.eGet(feature) != null) {
                children.add(root.eGet(feature));
            }
        }
        return children;
    }

    private static ITreeItemContentProvider provider(Object element) {
        AdapterFactory factory = ModelLabels.adapterFactory(element);
        return factory == null ? null : (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelContent c && c.folders == folders;
    }

    @Override
    public int hashCode() {
        return Objects.hash(folders);
    }
}
