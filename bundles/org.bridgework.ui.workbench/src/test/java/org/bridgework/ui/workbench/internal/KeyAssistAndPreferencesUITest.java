package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.UserPreferences;
import org.bridgework.ui.api.WorkbenchContext;
import org.bridgework.ui.workbench.internal.commands.KeyAssistDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Help &gt; Key Assist... lists every key binding; Window &gt; Preferences... stores the user's settings. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class KeyAssistAndPreferencesUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("bridgework.test.nonBlockingDialogs", "true");
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("bridgework.test.nonBlockingDialogs");
        if (f.window != null && f.window.dialogs().keyAssist != null && f.window.dialogs().keyAssist.getShell() != null) {
            f.window.dialogs().keyAssist.close();
        }
        if (f.window != null && f.window.dialogs().preferencesDialog != null && f.window.dialogs().preferencesDialog.getShell() != null) {
            f.window.dialogs().preferencesDialog.close();
        }
        f.close();
    }

    @Test
    void keyAssistListsTheMenusKeysTheContributedOnesAndThePartsOwn() throws Exception {
        f.register(new org.bridgework.ui.api.CommandContribution() {
            public String id() {
                return "test.shout";
            }

            public String label() {
                return "Shout";
            }

            public String keySequence() {
                return "M1+M3+J";
            }

            public String menuPath() {
                return Menus.PROJECT;
            }

            public boolean isEnabled(WorkbenchContext c) {
                return true;
            }

            public void execute(WorkbenchContext c) {
            }
        });
        f.open();
        assertEquals(SWT.MOD1 | SWT.SHIFT | 'L', f.menuItem("Help", "Key Assist...").getAccelerator());
        f.menu("Help", "Key Assist...");
        KeyAssistDialog d = f.window.dialogs().keyAssist;
        List<KeyAssistDialog.Binding> shown = f.window.keyBindings();
        assertTrue(shown.contains(new KeyAssistDialog.Binding("Save", "Ctrl+S", "File")), shown.toString());
        assertTrue(shown.contains(new KeyAssistDialog.Binding("Key Assist...", "Ctrl+Shift+L", "Help")), shown.toString());
        assertTrue(shown.contains(new KeyAssistDialog.Binding("Shout", "Ctrl+Alt+J", "Project")), shown.toString());
        assertTrue(shown.stream().anyMatch(b -> b.keys().equals("Ctrl+1") && b.where().equals("Section editor")));
        assertTrue(shown.stream().anyMatch(b -> b.command().equals("Delete") && b.keys().equals("Delete")), "the Delete key shown in the menu counts");
        assertEquals(shown.size(), d.shownRows());
        d.filter.setText("ctrl+s");
        WorkbenchFixture.settle();
        assertTrue(d.shownRows() >= 2 && d.shownRows() < shown.size(), "Save and Save As...: " + d.shownRows());
        WorkbenchFixture.screenshot(d.getShell(), "key-assist");
    }

    @Test
    void preferencesAreStoredInTheConfigFolderAndGiveTheContextItsValues() throws Exception {
        f.open();
        assertEquals(UserPreferences.defaults().author(), f.window.preferences().author());
        f.menu("Window", "Preferences...");
        PreferencesDialog d = f.window.dialogs().preferencesDialog;
        assertTrue(d.getShell() != null && !d.getShell().isDisposed(), "the dialog is open");
        WorkbenchFixture.screenshot(d.getShell(), "preferences");
        Path out = home.resolve("exports");
        d.general.exportFolder.setStringValue(out.toString());
        d.general.author.setStringValue("Dr A. Editor");
        d.general.journal.setStringValue("3000");
        d.general.followTheme.loadDefault();
        Button ok = WorkbenchFixture.findAll(d.getShell(), Button.class).stream()
                .filter(b -> b.getData() instanceof Integer id && id == IDialogConstants.OK_ID).findFirst().orElseThrow();
        ok.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        UserPreferences p = f.window.preferences();
        assertEquals("Dr A. Editor", p.author());
        assertEquals(out, p.exportFolder());
        assertEquals(out, p.exportFolderFor(home.resolve("project")), "the export folder wins over the project's");
        assertEquals(3000, p.journalMillis());
        Path file = f.paths.config().resolve("preferences.properties");
        Properties stored = new Properties();
        try (var in = Files.newInputStream(file)) {
            stored.load(in);
        }
        assertEquals("Dr A. Editor", stored.getProperty("author"));
        assertEquals(p, new WorkbenchPreferences(f.paths.config()).current(), "read back by the next window");
    }
}
