package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The document outline in a real workbench window with the shipped sample. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class OutlinePartTest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new OutlineView());
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private GuidanceDocument document() {
        return f.project().root().getDocument();
    }

    @Test
    void sectionsWithWordCountsAndBudgetsOverBudgetInRed() throws Exception {
        OutlinePart outline = f.showView(OutlineView.ID, OutlinePart.class);
        assertTrue(f.tabs(org.bridgework.ui.api.Stacks.LEFT).contains("Sections"), "beside the Project Explorer in the drafting perspective");
        Section first = document().getSections().get(0);
        TreeItem item = WorkbenchFixture.itemOf(outline.viewer, first);
        assertEquals(first.getHeading(), item.getText(0));
        assertEquals(Integer.toString(Derived.wordCount(first)), item.getText(1));
        // make it over budget through a command: the row turns red, live
        int words = Derived.wordCount(first);
        assertTrue(words > 10, "the sample's first section has text");
        f.project().editingDomain().getCommandStack().execute(SetCommand.create(f.project().editingDomain(), first, GuidancePackage.Literals.SECTION__WORD_BUDGET, words - 5));
        WorkbenchFixture.settle();
        item = WorkbenchFixture.itemOf(outline.viewer, first);
        assertEquals(Integer.toString(words - 5), item.getText(2));
        assertEquals(new RGB(180, 0, 20), item.getForeground(1).getRGB());
        assertTrue(OutlinePart.isOverBudget(first));
        f.screenshot("drafting-outline");
        f.menu("Edit", "Undo");
        item = WorkbenchFixture.itemOf(outline.viewer, first);
        assertNotEquals(new RGB(180, 0, 20), item.getForeground(1).getRGB());
    }

    @Test
    void altDownMovesASectionAndUndoMovesItBack() {
        OutlinePart outline = f.showView(OutlineView.ID, OutlinePart.class);
        List<Section> before = List.copyOf(document().getSections());
        Section first = before.get(0);
        outline.viewer.setSelection(new StructuredSelection(first));
        Event key = new Event();
        key.keyCode = SWT.ARROW_DOWN;
        key.stateMask = SWT.ALT;
        outline.viewer.getTree().notifyListeners(SWT.KeyDown, key);
        WorkbenchFixture.settle();
        assertSame(first, document().getSections().get(1));
        assertSame(before.get(1), document().getSections().get(0));
        assertSame(first, outline.viewer.getTree().getItem(1).getData(), "the tree follows");
        assertTrue(f.shell().getText().startsWith("*"), "dirty");
        f.menu("Edit", "Undo");
        assertEquals(before, document().getSections());
        // the first cannot move up
        outline.viewer.setSelection(new StructuredSelection(first));
        assertFalse(outline.move(OutlinePart.UP));
        assertEquals(before, document().getSections());
    }

    @Test
    void altRightNestsUnderThePreviousSectionAndAltLeftMovesOut() {
        OutlinePart outline = f.showView(OutlineView.ID, OutlinePart.class);
        List<Section> top = List.copyOf(document().getSections());
        Section a = top.get(0);
        Section b = top.get(1);
        outline.viewer.setSelection(new StructuredSelection(b));
        Event key = new Event();
        key.keyCode = SWT.ARROW_RIGHT;
        key.stateMask = SWT.ALT;
        outline.viewer.getTree().notifyListeners(SWT.KeyDown, key);
        WorkbenchFixture.settle();
        assertSame(a, b.eContainer());
        assertSame(b, a.getSections().get(a.getSections().size() - 1));
        outline.viewer.setSelection(new StructuredSelection(b));
        Event left = new Event();
        left.keyCode = SWT.ARROW_LEFT;
        left.stateMask = SWT.ALT;
        outline.viewer.getTree().notifyListeners(SWT.KeyDown, left);
        WorkbenchFixture.settle();
        assertEquals(top, document().getSections(), "back after its former parent");
        outline.viewer.setSelection(new StructuredSelection(a));
        assertFalse(outline.indent(), "the first section has none before it");
        assertFalse(outline.outdent(), "a top-level section cannot move out");
    }

    @Test
    void dropIntoAnotherSectionAndBetweenSectionsAndNeverIntoItself() {
        OutlinePart outline = f.showView(OutlineView.ID, OutlinePart.class);
        List<Section> top = List.copyOf(document().getSections());
        Section a = top.get(0);
        Section b = top.get(1);
        assertTrue(outline.drop(a, b, ViewerDropAdapter.LOCATION_ON));
        assertSame(b, a.eContainer());
        assertSame(a, b.getSections().get(b.getSections().size() - 1));
        assertEquals(top.size() - 1, document().getSections().size());
        assertFalse(outline.drop(b, a, ViewerDropAdapter.LOCATION_ON), "not into its own sub-section");
        f.menu("Edit", "Undo");
        assertEquals(top, document().getSections());
        // between: the last before the first
        Section last = top.get(top.size() - 1);
        assertTrue(outline.drop(last, a, ViewerDropAdapter.LOCATION_BEFORE));
        assertSame(last, document().getSections().get(0));
        assertSame(a, document().getSections().get(1));
        f.menu("Edit", "Undo");
        assertEquals(top, document().getSections());
        // after the next one: index arithmetic with the section's own removal
        assertTrue(outline.drop(a, b, ViewerDropAdapter.LOCATION_AFTER));
        assertEquals(List.of(b, a), document().getSections().subList(0, 2));
    }
}
