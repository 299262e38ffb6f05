package org.bridgework.ui.api;

import org.eclipse.jface.viewers.ISelection;
import org.osgi.annotation.versioning.ConsumerType;

/** Told about changes of the workbench selection (see {@link SelectionService}). */
@ConsumerType
@FunctionalInterface
public interface WorkbenchSelectionListener {

    /**
     * @param sourcePartId the id of the part the selection came from, or {@code null} when set by a command
     * @param selection    the new selection, never null
     */
    void selectionChanged(String sourcePartId, ISelection selection);
}
