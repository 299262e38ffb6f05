package org.bridgework.ui.api;

import org.eclipse.jface.resource.ImageDescriptor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command of the workbench (a menu item, optionally a toolbar button and a key binding): register an instance
 * as an OSGi service (whiteboard). It appears while the service is registered and disappears with it. Keep
 * {@link #execute} short: a few lines that call a UI-free service, with long work in
 * {@link WorkbenchContext#jobs()}.
 * <p>
 * Not to be confused with {@code org.bridgework.cli.api.CommandContribution}, which adds a sub-command to the
 * {@code bridgework} command line.
 */
@ConsumerType
public interface CommandContribution {

    /** A unique, stable id, for example {@code org.bridgework.ui.literature.import}. */
    String id();

    /** The menu text, with an optional {@code &} mnemonic: {@code &Import Sources...}. */
    String label();

    /** A sentence for the tooltip and the status line, or {@code null}. */
    default String description() {
        return null;
    }

    /** A 16×16 icon (needed for a toolbar button to look right), or {@code null}. */
    default ImageDescriptor icon() {
        return null;
    }

    /**
     * The key binding in JFace's notation ({@code M1} is Ctrl, {@code M2} Shift, {@code M3} Alt), for example
     * {@code M1+M2+I}; {@code null} for none. A binding already taken by the workbench or an earlier command is
     * ignored (and logged).
     */
    default String keySequence() {
        return null;
    }

    /** Where the menu item goes: one of {@link Menus}, {@code null} for no menu item. */
    default String menuPath() {
        return Menus.PROJECT;
    }

    /** True to show a toolbar button too. */
    default boolean toolbar() {
        return false;
    }

    /**
     * Whether the command can run now; asked on the UI thread when the selection or the project changes and
     * before it runs. The default: when a project is open.
     */
    default boolean isEnabled(WorkbenchContext context) {
        return context.project().isPresent();
    }

    /**
     * Runs the command on the UI thread.
     *
     * @throws Exception anything: the workbench shows the message in an error dialog
     */
    void execute(WorkbenchContext context) throws Exception;
}
