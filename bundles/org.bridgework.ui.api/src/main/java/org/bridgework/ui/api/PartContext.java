package org.bridgework.ui.api;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The workbench as one part sees it. Everything registered through it (selection and project listeners, images
 * from {@link #resources()}, {@link #modelLabels()}) is released by the workbench when the part is disposed, so a
 * part that only uses the context needs no {@link Part#dispose()} of its own.
 */
@ProviderType
public interface PartContext extends WorkbenchContext {

    /** The id of the view or editor this context belongs to. */
    String partId();

    /**
     * Publishes this part's selection: when the provider's selection changes (or this part is activated) it
     * becomes the workbench selection, which drives Properties and the other views. Typically the part's
     * {@code TreeViewer} or {@code TableViewer}.
     */
    void setSelectionProvider(ISelectionProvider provider);

    /**
     * Gives {@code control} (the part's tree or table) the workbench's context menu for model elements over this
     * part's selection ({@link #setSelectionProvider}): Open, New (a child of each kind the element holds),
     * Duplicate, Rename..., Delete, Copy and Properties, each change one undoable command. Since 1.4.
     */
    void addElementMenu(org.eclipse.swt.widgets.Control control);

    /**
     * As {@link #addElementMenu(org.eclipse.swt.widgets.Control)}, over the model elements {@code elements} returns
     * when the menu opens (for a part whose rows are not model elements: search hits, problems). Since 1.4.
     */
    void addElementMenu(org.eclipse.swt.widgets.Control control, java.util.function.Supplier<? extends java.util.List<?>> elements);

    /**
     * The workbench selection seen from this part: listeners added through it are removed when the part is
     * disposed.
     */
    @Override
    SelectionService selection();

    /** Called on the UI thread when a project opens, closes, changes (any command executed, undone or redone) or is saved. */
    void addProjectListener(ProjectListener listener);

    void removeProjectListener(ProjectListener listener);

    /** Images, fonts and colours for this part, disposed with it. */
    ResourceManager resources();

    /**
     * Text and icon of model elements as the rest of the workbench shows them (from the model's EMF.Edit item
     * providers), for this part's viewers. Its images are disposed with the part.
     */
    ILabelProvider modelLabels();

    /** Changes the part's tab text (editors: to follow the element's name). */
    void setTitle(String title);

    /**
     * Tells the workbench that this part (a {@link PendingEdits}) started or stopped holding typing not yet applied:
     * the dirty marker and Save follow, and the recovery journal is scheduled. UI thread.
     *
     * @since 1.2
     */
    default void pendingEditsChanged() {
    }
}
