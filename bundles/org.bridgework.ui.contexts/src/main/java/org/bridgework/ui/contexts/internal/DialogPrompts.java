package org.bridgework.ui.contexts.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.ui.api.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** {@link ExtensionPrompts} as SWT/JFace dialogs; remembers the folder of the last jar chosen. */
final class DialogPrompts implements ExtensionPrompts {

    private final Messages messages;
    private Path lastFolder;

    DialogPrompts(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Path chooseJar(Shell shell, String title) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.SHEET);
        dialog.setText(title);
        dialog.setFilterNames(new String[] {messages.get("install.filter.jar"), messages.get("install.filter.all")});
        dialog.setFilterExtensions(new String[] {"*.jar", "*"});
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            dialog.setFilterPath(lastFolder.toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path jar = Path.of(chosen);
        lastFolder = jar.getParent();
        return jar;
    }

    @Override
    public boolean confirm(Shell shell, String title, String message, String confirmLabel, String cancelLabel) {
        // the safe answer is the default: Enter does not remove anything by accident
        MessageDialog dialog = new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, 1, confirmLabel, cancelLabel);
        return dialog.open() == 0;
    }

    @Override
    public void error(Shell shell, String title, String message) {
        MessageDialog.openError(shell, title, message);
    }

    @Override
    public void warning(Shell shell, String title, String message) {
        MessageDialog.openWarning(shell, title, message);
    }
}
