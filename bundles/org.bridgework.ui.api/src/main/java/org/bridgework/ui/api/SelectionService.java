package org.bridgework.ui.api;

import org.eclipse.jface.viewers.ISelection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one selection of the workbench: what the user last selected in any part. Properties, Outline and area
 * views follow it. Selections hold model objects ({@code IStructuredSelection} of {@code EObject}s) wherever
 * possible.
 */
@ProviderType
public interface SelectionService {

    /** The current selection; empty, never null. */
    ISelection getSelection();

    /**
     * Selects elements from code (a Problems double-click, a search hit): the Project Explorer reveals them and
     * every listener is told, with the calling part's id (or {@code null}) as the source.
     */
    void setSelection(ISelection selection);

    /** Called on the UI thread after each change, including this part's own (compare the source id). */
    void addSelectionListener(WorkbenchSelectionListener listener);

    void removeSelectionListener(WorkbenchSelectionListener listener);
}
