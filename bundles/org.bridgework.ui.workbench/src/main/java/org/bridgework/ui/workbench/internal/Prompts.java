package org.bridgework.ui.workbench.internal;

import java.nio.file.Path;

import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.ui.workbench.internal.session.RecoveryDialogs;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The questions the workbench asks the user: save before closing, restore recovered changes, which file. One
 * place, so that tests (and {@code --exit} runs) can answer them without a native dialog.
 */
public interface Prompts {

    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** What to do with recovered changes: restore them, discard them, or decide later (they are kept). */
    enum RestoreChoice { RESTORE, DISCARD, LATER }

    /** What to do when the project file changed on disk since it was opened or saved. */
    enum ChangedOnDiskChoice { RELOAD, COMPARE, OVERWRITE, CANCEL }

    /** Unsaved changes to {@code name}: save them, throw them away, or stay. */
    SaveChoice askSaveChanges(Shell shell, String name);

    /** Changes to {@code entry}'s project were recovered after a crash: restore them? */
    boolean askRestore(Shell shell, RecoveryJournal.Entry entry);

    /**
     * Changes to {@code entry}'s project were recovered: restore, discard (deleted for good), or later (kept; what
     * closing the question with Escape means). By default, {@link #askRestore}'s answer.
     */
    default RestoreChoice chooseRestore(Shell shell, RecoveryJournal.Entry entry) {
        return askRestore(shell, entry) ? RestoreChoice.RESTORE : RestoreChoice.DISCARD;
    }

    /** A project file to open, or null. */
    Path chooseProjectToOpen(Shell shell);

    /** Where to save (Save As, New Project), or null; {@code suggestedName} is a file name. */
    Path chooseSaveLocation(Shell shell, String title, String suggestedName);

    /** Tells the user something went wrong. */
    void showError(Shell shell, String title, String message);

    /** A yes/no question (Revert). */
    boolean confirm(Shell shell, String title, String message);

    /**
     * Save found {@code name} changed on disk by someone else ({@code message} says how): reload it (the unsaved changes
     * here are dropped), overwrite it with this version, or cancel (nothing happens). Prompts without a dialog cancel.
     */
    default ChangedOnDiskChoice askChangedOnDisk(Shell shell, String name, String message) {
        return ChangedOnDiskChoice.CANCEL;
    }

    /** {@link #askChangedOnDisk(Shell, String, String)}, offering Compare too when {@code canCompare}. */
    default ChangedOnDiskChoice askChangedOnDisk(Shell shell, String name, String message, boolean canCompare) {
        return askChangedOnDisk(shell, name, message);
    }

    /** Shows what differs between this version of {@code name} and the file on disk; returns when it is closed. */
    default void showDifferences(Shell shell, String name, java.util.List<String> differences) {
    }

    /** The dialogs of the desktop (GTK's file chooser, JFace's message dialogs). */
    static Prompts interactive(Messages messages) {
        return new Prompts() {
            @Override
            public SaveChoice askSaveChanges(Shell shell, String name) {
                MessageDialog dialog = new MessageDialog(shell, messages.get("prompt.save.title"), null,
                        messages.format("prompt.save.message", name), MessageDialog.QUESTION, 0,
                        messages.get("prompt.save.save"), messages.get("prompt.save.discard"), IDialogConstants.CANCEL_LABEL);
                return switch (dialog.open()) {
                    case 0 -> SaveChoice.SAVE;
                    case 1 -> SaveChoice.DISCARD;
                    default -> SaveChoice.CANCEL;
                };
            }

            @Override
            public boolean askRestore(Shell shell, RecoveryJournal.Entry entry) {
                return chooseRestore(shell, entry) == RestoreChoice.RESTORE;
            }

            @Override
            public RestoreChoice chooseRestore(Shell shell, RecoveryJournal.Entry entry) {
                return RecoveryDialogs.restore(shell, messages, entry);
            }

            @Override
            public Path chooseProjectToOpen(Shell shell) {
                FileDialog dialog = new FileDialog(shell, SWT.OPEN);
                dialog.setText(messages.get("prompt.open.title"));
                dialog.setFilterExtensions(new String[] {"*.guidance", "*"});
                dialog.setFilterNames(new String[] {messages.get("prompt.filter.guidance"), messages.get("prompt.filter.all")});
                String file = dialog.open();
                return file == null ? null : Path.of(file);
            }

            @Override
            public Path chooseSaveLocation(Shell shell, String title, String suggestedName) {
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setText(title);
                dialog.setFileName(suggestedName);
                dialog.setOverwrite(true);
                dialog.setFilterExtensions(new String[] {"*.guidance"});
                dialog.setFilterNames(new String[] {messages.get("prompt.filter.guidance")});
                String file = dialog.open();
                if (file == null) {
                    return null;
                }
                return file.endsWith(".guidance") ? Path.of(file) : Path.of(file + ".guidance");
            }

            @Override
            public void showError(Shell shell, String title, String message) {
                MessageDialog.openError(shell, title, message);
            }

            @Override
            public boolean confirm(Shell shell, String title, String message) {
                return MessageDialog.openQuestion(shell, title, message);
            }

            @Override
            public ChangedOnDiskChoice askChangedOnDisk(Shell shell, String name, String message) {
                return askChangedOnDisk(shell, name, message, false);
            }

            @Override
            public ChangedOnDiskChoice askChangedOnDisk(Shell shell, String name, String message, boolean canCompare) {
                return RecoveryDialogs.changedOnDisk(shell, messages, name, message, canCompare);
            }

            @Override
            public void showDifferences(Shell shell, String name, java.util.List<String> differences) {
                RecoveryDialogs.showDifferences(shell, messages, name, differences);
            }
        };
    }
}
