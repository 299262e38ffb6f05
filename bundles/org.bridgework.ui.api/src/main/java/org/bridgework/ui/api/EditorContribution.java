package org.bridgework.ui.api;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An editor for some model elements, shown as a tab in the editor area: register an instance as an OSGi
 * service (whiteboard). Double-clicking an element (or {@link WorkbenchContext#openEditor(Object)}) opens it in
 * the editor with the highest {@link #priority()} among those that {@link #canOpen(Object)} it; an element
 * already open is brought to the front instead. The editor's changes go through the project's command stack
 * ({@link WorkbenchContext#execute(org.eclipse.emf.common.command.Command)}), so undo, redo, the dirty marker and
 * crash recovery cover them. When the service goes away its editors close.
 */
@ConsumerType
public interface EditorContribution {

    /** A unique, stable id, for example {@code org.bridgework.ui.drafting.section}. */
    String id();

    /** What kind of editor this is, for menus ({@code Section Editor}). */
    String label();

    /** A 16×16 icon, or {@code null}: the tab then shows the element's own icon. */
    default ImageDescriptor icon() {
        return null;
    }

    /** True when this editor can edit {@code element} (usually an {@code EObject} of the guidance model). */
    boolean canOpen(Object element);

    /** Among the editors that can open an element, the highest priority wins. The workbench's generic editor is -100. */
    default int priority() {
        return 0;
    }

    /**
     * Creates the editor's controls for {@code input} in {@code parent} (a composite with a {@code FillLayout}).
     *
     * @throws Exception anything: the workbench then shows an error part with the message
     */
    Part createEditor(Composite parent, PartContext context, Object input) throws Exception;
}
