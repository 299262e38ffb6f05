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
     * Releases what the part holds beyond its controls: listeners on the model, images it created itself, jobs it
     * started. Listeners and resources registered through the {@link PartContext} are released by the workbench,
     * as are the controls.
     */
    default void dispose() {
    }
}
