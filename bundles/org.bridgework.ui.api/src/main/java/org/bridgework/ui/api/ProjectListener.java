package org.bridgework.ui.api;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.SessionListener;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told, on the UI thread, what happens to the workbench's project. Implement the methods you need. It is the core
 * session's {@link SessionListener} as a part sees it (the workbench registers it with the session as it is); the
 * methods are declared again here for what they mean in the workbench.
 */
@ConsumerType
public interface ProjectListener extends SessionListener {

    /** A project was opened (it is now {@link WorkbenchContext#project()}). */
    @Override
    default void projectOpened(Project project) {
    }

    /** The project was closed; {@link WorkbenchContext#project()} is empty or already the next one. */
    @Override
    default void projectClosed(Project project) {
    }

    /** A command was executed, undone or redone: the model may have changed anywhere. Refresh what you show. */
    @Override
    default void projectChanged(Project project) {
    }

    /** The project was saved (possibly to a new file). */
    @Override
    default void projectSaved(Project project) {
    }
}
