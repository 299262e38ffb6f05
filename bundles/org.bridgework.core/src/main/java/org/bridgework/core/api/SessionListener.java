package org.bridgework.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told what happens to the project of a {@link ProjectSession}, on the thread the session runs on (the workbench's UI
 * thread). The core twin of the workbench's {@code org.bridgework.ui.api.ProjectListener}, which the workbench adapts
 * to it. Implement the methods you need.
 */
@ConsumerType
public interface SessionListener {

    /** A project was opened (it is now the session's project). */
    default void projectOpened(Project project) {
    }

    /** The project was closed; the session's project is empty or already the next one. */
    default void projectClosed(Project project) {
    }

    /** A command was executed, undone or redone: the model may have changed anywhere. */
    default void projectChanged(Project project) {
    }

    /** The project was saved (possibly to a new file). */
    default void projectSaved(Project project) {
    }
}
