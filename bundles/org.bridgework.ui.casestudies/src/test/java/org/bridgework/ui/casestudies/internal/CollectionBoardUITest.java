package org.bridgework.ui.casestudies.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.casestudies.internal.CollectionPipelineImpl;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.StatusChange;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The collection board in a real window: columns, overdue flags, dated moves by button and keyboard, undo, open. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class CollectionBoardUITest {

    /** After the sample's end of collection (19 April 2027): every case study still identified is overdue. */
    static final LocalDate TODAY = LocalDate.of(2027, 4, 25);

    @TempDir
    Path home;
    WorkbenchFixture f;
    GuidanceProject project;
    CollectionBoard board;

    @BeforeEach
    void open() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new CollectionBoardView(new CollectionPipelineImpl(org.bridgework.drafting.internal.MilestoneReadinessImpl.withBuiltInRules()), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)),
                new CaseStudyEditorContribution());
        f.open();
        project = f.openSample().root();
        f.window.showPerspective(Perspectives.CASE_STUDIES);
        settle();
        board = f.showView(CollectionBoardView.ID, CollectionBoard.class);
    }

    @AfterEach
    void close() {
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    List<String> titles(CollectionStatus s) {
        return Stream.of(board.columns.get(s).getItems()).map(TableItem::getText).toList();
    }

    /** Clicks a case study's card. */
    void click(CaseStudy cs) {
        Table t = board.columns.get(cs.getCollectionStatus());
        for (int i = 0; i < t.getItemCount(); i++) {
            if (t.getItem(i).getData() == cs) {
                t.setSelection(i);
                Event e = new Event();
                e.item = t.getItem(i);
                t.notifyListeners(SWT.Selection, e);
                settle(30);
                return;
            }
        }
        throw new AssertionError(cs.getId() + " is not in column " + cs.getCollectionStatus());
    }

    static void key(Table t, int keyCode, int stateMask) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.stateMask = stateMask;
        t.notifyListeners(SWT.KeyDown, e);
        settle(30);
    }

    StatusChange last(CaseStudy cs) {
        return cs.getStatusHistory().get(cs.getStatusHistory().size() - 1);
    }

    @Test
    void columnsCardsAndOverdueFlags() throws Exception {
        assertEquals(List.of("Identified (3)", "Engaged (0)", "Template sent (0)", "Returned (0)", "Verified (0)", "Approved (0)", "Withdrawn (0)"),
                CollectionBoard.COLUMNS.stream().map(s -> board.headers.get(s).getText()).toList());
        assertEquals(List.of("Greater Manchester Universities Student Mental Health Service (overdue)",
                "Liverpool: Student Liaison Service and U-COPE (overdue)", "North London: stepped care with iCope and iThrive (overdue)"),
                titles(CollectionStatus.IDENTIFIED));
        assertTrue(board.deadline.getText().startsWith("Collection must finish by 19 Apr 2027 (Case study data collection finalised); 3 case studies are overdue"),
                board.deadline.getText());
        assertEquals(board.selected() != null, board.next.isEnabled(), "Move is enabled only with a card selected");
        f.screenshot("collection-board");
    }

    @Test
    void moveByButtonAndKeyboardDatedThenUndo() throws Exception {
        CaseStudy cs = TemplateFixtures.caseStudy(project, "cs-liverpool");
        click(cs);
        assertEquals(cs, ((IStructuredSelection) ((org.bridgework.ui.api.SelectionService) f.window.selectionService()).getSelection()).getFirstElement(), "the card is the selection");
        assertEquals("Move to Engaged", board.next.getText().replace("&", ""));
        CaseStudyEditorUITest.click(board.next);
        assertEquals(CollectionStatus.ENGAGED, cs.getCollectionStatus());
        assertEquals(TODAY, last(cs).getDate(), "dated with the date above the board (today by default)");
        assertEquals(List.of("Liverpool: Student Liaison Service and U-COPE (overdue)"), titles(CollectionStatus.ENGAGED));
        assertEquals(2, board.columns.get(CollectionStatus.IDENTIFIED).getItemCount());
        assertEquals(cs, board.selected(), "the card stays selected in its new column");

        // a date before the last change is refused: the history never runs backwards
        board.date.setDate(2027, 2, 1);
        key(board.columns.get(CollectionStatus.ENGAGED), SWT.ARROW_RIGHT, SWT.MOD1);
        assertEquals(CollectionStatus.ENGAGED, cs.getCollectionStatus(), "refused: 1 March is before the move to engaged on " + TODAY);
        // the keyboard: Ctrl+Right on the card, with a later date
        board.date.setDate(2027, 4, 3);
        key(board.columns.get(CollectionStatus.ENGAGED), SWT.ARROW_RIGHT, SWT.MOD1);
        assertEquals(CollectionStatus.TEMPLATE_SENT, cs.getCollectionStatus());
        assertEquals(LocalDate.of(2027, 5, 3), last(cs).getDate());
        assertEquals("Template sent (1)", board.headers.get(CollectionStatus.TEMPLATE_SENT).getText());
        f.screenshot("collection-board-moved");

        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(CollectionStatus.IDENTIFIED, cs.getCollectionStatus());
        assertEquals(1, cs.getStatusHistory().size(), "the dated history entries are undone too");
        assertEquals("Identified (3)", board.headers.get(CollectionStatus.IDENTIFIED).getText());

        // withdrawn: no next status
        click(cs);
        CaseStudyEditorUITest.click(board.withdraw);
        assertEquals(CollectionStatus.WITHDRAWN, cs.getCollectionStatus());
        assertEquals(List.of("Liverpool: Student Liaison Service and U-COPE"), titles(CollectionStatus.WITHDRAWN), "withdrawn is never overdue");
        assertFalse(board.next.isEnabled());
        assertFalse(board.withdraw.isEnabled());
        assertTrue(board.deadline.getText().contains("2 case studies are overdue"), board.deadline.getText());
    }

    @Test
    void theCardMenuMovesToAnyLaterStatus() throws Exception {
        CaseStudy cs = TemplateFixtures.caseStudy(project, "cs-north-london");
        click(cs);
        Table t = board.columns.get(CollectionStatus.IDENTIFIED);
        t.notifyListeners(SWT.MenuDetect, new Event());
        org.eclipse.swt.widgets.Menu menu = t.getMenu();
        assertEquals(List.of("Open", "Move to Engaged", "Move To"), Stream.of(menu.getItems()).map(i -> WorkbenchFixture.plain(i.getText())).toList());
        org.eclipse.swt.widgets.Menu to = menu.getItem(2).getMenu();
        assertEquals(List.of(false, true, true, true, true, true, true), Stream.of(to.getItems()).map(i -> i.isEnabled()).toList(),
                "not back to identified; any later status, withdrawn included");
        org.eclipse.swt.widgets.MenuItem verified = to.getItem(4);
        assertEquals("Verified", verified.getText());
        verified.notifyListeners(SWT.Selection, new Event());
        settle(30);
        assertEquals(CollectionStatus.VERIFIED, cs.getCollectionStatus(), "steps may be skipped");
        assertEquals(List.of("North London: stepped care with iCope and iThrive"), titles(CollectionStatus.VERIFIED), "verified is collected: never overdue");
        // back is refused with the reason in the status line, nothing changes
        board.move(cs, CollectionStatus.ENGAGED);
        assertEquals(CollectionStatus.VERIFIED, cs.getCollectionStatus());
        f.menu("Edit", "Undo");
        assertEquals(CollectionStatus.IDENTIFIED, cs.getCollectionStatus());
    }

    @Test
    void leftAndRightGoBetweenColumnsAndEnterOpensTheEditor() throws Exception {
        CaseStudy gm = TemplateFixtures.caseStudy(project, "cs-greater-manchester");
        click(gm);
        CaseStudyEditorUITest.click(board.next);
        Table identified = board.columns.get(CollectionStatus.IDENTIFIED);
        identified.setFocus();
        click(TemplateFixtures.caseStudy(project, "cs-liverpool"));
        key(identified, SWT.ARROW_RIGHT, 0);
        assertEquals(gm, board.selected(), "Right goes to the first card of the next column");
        Table engaged = board.columns.get(CollectionStatus.ENGAGED);
        engaged.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        CaseStudyEditor editor = f.editorPart(gm, CaseStudyEditor.class);
        assertTrue(editor.status.getText().startsWith("Collection status: Engaged since 2027-04-25"), editor.status.getText());
    }
}
