package org.bridgework.ui.api;

/**
 * Menu ids for {@link CommandContribution#menuPath()}: {@code "file"} adds to the File menu's additions;
 * {@code "file/import"} to its Import group. Unknown ids fall back to {@link #PROJECT}.
 */
public final class Menus {
    public static final String FILE = "file";
    /** In the File menu: import and export commands. */
    public static final String FILE_IMPORT = "file/import";
    public static final String EDIT = "edit";
    /** Work on the open project (validate, assemble, index...). */
    public static final String PROJECT = "project";
    /** Team working (Git): sync, approve, resolve conflicts. Shown only when something is in it. @since 1.3 */
    public static final String TEAM = "team";
    public static final String WINDOW = "window";
    public static final String HELP = "help";

    private Menus() {
    }
}
