package org.bridgework.ui.workbench.internal;

import org.bridgework.core.api.ProjectSession;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.swt.widgets.Shell;

/** What contexts, parts and commands need from the window. */
public interface WorkbenchHost {
    Shell shell();

    ProjectSession session();

    SelectionServiceImpl selectionService();

    Jobs jobs();

    StatusLineImpl statusLine();

    Messages messages();

    ErrorLog log();

    boolean showView(String viewId);

    /** A part started or stopped holding typing not yet applied to the model. */
    void pendingEditsChanged();

    /** Applies typing that parts hold and have not applied yet (before any command runs). */
    void commitPendingEdits();

    boolean openEditor(Object element);

    /** The user's preferences as they are now. */
    org.bridgework.ui.api.UserPreferences preferences();

    /** Runs a task after the window has first painted (as the next event when it has). */
    void afterFirstPaint(Runnable task);
}
