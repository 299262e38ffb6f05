package org.bridgework.ui.workbench.internal.session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.Prompts.ChangedOnDiskChoice;
import org.bridgework.ui.workbench.internal.Prompts.RestoreChoice;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The questions about unsaved work that must never lose it: "Restore unsaved changes" (Restore / Discard / Later) and
 * "File changed on disk" (Reload / Compare / Overwrite / Cancel). Escape or closing the window means the choice that
 * keeps everything: Later (the recovered copy stays for the next time) and Cancel (nothing is written, the unsaved
 * changes stay open). Built here so that tests can open the very dialogs without blocking.
 */
public final class RecoveryDialogs {

    private RecoveryDialogs() {
    }

    /** The restore question, not yet open. */
    static MessageDialog restoreDialog(Shell shell, Messages messages, RecoveryJournal.Entry entry) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(entry.savedAt());
        String message = messages.format("prompt.restore.message", entry.displayName(), when);
        if (entry.fileChangedSince()) {
            message += "\n\n" + messages.format("prompt.restore.changedSince", entry.displayName());
        }
        return new MessageDialog(shell, messages.get("prompt.restore.title"), null, message, MessageDialog.QUESTION, 0,
                messages.get("prompt.restore.restore"), messages.get("prompt.restore.discard"), messages.get("prompt.restore.later"));
    }

    /** What the restore question's return code means: Escape or closing the window (-1) is Later. */
    static RestoreChoice restoreChoice(int returnCode) {
        return switch (returnCode) {
            case 0 -> RestoreChoice.RESTORE;
            case 1 -> RestoreChoice.DISCARD;
            default -> RestoreChoice.LATER;
        };
    }

    public static RestoreChoice restore(Shell shell, Messages messages, RecoveryJournal.Entry entry) {
        return restoreChoice(restoreDialog(shell, messages, entry).open());
    }

    /** The changed-on-disk question (as Eclipse's out-of-sync dialog), not yet open; Cancel is the default button. */
    static MessageDialog changedOnDiskDialog(Shell shell, Messages messages, String name, String message, boolean canCompare) {
        List<String> buttons = new ArrayList<>(List.of(messages.get("prompt.changedOnDisk.reload")));
        if (canCompare) {
            buttons.add(messages.get("prompt.changedOnDisk.compare"));
        }
        buttons.add(messages.get("prompt.changedOnDisk.overwrite"));
        buttons.add(IDialogConstants.CANCEL_LABEL);
        return new MessageDialog(shell, messages.get("prompt.changedOnDisk.title"), null, messages.format("prompt.changedOnDisk.message", name, message),
                MessageDialog.WARNING, buttons.size() - 1, buttons.toArray(String[]::new));
    }

    /** What the changed-on-disk question's return code means: Escape or closing the window (-1) is Cancel. */
    static ChangedOnDiskChoice changedOnDiskChoice(int returnCode, boolean canCompare) {
        List<ChangedOnDiskChoice> order = canCompare
                ? List.of(ChangedOnDiskChoice.RELOAD, ChangedOnDiskChoice.COMPARE, ChangedOnDiskChoice.OVERWRITE, ChangedOnDiskChoice.CANCEL)
                : List.of(ChangedOnDiskChoice.RELOAD, ChangedOnDiskChoice.OVERWRITE, ChangedOnDiskChoice.CANCEL);
        return returnCode >= 0 && returnCode < order.size() ? order.get(returnCode) : ChangedOnDiskChoice.CANCEL;
    }

    public static ChangedOnDiskChoice changedOnDisk(Shell shell, Messages messages, String name, String message, boolean canCompare) {
        return changedOnDiskChoice(changedOnDiskDialog(shell, messages, name, message, canCompare).open(), canCompare);
    }

    /** The differences between this version and the file on disk, one element a line, in a read-only text to scroll and copy. */
    static MessageDialog differencesDialog(Shell shell, Messages messages, String name, List<String> differences) {
        String summary = differences.isEmpty() ? messages.format("prompt.compare.none", name) : messages.format("prompt.compare.message", name, differences.size());
        return new MessageDialog(shell, messages.get("prompt.compare.title"), null, summary, MessageDialog.INFORMATION, 0, IDialogConstants.CLOSE_LABEL) {
            @Override
            protected Control createCustomArea(Composite parent) {
                if (differences.isEmpty()) {
                    return null;
                }
                Text list = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
                list.setText(String.join("\n", differences));
                list.setData("name", "differences");
                list.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                    @Override
                    public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                        e.result = messages.get("prompt.compare.title");
                    }
                });
                GridDataFactory.fillDefaults().grab(true, true).hint(560, Math.min(320, 22 * differences.size() + 10)).applyTo(list);
                return list;
            }

            @Override
            protected boolean isResizable() {
                return true;
            }
        };
    }

    public static void showDifferences(Shell shell, Messages messages, String name, List<String> differences) {
        differencesDialog(shell, messages, name, differences).open();
    }
}
