package org.bridgework.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@link Part} that holds typing not yet applied to the model (a text field that applies its text as one command
 * after a pause). The workbench applies it before it runs any command (undo, redo, save, close, a perspective switch,
 * a menu or toolbar command such as assemble) and before it journals the project for crash recovery, and counts it
 * as unsaved: the title shows the dirty marker from the first keystroke. The part calls
 * {@link PartContext#pendingEditsChanged()} when it starts or stops holding such typing.
 *
 * @since 1.2
 */
@ConsumerType
public interface PendingEdits {

    /** True while typing here is not yet applied to the model. */
    boolean hasPendingEdits();

    /** Applies the typing not yet applied, as the commands it would have become after the pause. UI thread. */
    void commitPendingEdits();
}
