package org.bridgework.ui.casestudies.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks for a file: the platform's file dialog in the product, answers queued by the tests. */
interface FileChooser {

    /** A file to read, or null when the user cancels. */
    Path open(Shell shell, String title, String extension, String filterName);

    /** Where to write, or null when the user cancels (the dialog asks before replacing a file). */
    Path save(Shell shell, String title, String suggestedName, String extension, String filterName);

    /** The platform's dialog. */
    final class Native implements FileChooser {

        @Override
        public Path open(Shell shell, String title, String extension, String filterName) {
            FileDialog d = new FileDialog(shell, SWT.OPEN);
            d.setText(title);
            d.setFilterExtensions(new String[] {"*." + extension, "*"});
            d.setFilterNames(new String[] {filterName + " (*." + extension + ")", "All files"});
            String f = d.open();
            return f == null ? null : Path.of(f);
        }

        @Override
        public Path save(Shell shell, String title, String suggestedName, String extension, String filterName) {
            FileDialog d = new FileDialog(shell, SWT.SAVE);
            d.setText(title);
            d.setFileName(suggestedName);
            d.setOverwrite(true);
            d.setFilterExtensions(new String[] {"*." + extension});
            d.setFilterNames(new String[] {filterName + " (*." + extension + ")"});
            String f = d.open();
            if (f == null) {
                return null;
            }
            return f.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? Path.of(f) : Path.of(f + "." + extension);
        }
    }
}
