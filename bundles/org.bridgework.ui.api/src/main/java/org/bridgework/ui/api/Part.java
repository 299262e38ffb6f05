package org.bridgework.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A live view, editor or property section: the controls a contribution created in the parent the workbench gave
 * it. The workbench owns the parent and disposes it (and with it every child control) after {@link #dispose()}.
 * All methods are called on the UI thread.
 */
@ConsumerType
public interface Part {

    /**
     * Gives the keyboard focus to the part's main control (its tree, table or first field). The default does
     * nothing: the workbench then focuses the first control of the part that takes focus.
     */
    default void setFocus() {
    }

    /**
     * Shows {@code element}, a part of the editor's input (a block of the section it edits), and puts the focus
     * and caret on it. The workbench calls this when something asks to open an element that has no better editor
     * of its own than this one's input (a Problems or Search entry for a block). Since 1.4.
     *
     * @return false when the element is not shown here (the default)
     */
    default boolean reveal(Object element) {
        return false;
    }

    /**
     * Releases what the part holds beyond its controls: listeners on the model, images it created itself, jobs it
     * started. Listeners and resources registered through the {@link PartContext} are released by the workbench,
     * as are the controls.
     */
    default void dispose() {
    }
}
