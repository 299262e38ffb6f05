package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.ui.api.UserPreferences;
import org.eclipse.jface.preference.PreferenceStore;

/**
 * The user's preferences in {@code preferences.properties} of the configuration folder (JFace's
 * {@link PreferenceStore}: only values that differ from the defaults are written).
 */
final class WorkbenchPreferences {
    static final String EXPORT_FOLDER = "exportFolder";
    static final String AUTHOR = "author";
    static final String JOURNAL_MILLIS = "journalMillis";
    static final String FOLLOW_SYSTEM_THEME = "followSystemTheme";

    final PreferenceStore store;
    private final Path file;

    WorkbenchPreferences(Path configFolder) {
        this.file = configFolder.resolve("preferences.properties");
        this.store = new PreferenceStore(file.toString());
        UserPreferences d = UserPreferences.defaults();
        store.setDefault(EXPORT_FOLDER, "");
        store.setDefault(AUTHOR, d.author());
        store.setDefault(JOURNAL_MILLIS, d.journalMillis());
        store.setDefault(FOLLOW_SYSTEM_THEME, d.followSystemTheme());
        if (Files.isRegularFile(file)) {
            try {
                store.load();
            } catch (IOException e) {
                // an unreadable file: the defaults, and the next save replaces it
            }
        }
    }

    Path file() {
        return file;
    }

    UserPreferences current() {
        String folder = store.getString(EXPORT_FOLDER).strip();
        return new UserPreferences(folder.isEmpty() ? null : Path.of(folder), store.getString(AUTHOR), store.getInt(JOURNAL_MILLIS),
                store.getBoolean(FOLLOW_SYSTEM_THEME));
    }

    void createFolder() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("the configuration folder " + file.getParent() + " could not be made: " + e.getMessage(), e);
        }
    }

    void save() {
        createFolder();
        try {
            store.save();
        } catch (IOException e) {
            throw new UncheckedIOException("the preferences could not be written to " + file + ": " + e.getMessage(), e);
        }
    }
}
