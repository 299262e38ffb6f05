package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.drafting.internal.BlockEditor;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go to a block: a Problems entry (Enter or double-click) and anything else that opens a block (a Search hit) opens
 * the section editor, not the generic form, with the focus and caret in that block.
 */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class GoToBlockUiTest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    Section section;
    Paragraph last;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new OutlineView(), new SectionEditor(new DraftingChecksImpl()));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
        // a section with two paragraphs or more: going to the last one is not the editor's first field by chance
        section = f.project().root().getDocument().getSections().stream()
                .filter(s -> s.getBlocks().stream().filter(b -> b instanceof Paragraph).count() > 1).findFirst().orElseThrow();
        last = (Paragraph) section.getBlocks().stream().filter(b -> b instanceof Paragraph).reduce((a, b) -> b).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    private StyledText focusedBlockText() {
        return f.shell().getDisplay().getFocusControl() instanceof StyledText t ? t : null;
    }

    @Test
    void enterOnAProblemOfABlockOpensTheSectionEditorAtThatBlock() {
        // a link to an element that does not exist: an error on the paragraph itself
        f.project().editingDomain().getCommandStack().execute(SetCommand.create(f.project().editingDomain(), last, GuidancePackage.Literals.PARAGRAPH__TEXT,
                last.getText() + " See [the missing part](#no-such-element)."));
        Table table = WorkbenchFixture.findAll(f.viewControl("org.bridgework.ui.workbench.problems"), Table.class).get(0);
        WorkbenchFixture.waitFor("the problem on the paragraph", 5000,
                () -> Stream.of(table.getItems()).anyMatch(i -> i.getText(0).contains("no-such-element")));
        TableItem row = Stream.of(table.getItems()).filter(i -> i.getText(0).contains("no-such-element")).findFirst().orElseThrow();
        table.setFocus();
        table.setSelection(row);
        Event enter = new Event();
        enter.item = row;
        table.notifyListeners(SWT.DefaultSelection, enter);
        WorkbenchFixture.settle();

        SectionEditorPart editor = f.editorPart(section, SectionEditorPart.class);
        assertNotNull(editor, "the section editor opened, not the generic form");
        BlockEditor at = editor.editors.stream().filter(e -> e.block == last).findFirst().orElseThrow();
        assertSame(at.text, focusedBlockText(), "the focus is in the paragraph's text");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> f.editorPart(last, Object.class),
                "no form editor on the paragraph itself");
    }

    @Test
    void openingABlockAsASearchHitOpensItsSectionAtTheBlockAndReusesAnOpenEditor() throws Exception {
        // what the Search view and quick search do with a hit: select it and open it
        ((org.bridgework.ui.api.SelectionService) f.window.selectionService()).setSelection(new org.eclipse.jface.viewers.StructuredSelection(last));
        assertTrue(f.openEditor(last));
        WorkbenchFixture.settle();
        SectionEditorPart editor = f.editorPart(section, SectionEditorPart.class);
        assertNotNull(editor);
        BlockEditor at = editor.editors.stream().filter(e -> e.block == last).findFirst().orElseThrow();
        assertSame(at.text, focusedBlockText());
        f.screenshot("goto-block");

        // the first paragraph next, in the same editor
        Paragraph first = (Paragraph) section.getBlocks().stream().filter(b -> b instanceof Paragraph).findFirst().orElseThrow();
        at.text.setFocus();
        assertTrue(f.openEditor(first));
        WorkbenchFixture.settle();
        assertSame(editor, f.editorPart(section, SectionEditorPart.class), "the open editor is reused");
        BlockEditor firstEditor = editor.editors.stream().filter(e -> e.block == first).findFirst().orElseThrow();
        assertSame(firstEditor.text, focusedBlockText());
        int expected = firstEditor.marks.isEmpty() ? 0 : ((FindingRanges.Range) firstEditor.marks.get(0)[0]).start();
        assertEquals(expected, focusedBlockText().getCaretOffset(), "the caret on the block's first finding, or its start");
    }
}
