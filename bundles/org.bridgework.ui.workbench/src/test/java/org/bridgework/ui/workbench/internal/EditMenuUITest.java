package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.model.Criterion;
import org.bridgework.ui.workbench.internal.commands.FindReplaceDialog;
import org.bridgework.ui.workbench.internal.views.ProjectExplorerView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Edit: Cut, Copy, Paste, Delete, Select All and Find/Replace on the focused field; the trees' context menus. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class EditMenuUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.open();
        f.openSample();
    }

    @AfterEach
    void tearDown() {
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    private String clipboard() {
        Clipboard c = new Clipboard(f.shell().getDisplay());
        try {
            return (String) c.getContents(TextTransfer.getInstance());
        } finally {
            c.dispose();
        }
    }

    private Text explorerFilter() {
        return f.part(ProjectExplorerView.ID, ProjectExplorerView.Explorer.class).filter;
    }

    @Test
    void theEditMenuHasTheStandardCommandsWithTheirKeys() {
        List<String> items = WorkbenchFixture.texts(f.menuItem("Edit").getMenu());
        assertEquals(List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Find/Replace..."), items.subList(0, 8), items.toString());
        assertEquals(SWT.MOD1 | 'C', f.menuItem("Edit", "Copy").getAccelerator());
        assertEquals(SWT.MOD1 | 'X', f.menuItem("Edit", "Cut").getAccelerator());
        assertEquals(SWT.MOD1 | 'V', f.menuItem("Edit", "Paste").getAccelerator());
        assertEquals(SWT.MOD1 | 'A', f.menuItem("Edit", "Select All").getAccelerator());
        assertEquals(SWT.MOD1 | 'F', f.menuItem("Edit", "Find/Replace...").getAccelerator());
        assertTrue(f.menuItem("Edit", "Delete").getText().endsWith("\tDelete"), "the key is shown, not taken from the fields");
    }

    @Test
    void cutCopyPasteSelectAllAndDeleteActOnTheFocusedField() {
        Text filter = explorerFilter();
        filter.setFocus();
        filter.setText("crisis line");
        f.menu("Edit", "Select All");
        assertEquals(11, filter.getSelectionCount());
        f.menu("Edit", "Copy");
        assertEquals("crisis line", clipboard());
        f.menu("Edit", "Cut");
        assertEquals("", filter.getText());
        f.menu("Edit", "Paste");
        f.menu("Edit", "Paste");
        assertEquals("crisis linecrisis line", filter.getText());
        filter.setSelection(0, 6);
        f.menu("Edit", "Delete");
        assertEquals(" linecrisis line", filter.getText());
    }

    @Test
    void findReplaceReplacesInTheFocusedField() {
        Text filter = explorerFilter();
        filter.setFocus();
        filter.setText("crisis line, crisis team");
        f.menu("Edit", "Find/Replace...");
        FindReplaceDialog d = f.window.dialogs().findReplace;
        assertTrue(d != null && d.getShell() != null && !d.getShell().isDisposed(), "the dialog is open");
        d.find.setText("crisis");
        assertTrue(d.findNext());
        assertEquals("crisis", filter.getSelectionText());
        d.replace.setText("urgent");
        assertEquals(2, d.replaceAll());
        assertEquals("urgent line, urgent team", filter.getText());
        d.find.setText("absent");
        assertFalse(d.findNext());
        assertTrue(d.status.getText().contains("Not found"));
        d.close();
    }

    private MenuItem contextItem(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        return Stream.of(menu.getItems()).filter(i -> WorkbenchFixture.plain(i.getText()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + WorkbenchFixture.texts(menu)));
    }

    @Test
    void theExplorersContextMenuDeletesDuplicatesAndAddsUndoably() {
        ProjectExplorerView.Explorer explorer = f.part(ProjectExplorerView.ID, ProjectExplorerView.Explorer.class);
        Criterion criterion = f.project().root().getCriteria().get(0);
        int count = f.project().root().getCriteria().size();
        explorer.viewer.setSelection(new StructuredSelection(criterion), true);
        WorkbenchFixture.settle();
        Menu menu = explorer.viewer.getTree().getMenu();
        List<String> items = WorkbenchFixture.texts(fill(menu));
        assertEquals(List.of("Open", "New", "Duplicate", "Rename...", "Delete", "Copy", "Properties"), items);

        MenuItem delete = contextItem(menu, "Delete");
        assertTrue(delete.isEnabled());
        delete.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertFalse(f.project().root().getCriteria().contains(criterion), "deleted");
        f.menu("Edit", "Undo");
        assertSame(criterion, f.project().root().getCriteria().get(0), "undo puts it back in its place");

        explorer.viewer.setSelection(new StructuredSelection(criterion), true);
        WorkbenchFixture.settle();
        contextItem(menu, "Duplicate").notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertEquals(count + 1, f.project().root().getCriteria().size());
        Criterion copy = f.project().root().getCriteria().get(1);
        assertEquals(criterion.getStatement(), copy.getStatement());
        assertEquals(criterion.getId() + "-copy", copy.getId());
        f.menu("Edit", "Undo");
        assertEquals(count, f.project().root().getCriteria().size());

        // the Delete key in the tree, and Edit > Delete with the tree focused, do the same
        explorer.viewer.setSelection(new StructuredSelection(criterion), true);
        explorer.viewer.getTree().setFocus();
        Event key = new Event();
        key.keyCode = SWT.DEL;
        explorer.viewer.getTree().notifyListeners(SWT.KeyDown, key);
        WorkbenchFixture.settle();
        assertEquals(count - 1, f.project().root().getCriteria().size());
        f.menu("Edit", "Undo");
        assertEquals(count, f.project().root().getCriteria().size());
    }

    @Test
    void newOffersTheKindsOfChildAnElementHolds() {
        ProjectExplorerView.Explorer explorer = f.part(ProjectExplorerView.ID, ProjectExplorerView.Explorer.class);
        var section = f.project().root().getDocument().getSections().get(0);
        int blocks = section.getBlocks().size();
        explorer.viewer.setSelection(new StructuredSelection(section), true);
        WorkbenchFixture.settle();
        Menu newMenu = contextItem(explorer.viewer.getTree().getMenu(), "New").getMenu();
        newMenu.notifyListeners(SWT.Show, new Event());
        MenuItem paragraph = Stream.of(newMenu.getItems()).filter(i -> WorkbenchFixture.plain(i.getText()).contains("Paragraph")).findFirst()
                .orElseThrow(() -> new AssertionError(WorkbenchFixture.texts(newMenu).toString()));
        paragraph.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertEquals(blocks + 1, section.getBlocks().size());
        f.menu("Edit", "Undo");
        assertEquals(blocks, section.getBlocks().size());
    }

    private static Menu fill(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
    }
}
