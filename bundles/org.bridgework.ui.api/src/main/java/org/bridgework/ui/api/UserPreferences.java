package org.bridgework.ui.api;

import java.nio.file.Path;

/**
 * The user's workbench preferences (Window &gt; Preferences...), kept in the user's configuration folder. Since 1.4.
 *
 * @param exportFolder     where assembled documents go by default; null: beside the project ({@code guidance-out})
 * @param author           the name recorded as who linked, confirmed or approved something; never blank
 * @param journalMillis    how long after a change the crash-recovery journal is written (the autosave interval)
 * @param followSystemTheme true: colours follow the desktop's light or dark theme; false: always the light palette
 */
public record UserPreferences(Path exportFolder, String author, int journalMillis, boolean followSystemTheme) {

    /** The shortest and longest journal intervals accepted. */
    public static final int MIN_JOURNAL_MILLIS = 200;
    public static final int MAX_JOURNAL_MILLIS = 60_000;

    public UserPreferences {
        if (author == null || author.isBlank()) {
            author = System.getProperty("user.name", "unknown");
        }
        journalMillis = Math.max(MIN_JOURNAL_MILLIS, Math.min(MAX_JOURNAL_MILLIS, journalMillis));
    }

    /** The preferences before the user set any. */
    public static UserPreferences defaults() {
        return new UserPreferences(null, null, 1500, true);
    }

    /** The folder for assembled output of a project saved in {@code projectFolder} (null for a sample or unsaved project). */
    public Path exportFolderFor(Path projectFolder) {
        if (exportFolder != null) {
            return exportFolder;
        }
        return projectFolder != null ? projectFolder.resolve("guidance-out") : Path.of(System.getProperty("user.home"), "guidance-out");
    }
}
