package org.bridgework.ui.criteria.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.findAll;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.internal.ConsensusServiceImpl;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The criteria views and editor in a real workbench window with the sample, driven through their widgets. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class CriteriaUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    final ConsensusServiceImpl consensus = new ConsensusServiceImpl();
    final org.bridgework.criteria.internal.XlsxRatingForms forms = new org.bridgework.criteria.internal.XlsxRatingForms();

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new CriteriaView(consensus), new CriterionEditor(consensus), new DashboardView(consensus), new AssessmentView(consensus),
                new ReportView(consensus), new CarryOverCommand(consensus, java.time.Clock.fixed(java.time.Instant.parse("2026-04-01T10:00:00Z"),
                        java.time.ZoneOffset.UTC)), new ImportFormsCommand(forms, consensus),
                new WriteFormsCommand(forms, consensus));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.CRITERIA);
        f.shell().getDisplay().setCursorLocation(1279, 1023); // no hover tooltip in the screenshots
        settle();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private GuidanceProject root() {
        return f.project().root();
    }

    private Criterion criterion(String code) {
        return root().getCriteria().stream().filter(c -> code.equals(c.getCode())).findFirst().orElseThrow();
    }

    private List<String> codes() {
        return root().getCriteria().stream().map(Criterion::getCode).toList();
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        settle(50);
    }

    private static void click(org.eclipse.swt.widgets.Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        if ((b.getStyle() & SWT.CHECK) != 0) {
            b.setSelection(!b.getSelection());
        }
        b.notifyListeners(SWT.Selection, new Event());
        settle(50);
    }

    @Test
    void criteriaViewEditsReordersAndAmendsUndoably() throws Exception {
        CriteriaPart part = f.showView(CriteriaView.ID, CriteriaPart.class);
        assertTrue(f.tabs(Stacks.EDITOR_AREA).contains("Criteria"), f.tabs(Stacks.EDITOR_AREA).toString());
        Table table = part.viewer.getTable();
        assertEquals(5, table.getItemCount());
        assertEquals("C1", table.getItem(0).getText(0));
        assertEquals("Not rated", table.getItem(0).getText(3));
        assertEquals(criterion("C1"), part.form.criterion(), "the first criterion is selected at start");
        assertFalse(part.up.isEnabled(), "the first cannot move up");

        // select C2: the form follows, and Properties gets it as the workbench selection
        Criterion c2 = criterion("C2");
        part.viewer.setSelection(new StructuredSelection(c2), true);
        settle(50);
        assertEquals(c2.getStatement(), part.form.statement.getText());
        assertEquals(c2.getEvidenceExpected(), part.form.evidence.getText());
        assertTrue(part.form.mandatory.getSelection());

        // a plain field: one command, undone from the Edit menu
        String title = c2.getTitle();
        type(part.form.title, "Does not duplicate existing services");
        assertEquals("Does not duplicate existing services", c2.getTitle());
        assertEquals("Does not duplicate existing services", table.getItem(1).getText(1), "the list follows");
        f.menu("Edit", "Undo");
        assertEquals(title, c2.getTitle());
        assertEquals(title, part.form.title.getText(), "the form follows undo");

        // mandatory
        click(part.form.mandatory);
        assertFalse(c2.isMandatory());
        f.menu("Edit", "Undo");
        assertTrue(c2.isMandatory());
        assertTrue(part.form.mandatory.getSelection());

        // reorder with the buttons and Alt+Down, undo
        click(part.down);
        assertEquals(List.of("C1", "C3", "C2", "C4", "C5"), codes());
        assertEquals(c2, part.selected(), "the moved criterion stays selected");
        Event alt = new Event();
        alt.keyCode = SWT.ARROW_DOWN;
        alt.stateMask = SWT.ALT;
        table.notifyListeners(SWT.KeyDown, alt);
        settle(50);
        assertEquals(List.of("C1", "C3", "C4", "C2", "C5"), codes());
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(List.of("C1", "C2", "C3", "C4", "C5"), codes());
        click(part.up);
        assertEquals(List.of("C2", "C1", "C3", "C4", "C5"), codes());
        assertFalse(part.up.isEnabled());
        f.menu("Edit", "Undo");

        // C2 is in round 1: a new statement is an amendment, with the reason, kept in the wording history
        String before = c2.getStatement();
        assertTrue(part.form.reason.isEnabled());
        assertTrue(part.form.amendNote.getText().startsWith("Already put to the panel"), part.form.amendNote.getText());
        part.form.reason.setText("Round 1 comments: name crisis care");
        type(part.form.statement, "The model does not duplicate crisis care or other local services.");
        assertEquals("The model does not duplicate crisis care or other local services.", c2.getStatement());
        assertEquals(1, c2.getWordingHistory().size());
        assertEquals(before, c2.getWordingHistory().get(0).getPreviousStatement());
        assertEquals("Round 1 comments: name crisis care", c2.getWordingHistory().get(0).getReason());
        assertEquals(1, part.form.history.getItemCount());
        assertEquals("round 1", part.form.history.getItem(0).getText(0));
        assertEquals(before, part.form.history.getItem(0).getText(1));
        assertEquals("", part.form.reason.getText(), "the reason is cleared once used");
        assertTrue(f.shell().getText().startsWith("*"), "dirty: " + f.shell().getText());
        part.scroll.showControl(part.form.history);
        f.screenshot("criteria-view");
        f.menu("Edit", "Undo");
        assertEquals(before, c2.getStatement());
        assertTrue(c2.getWordingHistory().isEmpty(), "one undo reverts the amendment and its history");
        assertEquals(0, part.form.history.getItemCount());

        // new and remove: a new criterion after the selected one; only an unreferenced criterion can go
        assertFalse(part.remove.isEnabled(), "C2 is in round 1");
        assertTrue(part.remove.getToolTipText().startsWith("It cannot be removed"), part.remove.getToolTipText());
        click(part.add);
        assertEquals(List.of("C1", "C2", "C6", "C3", "C4", "C5"), codes());
        Criterion c6 = criterion("C6");
        assertEquals("c6", c6.getId());
        assertEquals(c6, part.form.criterion());
        assertEquals("New criterion", part.form.title.getText());
        type(part.form.title, "Involves students");
        assertEquals("Involves students", c6.getTitle());
        assertTrue(part.remove.isEnabled());
        click(part.remove);
        assertEquals(List.of("C1", "C2", "C3", "C4", "C5"), codes());
        f.menu("Edit", "Undo");
        assertEquals(List.of("C1", "C2", "C6", "C3", "C4", "C5"), codes());
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(List.of("C1", "C2", "C3", "C4", "C5"), codes());
        part.viewer.setSelection(new StructuredSelection(c2), true);
        settle(50);

        // a blank statement is refused with a message; nothing changes
        type(part.form.statement, "   ");
        assertEquals(before, c2.getStatement());
        assertEquals(before, part.form.statement.getText(), "the field shows the statement again");
        assertEquals(List.of(), f.prompts.errors);
    }

    @Test
    void aCriterionOutsideEveryRoundIsEditedWithoutHistoryAndOpensInItsEditor() throws Exception {
        ConsensusRound r1 = consensus.round(root(), 1).orElseThrow();
        Criterion c5 = criterion("C5");
        // a criterion never put to the panel: remove C5 from round 1 through the stack
        f.project().editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand
                .create(f.project().editingDomain(), r1, org.bridgework.model.GuidancePackage.Literals.CONSENSUS_ROUND__CRITERIA, c5));
        assertTrue(f.openEditor(c5));
        CriterionEditor.Editor editor = f.editorPart(c5, CriterionEditor.Editor.class);
        assertFalse(editor.form.reason.isEnabled());
        type(editor.form.statement, "The model addresses the recurring challenges.");
        assertEquals("The model addresses the recurring challenges.", c5.getStatement());
        assertTrue(c5.getWordingHistory().isEmpty(), "a draft criterion's wording is not history");
        f.menu("Edit", "Undo");
        assertEquals(c5.getStatement(), editor.form.statement.getText());
        assertFalse(c5.getStatement().startsWith("The model addresses the recurring challenges."));
        f.screenshot("criterion-editor");
    }

    /** Round 1: C1 all 8 (include), C2 split 6×8 6×5 (no consensus), C3 all 2 (exclude), C4 and C5 not rated. */
    private ConsensusRound rateRoundOne(Project p) {
        ConsensusRound r1 = consensus.round(p.root(), 1).orElseThrow();
        consensus.open(p, r1, LocalDate.of(2026, 3, 2));
        int i = 0;
        for (Member m : r1.getPanel()) {
            consensus.rate(p, r1, m, criterion("C1"), 8, null);
            consensus.rate(p, r1, m, criterion("C2"), i % 2 == 0 ? 8 : 5, i == 0 ? "Name crisis care" : null);
            consensus.rate(p, r1, m, criterion("C3"), i == 11 ? null : 2, null);
            i++;
        }
        return r1;
    }

    private static RGB bg(TableItem item, int column) {
        return item.getBackground(column).getRGB();
    }

    @Test
    void dashboardChartsEachCriterionAndTheRatingsMatrix() throws Exception {
        DashboardPart part = f.showView(DashboardView.ID, DashboardPart.class);
        assertEquals(5, part.rows.size());
        assertEquals(" Not rated ", part.rows.get("c1-benefits").status().getText());
        assertEquals(12, part.matrix.getItemCount());
        assertEquals("not yet", part.matrix.getItem(0).getText(6));
        assertTrue(!part.reminders.isEnabled(), "round 1 is a draft: no forms to remind anyone of");

        Project p = f.project();
        ConsensusRound r1 = rateRoundOne(p);
        settle();
        assertTrue(part.summary.getText().startsWith("Panel of 12, 12 responded."), part.summary.getText());
        assertEquals(" Consensus to include ", part.rows.get("c1-benefits").status().getText());
        assertEquals(" No consensus ", part.rows.get("c2-no-duplication").status().getText());
        assertEquals(" Consensus to exclude ", part.rows.get("c3-recognisable-to-nhs").status().getText());
        assertEquals(" Not rated ", part.rows.get("c4-adaptable").status().getText());
        String c2 = part.rows.get("c2-no-duplication").chart().description();
        assertTrue(c2.contains("C2: No consensus; 12 rated, 0 abstained."), c2);
        assertTrue(c2.contains("Agree 50%, disagree 0%"), c2);
        assertTrue(c2.contains("[0, 0, 0, 0, 6, 0, 0, 6, 0]"), c2);
        assertTrue(part.rows.get("c3-recognisable-to-nhs").chart().description().contains("11 rated, 1 abstained"));
        assertEquals(c2, part.rows.get("c2-no-duplication").chart().canvas.getToolTipText());
        String groups = part.rows.get("c1-benefits").groups().getText();
        assertTrue(groups.startsWith("By group: HE 100% agree (n="), groups);
        assertTrue(groups.contains("NHS 100% agree"), groups);
        TableItem first = part.matrix.getItem(0);
        assertEquals("8", first.getText(1));
        assertEquals("8 \u270e", first.getText(2), "a comment is marked");
        assertEquals("2", first.getText(3));
        assertEquals("", first.getText(4));
        assertEquals("yes", first.getText(6));
        assertEquals(Palette.GREEN_FILL, bg(first, 1));
        assertEquals(Palette.RED_FILL, bg(first, 3));
        assertEquals(Palette.AMBER_FILL, bg(part.matrix.getItem(1), 2), "5 is in the middle");
        assertEquals("abstained", part.matrix.getItem(11).getText(3));
        // the painted chart: C1's bar at 8 is drawn full height in the agreeing colour, nothing at 1
        org.eclipse.swt.widgets.Canvas canvas = part.rows.get("c1-benefits").chart().canvas;
        org.eclipse.swt.graphics.Point size = canvas.getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), size.x, size.y);
        try {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(canvas);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            int y = CriterionChart.HEIGHT / 2;
            assertEquals(Palette.AGREE_BAR, data.palette.getRGB(data.getPixel(8 + 7 * 22 + 9, y)), "the bar of score 8");
            assertEquals(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB(), data.palette.getRGB(data.getPixel(8 + 9, y)),
                    "no bar at score 1");
        } finally {
            image.dispose();
        }
        f.screenshot("consensus-dashboard-round1");

        // round 2 carries C2, C4, C5; the dashboard moves to it and shows the change over rounds
        consensus.close(p, r1, LocalDate.of(2026, 3, 20));
        ConsensusRound r2 = consensus.carryOver(p, r1, LocalDate.of(2026, 4, 1)).orElseThrow();
        for (Member m : r2.getPanel()) {
            consensus.rate(p, r2, m, criterion("C2"), 8, null);
        }
        settle();
        assertEquals(2, part.selectedRound().getNumber(), "the current round is shown");
        assertEquals(3, part.rows.size());
        assertEquals(" Consensus to include ", part.rows.get("c2-no-duplication").status().getText());
        String change = part.rows.get("c2-no-duplication").chart().description();
        assertTrue(change.contains("Agreement by round: round 1 50%, round 2 100%."), change);
        assertEquals(5, part.matrix.getColumnCount(), "member, 3 criteria, responded");
        // each member's own round-1 score beside this round's (member 0 gave C2 an 8, member 1 a 5, in round 1)
        assertEquals("8\u2002(was 8)", part.matrix.getItem(0).getText(1));
        assertEquals("8\u2002(was 5)", part.matrix.getItem(1).getText(1));
        assertEquals("", part.matrix.getItem(0).getText(2), "C4: not rated in either round");
        // reminders for the open round: everyone still owes C4 and C5
        assertTrue(part.reminders.isEnabled());
        String letters = part.copyReminders();
        assertEquals(12, letters.split("Subject: Reminder: your rating form for round 2", -1).length - 1, letters);
        assertTrue(letters.contains("still without a score from you: C4, C5."), letters);
        f.screenshot("consensus-dashboard-round2");
        part.pick(1);
        assertEquals(5, part.rows.size());
        assertEquals(1, part.selectedRound().getNumber());
        f.menu("Edit", "Undo");
        assertEquals(1, part.selectedRound().getNumber(), "the picked round stays picked after a change");
    }

    private void choose(AssessmentPart part, CaseStudy cs, int column, AssessmentResult result) {
        part.viewer.editElement(cs, column);
        settle(50);
        CCombo combo = findAll(part.viewer.getTable(), CCombo.class).stream().filter(c -> c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor open on column " + column));
        combo.select(AssessmentPart.CHOICES.indexOf(result));
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        settle(50);
    }

    @Test
    void assessmentMatrixSetsResultsUndoablyAndDerivesGoodPractice() throws Exception {
        AssessmentPart part = f.showView(AssessmentView.ID, AssessmentPart.class);
        Table table = part.viewer.getTable();
        assertEquals(3, table.getItemCount());
        assertEquals(7, table.getColumnCount(), "case study, 5 criteria, good practice");
        assertEquals("C1*", table.getColumn(1).getText());
        assertEquals("C3", table.getColumn(3).getText());
        assertEquals("Unknown", table.getItem(0).getText(1));
        assertEquals(Palette.GREY_FILL, bg(table.getItem(0), 1));
        assertTrue(table.getItem(0).getText(6).startsWith("No: mandatory criteria not (yet) met: C1, C2, C5"), table.getItem(0).getText(6));

        CaseStudy gm = root().getCaseStudies().get(0);
        choose(part, gm, 1, AssessmentResult.MET);
        assertEquals(1, gm.getAssessments().size());
        assertEquals(AssessmentResult.MET, gm.getAssessments().get(0).getResult());
        assertEquals("Met", table.getItem(0).getText(1));
        assertEquals(Palette.GREEN_FILL, bg(table.getItem(0), 1));
        choose(part, gm, 2, AssessmentResult.MET);
        choose(part, gm, 5, AssessmentResult.MET);
        choose(part, gm, 3, AssessmentResult.PARTLY_MET);
        assertTrue(gm.isModelOfGoodPractice());
        assertEquals("Yes", table.getItem(0).getText(6));
        assertEquals("Partly met", table.getItem(0).getText(3));
        assertEquals(Palette.AMBER_FILL, bg(table.getItem(0), 3));
        choose(part, gm, 4, AssessmentResult.NOT_MET);
        assertEquals("No: not met: C4", table.getItem(0).getText(6));
        assertEquals(Palette.RED_FILL, bg(table.getItem(0), 4));
        // the focused cell's rationale: a click on the cell shows it, leaving the field records it
        org.eclipse.swt.graphics.Rectangle bounds = table.getItem(0).getBounds(3);
        Event down = new Event();
        down.x = bounds.x + bounds.width / 2;
        down.y = bounds.y + bounds.height / 2;
        down.button = 1;
        table.notifyListeners(SWT.MouseDown, down);
        table.notifyListeners(SWT.MouseUp, down);
        settle(50);
        assertTrue(part.cell.getText().startsWith("Greater Manchester Universities Student Mental Health Service \u00d7 C3: Partly met"),
                part.cell.getText());
        assertTrue(part.rationale.isEnabled());
        type(part.rationale, "Modelled on a CMHT, but governance is shared with the universities.");
        org.bridgework.model.Assessment c3 = gm.getAssessments().stream().filter(a -> a.getCriterion() == criterion("C3")).findFirst().orElseThrow();
        assertEquals("Modelled on a CMHT, but governance is shared with the universities.", c3.getRationale());
        assertEquals(AssessmentResult.PARTLY_MET, c3.getResult(), "the result stays");
        f.screenshot("assessment-matrix");
        f.menu("Edit", "Undo");
        assertEquals(null, c3.getRationale());
        assertEquals("", part.rationale.getText(), "the field follows undo");
        f.menu("Edit", "Undo");
        assertEquals("Yes", table.getItem(0).getText(6), "undo of the last choice");
        assertEquals("Unknown", table.getItem(0).getText(4));
        choose(part, gm, 1, AssessmentResult.PARTLY_MET);
        assertEquals(4, gm.getAssessments().size(), "a changed result changes the existing assessment");
        assertEquals("No: mandatory criteria not (yet) met: C1", table.getItem(0).getText(6));
        assertNotNull(table.getItem(1).getData());
        assertEquals(List.of(), f.prompts.errors);
    }

    @Test
    void consensusReportShowsPanelRoundsAndOutcomes() throws Exception {
        ReportPart part = f.showView(ReportView.ID, ReportPart.class);
        assertEquals(4, part.tables.size(), "ACCORD item by item, then panel, rounds, outcomes");
        Table accord = part.tables.get(0);
        assertEquals(35, accord.getItemCount());
        assertEquals("Title", accord.getItem(0).getText(1));
        assertTrue(accord.getItem(4).getText(3).startsWith("Missing: "), "registration: " + accord.getItem(4).getText(3));
        assertTrue(part.missing.getText().startsWith("Not yet reported ("), part.missing.getText());
        assertTrue(part.missing.getText().contains("5 Registration and protocol"), part.missing.getText());
        Table outcomes = part.tables.get(3);
        assertEquals(5, outcomes.getItemCount());
        assertEquals("C1", outcomes.getItem(0).getText(0));
        assertEquals("not rated", outcomes.getItem(0).getText(4));
        assertEquals("Scale: 1\u20139 (1 strongly disagree, 9 strongly agree). Panel: 12 members over 1 round(s), reported by role and"
                + " organisation, never by name.", part.definition.getText());
        assertTrue(findAll(f.viewControl(ReportView.ID), org.eclipse.swt.widgets.Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Consensus rounds (consensus to include: at least 75% of raters score 7-9")), "the definition");
        rateRoundOne(f.project());
        settle();
        outcomes = part.tables.get(3);
        assertEquals("consensus to include", outcomes.getItem(0).getText(4));
        assertEquals("100%", outcomes.getItem(0).getText(5));
        assertEquals("consensus to exclude", outcomes.getItem(2).getText(4));
        assertEquals("12 of 12", part.tables.get(2).getItem(0).getText(3), "respondents of the panel");
        assertTrue(part.tables.get(1).getItemCount() >= 2, "the panel by kind of organisation");
        f.screenshot("consensus-report");
    }

    @Test
    void carryOverFromTheProjectMenuIsOneUndoableStep() throws Exception {
        DashboardPart part = f.showView(DashboardView.ID, DashboardPart.class);
        ConsensusRound r1 = rateRoundOne(f.project());
        settle();
        assertTrue(f.menuItem("Project", "Carry Over to a New Round").isEnabled());
        f.menu("Project", "Carry Over to a New Round");
        assertEquals(2, root().getRounds().size());
        assertEquals(LocalDate.of(2026, 4, 1), r1.getClosed());
        ConsensusRound r2 = consensus.currentRound(root()).orElseThrow();
        assertEquals(List.of("C2", "C4", "C5"), r2.getCriteria().stream().map(Criterion::getCode).toList());
        assertEquals(2, part.selectedRound().getNumber(), "the dashboard shows the new round");
        assertEquals(3, part.rows.size());
        f.menu("Edit", "Undo");
        assertEquals(1, root().getRounds().size());
        assertEquals(null, r1.getClosed(), "one undo reopens round 1");
        assertEquals(1, part.selectedRound().getNumber());
        // every criterion agreed: nothing to carry, the command is disabled
        for (Member m : r1.getPanel()) {
            for (String code : List.of("C2", "C4", "C5")) {
                consensus.rate(f.project(), r1, m, criterion(code), 9, null);
            }
        }
        settle();
        f.menuItem("Project").getMenu().notifyListeners(SWT.Show, new Event());
        assertFalse(f.menuItem("Project", "Carry Over to a New Round").isEnabled());
    }

    @Test
    void everyViewEmptiesWhenTheProjectClosesAndFillsWhenItOpens() throws Exception {
        CriteriaPart criteria = f.showView(CriteriaView.ID, CriteriaPart.class);
        DashboardPart dashboard = f.showView(DashboardView.ID, DashboardPart.class);
        ReportPart report = f.showView(ReportView.ID, ReportPart.class);
        AssessmentPart assessments = f.showView(AssessmentView.ID, AssessmentPart.class);
        rateRoundOne(f.project());
        settle();
        f.prompts.saveChoices.add(org.bridgework.ui.workbench.internal.Prompts.SaveChoice.DISCARD);
        f.menu("File", "Close Project");
        assertEquals(0, criteria.viewer.getTable().getItemCount());
        assertEquals("No criterion selected", criteria.form.criterion() == null ? "No criterion selected" : "still " + criteria.form.criterion());
        assertFalse(criteria.form.statement.isEnabled());
        assertFalse(criteria.add.isEnabled());
        assertEquals("No project is open.", dashboard.summary.getText());
        assertTrue(dashboard.rows.isEmpty());
        assertEquals(0, dashboard.matrix.getItemCount());
        assertTrue(report.tables.isEmpty());
        assertEquals(0, assessments.viewer.getTable().getItemCount());
        assertFalse(assessments.rationale.isEnabled());
        f.openSample();
        assertEquals(5, criteria.viewer.getTable().getItemCount());
        assertEquals(5, dashboard.rows.size());
        assertEquals(" Not rated ", dashboard.rows.get("c1-benefits").status().getText(), "the ratings were discarded");
        assertEquals(4, report.tables.size());
        assertEquals(3, assessments.viewer.getTable().getItemCount());
        assertEquals("", f.errors.toString());
        assertEquals(List.of(), f.prompts.errors);
    }

    @Test
    void returnedFormsAreReadInTheBackgroundAndRecordedOnlyWhenAllAreValid() throws Exception {
        DashboardPart dashboard = f.showView(DashboardView.ID, DashboardPart.class);
        assertTrue(f.menuItem("File", "Import Rating Forms...").isEnabled());
        ConsensusRound r1 = consensus.round(root(), 1).orElseThrow();
        Path uuk = home.resolve("uuk.xlsx");
        Path aoc = home.resolve("aoc.xlsx");
        for (Path file : List.of(uuk, aoc)) {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                forms.write(root(), r1, root().getMembers().stream().filter(m -> file.getFileName().toString().startsWith(m.getId().substring(4)))
                        .findFirst().orElseThrow(), out);
            }
        }
        Path notAForm = java.nio.file.Files.writeString(home.resolve("notes.xlsx"), "not a spreadsheet");
        ImportFormsCommand command = new ImportFormsCommand(forms, consensus);
        var handle = command.importForms(partContext(), List.of(uuk, notAForm));
        WorkbenchFixture.waitFor("the forms read", 20_000, () -> handle.result().isDone());
        settle();
        // the dialog opens from the UI thread after the background read: under load that can be after settle()
        java.util.function.Supplier<java.util.Optional<org.eclipse.swt.widgets.Shell>> problems = () -> java.util.stream.Stream
                .of(f.shell().getDisplay().getShells()).filter(s -> "Rating forms not imported".equals(s.getText())).findFirst();
        WorkbenchFixture.waitFor("the problems dialog", 20_000, () -> problems.get().isPresent());
        org.eclipse.swt.widgets.Shell dialog = problems.get().orElseThrow(() -> new AssertionError("no problems dialog"));
        String message = findAll(dialog, org.eclipse.swt.widgets.Label.class).stream().map(org.eclipse.swt.widgets.Label::getText)
                .filter(t -> t.contains("nothing was recorded")).findFirst().orElseThrow();
        assertTrue(message.contains("notes.xlsx"), message);
        dialog.close();
        assertTrue(r1.getRatings().isEmpty(), "nothing recorded when one form has a problem");
        assertFalse(f.shell().getText().startsWith("*"));

        var ok = command.importForms(partContext(), List.of(uuk, aoc));
        WorkbenchFixture.waitFor("the forms read", 20_000, () -> ok.result().isDone());
        settle();
        assertEquals(10, r1.getRatings().size(), "two blank forms: an abstention on each of the 5 criteria");
        assertEquals("abstained", dashboard.matrix.getItem(5).getText(1), "the dashboard shows them (mem-uuk is 6th on the panel)");
        f.menu("Edit", "Undo");
        assertTrue(r1.getRatings().isEmpty(), "one undo removes the whole import");
        assertEquals(List.of(), f.prompts.errors);
    }

    /** A real workbench context for the command: the dashboard's (a PartContext is a WorkbenchContext). */
    private org.bridgework.ui.api.WorkbenchContext partContext() {
        return f.part(DashboardView.ID, DashboardPart.class).context;
    }

    @Test
    void formsForThePanelAreWrittenInTheBackgroundAndComeBackIn() throws Exception {
        f.showView(DashboardView.ID, DashboardPart.class);
        assertTrue(f.menuItem("File", "Write Rating Forms...").isEnabled());
        Path folder = home.resolve("forms");
        var written = new WriteFormsCommand(forms, consensus).writeForms(partContext(), folder);
        WorkbenchFixture.waitFor("the forms written", 30_000, () -> written.result().isDone());
        settle();
        List<Path> files = written.result().get();
        assertEquals(12, files.size(), "one per panel member");
        assertTrue(java.nio.file.Files.isRegularFile(folder.resolve("rating-form-round-1-mem-uuk.xlsx")));
        try (var listing = java.nio.file.Files.list(folder)) {
            assertEquals(12, listing.count(), "no temporary files left");
        }
        var read = new ImportFormsCommand(forms, consensus).importForms(partContext(), files);
        WorkbenchFixture.waitFor("the forms read", 30_000, () -> read.result().isDone());
        settle();
        assertEquals(60, consensus.round(root(), 1).orElseThrow().getRatings().size(), "12 blank forms: 12 x 5 abstentions");
    }
}
