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
