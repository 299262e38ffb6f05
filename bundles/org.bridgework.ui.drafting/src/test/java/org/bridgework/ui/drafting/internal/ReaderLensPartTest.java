package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.bridgework.drafting.api.TermLists;
import org.bridgework.drafting.internal.TermListsImpl;
import org.bridgework.model.Term;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Reader Lens view on the sample: shipped and glossary terms, filtered, adapted and turned off with its own widgets, undone from the Edit menu. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class ReaderLensPartTest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new ReaderLensView(new TermListsImpl()));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static void select(ReaderLensPart lens, String term) {
        for (int i = 0; i < lens.viewer.getTable().getItemCount(); i++) {
            if (((TermLists.LensTerm) lens.viewer.getTable().getItem(i).getData()).term().equals(term)) {
                lens.viewer.getTable().setSelection(i);
                lens.viewer.getTable().notifyListeners(SWT.Selection, new Event());
                WorkbenchFixture.settle();
                return;
            }
        }
        throw new AssertionError(term + " is not shown");
    }

    @Test
    void shippedTermsAreShownFilteredAdaptedAndTurnedOffAsUndoableChanges() throws Exception {
        ReaderLensPart lens = f.showView(ReaderLensView.ID, ReaderLensPart.class);
        int all = lens.viewer.getTable().getItemCount();
        assertTrue(all >= 40, "the sample's glossary and the shipped lists: " + all);
        lens.sector.select(2);
        lens.sector.notifyListeners(SWT.Selection, new Event());
        assertTrue(lens.shown().stream().allMatch(t -> t.sector() == org.bridgework.model.Sector.NHS));
        lens.sector.select(0);
        lens.sector.notifyListeners(SWT.Selection, new Event());
        lens.filter.setText("tutor");
        WorkbenchFixture.settle();
        assertEquals(1, lens.viewer.getTable().getItemCount());
        assertEquals("shipped list", lens.viewer.getTable().getItem(0).getText(2));

        // turn it off: a glossary term of its name, disabled; the lens no longer checks it
        select(lens, "personal tutor");
        assertTrue(lens.detail.getText().contains("Source:"), lens.detail.getText());
        lens.toggle.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        Term off = f.project().root().getTerms().stream().filter(t -> "personal tutor".equals(t.getTerm())).findFirst().orElseThrow();
        assertTrue(off.isDisabled());
        assertEquals("off", lens.viewer.getTable().getItem(0).getText(3));
        assertEquals("adapted", lens.viewer.getTable().getItem(0).getText(2));
        assertTrue(lens.toggle.getText().contains("On"), lens.toggle.getText());
        f.screenshot("drafting-reader-lens");
        f.menu("Edit", "Undo");
        assertFalse(f.project().root().getTerms().stream().anyMatch(t -> "personal tutor".equals(t.getTerm())), "one undo takes it back");

        // the sample's own CMHT gets the project's plain wording
        lens.filter.setText("CMHT");
        WorkbenchFixture.settle();
        select(lens, "CMHT");
        lens.plain.setText("the local NHS mental health team for adults");
        lens.applyWording.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        Term cmht = f.project().root().getTerms().stream().filter(t -> "CMHT".equals(t.getTerm())).findFirst().orElseThrow();
        assertEquals("the local NHS mental health team for adults", cmht.getPlainWording());
        assertEquals("the local NHS mental health team for adults", lens.viewer.getTable().getItem(0).getText(4));
        f.menu("Edit", "Undo");
        assertTrue(cmht.getPlainWording() == null);
    }
}
