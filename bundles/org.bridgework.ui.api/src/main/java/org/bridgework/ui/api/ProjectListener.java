package org.bridgework.ui.api;

import org.bridgework.core.api.Project;
import org.osgi.annotation.versioning.ConsumerType;

/** Told, on the UI thread, what happens to the workbench's project. Implement the methods you need. */
@ConsumerType
public interface ProjectListener {

    /** A project was opened (it is now {@link WorkbenchContext#project()}). */
    default void projectOpened(Project project) {
    }

    /** The project was closed; {@link WorkbenchContext#project()} is empty or already the next one. */
    default void projectClosed(Project project) {
    }

    /** A command was executed, undone or redone: the model may have changed anywhere. Refresh what you show. */
    default void projectChanged(Project project) {
    }

    /** The project was saved (possibly to a new file). */
    default void projectSaved(Project project) {
    }
}
