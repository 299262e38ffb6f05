package org.bridgework.ui.casestudies.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.bridgework.ui.api.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks for a file: the platform's file dialog in the product, answers queued by the tests. */
interface FileChooser {

    /** A file to read (of one of the extensions, without dots), or null when the user cancels. */
    Path open(Shell shell, String title, String filterName, String... extensions);

    /**
     * Where to write, or null when the user cancels (the dialog asks before replacing a file). A name without one of
     * the extensions gets the one of the chosen filter.
     */
    Path save(Shell shell, String title, String suggestedName, String[] filterNames, String... extensions);

    /** The platform's dialog. */
    final class Native implements FileChooser {

        private static final Messages MESSAGES = Messages.of(FileChooser.class);

        @Override
        public Path open(Shell shell, String title, String filterName, String... extensions) {
            FileDialog d = new FileDialog(shell, SWT.OPEN);
            d.setText(title);
            String all = String.join(";", Stream.of(extensions).map(e -> "*." + e).toList());
            d.setFilterExtensions(new String[] {all, "*"});
            d.setFilterNames(new String[] {MESSAGES.format("files.filter", filterName, all.replace(";", ", ")), MESSAGES.get("files.filter.all")});
            String f = d.open();
            return f == null ? null : Path.of(f);
        }

        @Override
        public Path save(Shell shell, String title, String suggestedName, String[] filterNames, String... extensions) {
            FileDialog d = new FileDialog(shell, SWT.SAVE);
            d.setText(title);
            d.setFileName(suggestedName);
            d.setOverwrite(true);
            d.setFilterExtensions(Stream.of(extensions).map(e -> "*." + e).toArray(String[]::new));
            d.setFilterNames(filterNames);
            String f = d.open();
            if (f == null) {
                return null;
            }
            String lower = f.toLowerCase(Locale.ROOT);
            if (Stream.of(extensions).anyMatch(e -> lower.endsWith("." + e))) {
                return Path.of(f);
            }
            int i = Math.max(0, d.getFilterIndex());
            return Path.of(f + "." + extensions[Math.min(i, extensions.length - 1)]);
        }
    }
}
