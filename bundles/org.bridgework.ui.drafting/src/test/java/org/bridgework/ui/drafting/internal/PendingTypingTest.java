package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.drafting.internal.BlockEditor;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing the section editor has not yet applied (it waits for a 700 ms pause) is applied before any command runs:
 * key strokes posted to the display, then Undo, Redo and Save selected as their accelerators select them (the menu
 * item, without the menu showing), the dirty marker from the first keystroke, a perspective switch, and the recovery
 * journal holding a heading still being typed.
 */
class PendingTypingTest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    Section section;
    SectionEditorPart editor;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new OutlineView(), new SectionEditor(new DraftingChecksImpl()));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
        section = f.project().root().getDocument().getSections().stream()
                .filter(s -> s.getBlocks().stream().anyMatch(b -> b instanceof Paragraph)).findFirst().orElseThrow();
        assertTrue(f.openEditor(section));
        editor = f.editorPart(section, SectionEditorPart.class);
        f.shell().forceActive();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private BlockEditor firstParagraph() {
        return editor.editors.stream().filter(e -> e.block instanceof Paragraph).findFirst().orElseThrow();
    }

    /** Presses a key (with Ctrl when asked) as the keyboard would: events posted to the display's queue. */
    private static void press(char key, boolean ctrl) {
        Display display = Display.getCurrent();
        if (ctrl) {
            post(display, SWT.KeyDown, SWT.CTRL, '\0');
        }
        post(display, SWT.KeyDown, 0, key);
        post(display, SWT.KeyUp, 0, key);
        if (ctrl) {
            post(display, SWT.KeyUp, SWT.CTRL, '\0');
        }
        WorkbenchFixture.settle(50);
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode != 0 ? keyCode : character;
        e.character = character;
        assertTrue(display.post(e), "the display takes posted key events (XTest)");
    }

    private void saveTo(Path file) {
        f.prompts.files.add(file);
        f.menu("File", "Save");
        assertTrue(Files.isRegularFile(file));
        assertFalse(f.shell().getText().startsWith("*"), f.shell().getText());
    }

    @Test
    void ctrlZRightAfterTypingUndoesTheNewTypingAndKeepsTheSavedEditAndRedo() {
        BlockEditor p = firstParagraph();
        Paragraph model = (Paragraph) p.block;
        p.text.setFocus();
        p.text.setText("The saved edit.");
        WorkbenchFixture.waitFor("the first edit to be applied", 5000, () -> !p.dirty);
        assertEquals("The saved edit.", model.getText());

        // an accelerator reaches its menu item as a selection, without the menu showing: the item is found first
        org.eclipse.swt.widgets.MenuItem undo = f.menuItem("Edit", "Undo");
        org.eclipse.swt.widgets.MenuItem redo = f.menuItem("Edit", "Redo");
        p.text.setFocus();
        p.text.setSelection(p.text.getCharCount());
        p.commitLater.delay(60_000); // "sooner than the pause" must hold on a loaded machine too
        // typed (inserted at the caret as typing does: posted key events here sometimes reach another window under Xvfb),
        // and undone well before the pause that would apply it
        p.text.insert("x");
        WorkbenchFixture.settle(50);
        assertTrue(p.dirty, "not applied yet");
        undo.notifyListeners(SWT.Selection, new Event()); // Ctrl+Z
        WorkbenchFixture.settle();
        assertEquals("The saved edit.", model.getText(), "Ctrl+Z undid the new typing, not the edit before it");
        assertEquals("The saved edit.", p.text.getText());
        WorkbenchFixture.settle(SectionEditorPart.COMMIT_DELAY + 200);
        assertEquals("The saved edit.", model.getText(), "nothing is applied later");
        redo.notifyListeners(SWT.Selection, new Event()); // Ctrl+Y
        WorkbenchFixture.settle();
        assertEquals("The saved edit.x", model.getText(), "Redo still has the typing");
    }

    @Test
    void theDirtyMarkerAppearsOnTheFirstKeystrokeAndCtrlSRightAfterTypingSavesIt() throws Exception {
        Path file = home.resolve("typed.guidance");
        saveTo(file);
        BlockEditor p = firstParagraph();
        org.eclipse.swt.widgets.MenuItem save = f.menuItem("File", "Save");
        p.text.setFocus();
        p.text.setSelection(p.text.getCharCount());
        press('Q', false);
        assertTrue(p.dirty, "not applied yet");
        assertTrue(f.shell().getText().startsWith("*"), "dirty marker on the first keystroke: " + f.shell().getText());
        assertTrue(save.isEnabled(), "Save is enabled by the first keystroke");
        save.notifyListeners(SWT.Selection, new Event()); // Ctrl+S
        WorkbenchFixture.settle();
        assertFalse(f.shell().getText().startsWith("*"), "saved: " + f.shell().getText());
        String text = ((Paragraph) p.block).getText();
        assertTrue(text.endsWith("Q"), text);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(escape(text)), "Ctrl+S wrote the typing");
    }

    @Test
    void aPerspectiveSwitchAndAContributedCommandSeeTheTyping() {
        BlockEditor p = firstParagraph();
        p.text.setFocus();
        p.text.setText("Typed before switching perspective.");
        assertTrue(p.dirty);
        f.window.showPerspective(Perspectives.REVIEW);
        assertEquals("Typed before switching perspective.", ((Paragraph) p.block).getText());
        assertFalse(p.dirty);
    }

    @Test
    void aHeadingBeingTypedIsJournalledAndMarksTheProjectDirty() throws Exception {
        Text heading = WorkbenchFixture.findAll(f.editorControl(section), Text.class).get(0);
        assertEquals(section.getHeading(), heading.getText());
        heading.setFocus();
        // keep typing (never the pause that applies it) past the journal's delay
        long until = System.currentTimeMillis() + 2500;
        StringBuilder typed = new StringBuilder(heading.getText());
        while (System.currentTimeMillis() < until) {
            typed.append('h');
            heading.setText(typed.toString());
            assertTrue(f.shell().getText().startsWith("*"), f.shell().getText());
            WorkbenchFixture.settle(150);
        }
        Path recovery = home.resolve("cache/recovery");
        WorkbenchFixture.waitFor("a journal entry", 5000, () -> journalled(recovery).stream().anyMatch(s -> s.contains("hhhh")));
        assertTrue(section.getHeading().contains("hhhh"), "the journal applied the heading being typed: " + section.getHeading());
    }

    private static List<String> journalled(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    return "";
                }
            }).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
