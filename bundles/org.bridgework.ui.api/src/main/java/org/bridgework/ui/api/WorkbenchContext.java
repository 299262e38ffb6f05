package org.bridgework.ui.api;

import java.util.Optional;

import org.bridgework.core.api.Project;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the workbench offers to commands and parts: the open project, its command stack, the selection, jobs and
 * the status line. Implemented by the workbench; use it on the UI thread (except {@link #jobs()}, whose jobs run
 * in the background).
 */
@ProviderType
public interface WorkbenchContext {

    /** The workbench window's shell: the parent for dialogs. */
    Shell shell();

    /** The project open in the workbench, if any. It changes: listen with {@link PartContext#addProjectListener}. */
    Optional<Project> project();

    /** The open project's editing domain (its command stack gives undo and redo), if a project is open. */
    default Optional<EditingDomain> editingDomain() {
        return project().map(Project::editingDomain);
    }

    /**
     * Executes a change to the model on the project's command stack, so it can be undone, marks the project dirty
     * and is journalled for crash recovery. Every change to the model must go through here (or the stack).
     *
     * @return false when no project is open or the command cannot execute (nothing changed)
     */
    boolean execute(Command command);

    /** The current selection, shared by all parts. */
    SelectionService selection();

    /** Runs work in the background with progress and a cancel button in the status line. */
    JobRunner jobs();

    /** The status line's message area. */
    StatusLine statusLine();

    /**
     * Opens a view in the current perspective (where it was last, or its default stack) and activates it.
     *
     * @return false when no view of that id is installed
     */
    boolean showView(String viewId);

    /**
     * Opens {@code element} in the best editor for it (see {@link EditorContribution#priority()}), or brings its
     * open editor to the front.
     *
     * @return false when no installed editor can open it
     */
    boolean openEditor(Object element);

    /** The user's preferences (Window &gt; Preferences...) as they are now. Since 1.4. */
    default UserPreferences preferences() {
        return UserPreferences.defaults();
    }

    /**
     * Runs a task on the UI thread once the window has first painted, or as the next event when it already has: for
     * work a view need not finish before the user sees the window (opening an index, validating the project). A task
     * queued with {@code Display.asyncExec} while the window is being built can run before that paint and hold it back.
     *
     * @since 1.5
     */
    default void afterFirstPaint(Runnable task) {
        shell().getDisplay().asyncExec(task);
    }
}
