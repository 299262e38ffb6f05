package org.bridgework.ui.contexts.internal;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;

/** The questions and messages of installing and uninstalling: dialogs in the product, answers queued by a test. */
interface ExtensionPrompts {

    /** Asks for a context bundle jar; {@code null} when the user cancels. */
    Path chooseJar(Shell shell, String title);

    /** Asks before something that cannot be undone; {@code confirmLabel} is the button that does it. */
    boolean confirm(Shell shell, String title, String message, String confirmLabel, String cancelLabel);

    void error(Shell shell, String title, String message);

    void warning(Shell shell, String title, String message);
}
