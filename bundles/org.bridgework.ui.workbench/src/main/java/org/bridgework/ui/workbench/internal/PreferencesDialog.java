package org.bridgework.ui.workbench.internal;

import org.bridgework.ui.api.UserPreferences;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Shell;

/** Window &gt; Preferences...: JFace's preference dialog over {@link WorkbenchPreferences}. */
final class PreferencesDialog extends PreferenceDialog {

    /** The page of general settings. */
    static final class General extends FieldEditorPreferencePage {
        DirectoryFieldEditor exportFolder;
        StringFieldEditor author;
        IntegerFieldEditor journal;
        BooleanFieldEditor followTheme;

        General() {
            super("General", GRID);
            setDescription("Stored in your configuration folder; the recovery interval applies from the next window.");
        }

        @Override
        protected void createFieldEditors() {
            exportFolder = new DirectoryFieldEditor(WorkbenchPreferences.EXPORT_FOLDER, "Default &export folder:", getFieldEditorParent());
            exportFolder.setEmptyStringAllowed(true);
            exportFolder.getTextControl(getFieldEditorParent()).setMessage("empty: guidance-out beside the project");
            addField(exportFolder);
            author = new StringFieldEditor(WorkbenchPreferences.AUTHOR, "&Author name (recorded with links and confirmations):", getFieldEditorParent());
            author.setEmptyStringAllowed(false);
            author.setErrorMessage("Give a name: it is recorded with what you link and confirm.");
            addField(author);
            journal = new IntegerFieldEditor(WorkbenchPreferences.JOURNAL_MILLIS, "&Recovery journal written after (milliseconds):", getFieldEditorParent());
            journal.setValidRange(UserPreferences.MIN_JOURNAL_MILLIS, UserPreferences.MAX_JOURNAL_MILLIS);
            addField(journal);
            followTheme = new BooleanFieldEditor(WorkbenchPreferences.FOLLOW_SYSTEM_THEME, "&Follow the desktop's light or dark theme", getFieldEditorParent());
            addField(followTheme);
        }
    }

    final General general = new General();
    private final WorkbenchPreferences preferences;

    PreferencesDialog(Shell parent, WorkbenchPreferences preferences) {
        super(parent, manager());
        this.preferences = preferences;
        getPreferenceManager().addToRoot(new PreferenceNode("general", general));
        setPreferenceStore(preferences.store);
        general.setPreferenceStore(preferences.store);
    }

    private static PreferenceManager manager() {
        return new PreferenceManager();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preferences");
    }

    @Override
    protected void okPressed() {
        preferences.createFolder(); // JFace saves the store as the dialog closes
        super.okPressed();
        preferences.save();
    }
}
