package org.bridgework.ui.literature.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The source editor: fields set with commands on focus-out or Enter, the extracts table; Edit > Undo restores. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class SourceEditorUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    Source source;
    SourceEditor editor;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new LiteratureView(CoreServices.importer()), new SourceEditorContribution());
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.LITERATURE);
        source = (Source) f.project().resource().getEObject("src-uuk2020");
        f.openEditor(source);
        editor = f.editorPart(source, SourceEditor.class);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static void type(Text field, String text, int commitEvent) {
        field.setFocus();
        field.setText(text);
        field.notifyListeners(commitEvent, new Event());
        settle(50);
    }

    @Test
    void fieldsShowTheSourceAndEditsAreUndoable() throws Exception {
        assertEquals("Stepchange: mentally healthy universities", editor.title.getText());
        assertEquals("Universities UK", editor.authors.getText());
        assertEquals("2020", editor.year.getText());
        String title = source.getTitle();

        // title on focus-out, then Edit > Undo restores model and field
        type(editor.title, "Stepchange: mentally healthy universities (2nd edition)", SWT.FocusOut);
        assertEquals("Stepchange: mentally healthy universities (2nd edition)", source.getTitle());
        assertTrue(f.shell().getText().startsWith("*"), f.shell().getText());
        f.menu("Edit", "Undo");
        assertEquals(title, source.getTitle());
        assertEquals(title, editor.title.getText());
        f.menu("Edit", "Redo");
        assertEquals("Stepchange: mentally healthy universities (2nd edition)", editor.title.getText());

        // authors: people and an organisation, on Enter
        type(editor.authors, "Broglia, Emma; Millings, Abigail; Universities UK", SWT.DefaultSelection);
        assertEquals(3, source.getAuthors().size());
        assertEquals("Broglia", source.getAuthors().get(0).getFamily());
        assertEquals("Emma", source.getAuthors().get(0).getGiven());
        assertEquals("Universities UK", source.getAuthors().get(2).getLiteral());
        f.menu("Edit", "Undo");
        assertEquals(1, source.getAuthors().size());
        assertEquals("Universities UK", editor.authors.getText());

        // a wrong year is refused with a clear message, nothing changes
        type(editor.year, "20x0", SWT.DefaultSelection);
        assertEquals(2020, source.getIssuedYear());
        assertTrue(editor.problem.getText().contains("four digits"), editor.problem.getText());
        type(editor.year, "2021", SWT.DefaultSelection);
        assertEquals(2021, source.getIssuedYear());
        assertEquals("", editor.problem.getText());

        // DOI, URL, keywords, type, container
        type(editor.doi, "10.1000/xyz123", SWT.FocusOut);
        assertEquals("10.1000/xyz123", source.getDoi());
        type(editor.url, "www.example.org", SWT.FocusOut);
        assertNull(source.getUrl(), "no scheme: refused");
        assertTrue(editor.problem.getText().contains("https://"), editor.problem.getText());
        type(editor.url, "https://www.example.org/stepchange", SWT.FocusOut);
        assertEquals("https://www.example.org/stepchange", source.getUrl());
        type(editor.keywords, "student mental health; partnerships", SWT.FocusOut);
        assertEquals(List.of("student mental health", "partnerships"), source.getKeywords());
        type(editor.container, "Stepchange series", SWT.FocusOut);
        assertEquals("Stepchange series", source.getContainerTitle());
        editor.type.select(SourceType.VALUES.indexOf(SourceType.BOOK) + 1);
        editor.type.notifyListeners(SWT.Selection, new Event());
        settle(50);
        assertEquals(SourceType.BOOK, source.getType());
        type(editor.abstractText, "Six principles.", SWT.FocusOut);
        assertEquals("Six principles.", source.getAbstractText());
        f.screenshot("source-editor");
        f.menu("Edit", "Undo");
        assertNull(source.getAbstractText());
        f.menu("Edit", "Undo");
        assertEquals(SourceType.REPORT, source.getType());
        assertEquals("Report", editor.type.getText());
    }

    private void typeInCell(String text) {
        Text cell = WorkbenchFixture.findAll(editor.extracts.getTable(), Text.class).stream().filter(t -> t.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor"));
        cell.setText(text);
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        settle(50);
    }

    @Test
    void extractsAddEditRemoveUndo() throws Exception {
        int before = source.getExtracts().size();
        assertEquals(before, editor.extracts.getTable().getItemCount());
        Extract first = source.getExtracts().get(0);
        assertEquals(first.getText(), editor.extracts.getTable().getItem(0).getText(1));
        assertEquals(SourceTexts.mappings(first), editor.extracts.getTable().getItem(0).getText(3));
        assertFalse(SourceTexts.mappings(first).isEmpty(), "the sample's extracts are mapped to challenges");

        // Add: a new finding with a fresh id, its text edited in the table
        editor.addExtract.notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(before + 1, source.getExtracts().size());
        Extract added = source.getExtracts().get(before);
        assertEquals(ExtractKind.FINDING, added.getKind());
        assertTrue(added.getId().startsWith("ex-uuk2020-"), added.getId());
        assertEquals(added, f.project().resource().getEObject(added.getId()));
        assertTrue(editor.extracts.isCellEditorActive(), "the new extract's text is being edited");
        typeInCell("Joint needs assessment helps.");
        editor.extracts.editElement(added, 2);
        settle(30);
        typeInCell("p. 12");
        assertEquals("Joint needs assessment helps.", editor.extracts.getTable().getItem(before).getText(1));
        assertEquals("p. 12", editor.extracts.getTable().getItem(before).getText(2));
        f.screenshot("source-editor-extracts");

        // Remove the selected extract; Undo brings it back; undo again: the locator goes
        editor.extracts.getTable().setSelection(before);
        editor.extracts.getTable().notifyListeners(SWT.Selection, new Event());
        settle(30);
        assertTrue(editor.removeExtract.isEnabled());
        editor.removeExtract.notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(before, source.getExtracts().size());
        assertEquals(before, editor.extracts.getTable().getItemCount());
        f.menu("Edit", "Undo");
        assertEquals(before + 1, source.getExtracts().size());
        assertEquals("p. 12", editor.extracts.getTable().getItem(before).getText(2));
        f.menu("Edit", "Undo");
        assertNull(added.getLocator());
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(before, source.getExtracts().size(), "the add is undone too");
    }

    @Test
    void mapAnExtractToChallengesAndSections() throws Exception {
        Extract extract = source.getExtracts().get(0);
        List<org.bridgework.model.Challenge> before = List.copyOf(extract.getChallenges());
        org.bridgework.model.Challenge other = f.project().root().getChallenges().stream().filter(c -> !before.contains(c)).findFirst().orElseThrow();
        List<org.bridgework.model.Section> sectionsBefore = List.copyOf(extract.getSections());
        org.bridgework.model.Section section = f.project().root().getDocument().getSections().stream().filter(x -> !sectionsBefore.contains(x))
                .findFirst().orElseThrow();
        assertFalse(editor.mapExtract.isEnabled(), "nothing selected");
        // with no extract selected the editor's selection is its source (Properties shows it)
        editor.extracts.setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        settle(30);
        f.editorControl(source).notifyListeners(SWT.Activate, new Event());
        editor.title.setFocus();
        settle();
        Object selected = ((org.eclipse.jface.viewers.IStructuredSelection) ((org.bridgework.ui.api.SelectionService) f.window.selectionService())
                .getSelection()).getFirstElement();
        assertEquals(source, selected);
        editor.extracts.getTable().setSelection(0);
        editor.extracts.getTable().notifyListeners(SWT.Selection, new Event());
        settle(30);
        assertEquals(extract, ((org.eclipse.jface.viewers.IStructuredSelection) ((org.bridgework.ui.api.SelectionService) f.window.selectionService())
                .getSelection()).getFirstElement());
        editor.mapExtract.notifyListeners(SWT.Selection, new Event());
        settle();
        MappingDialog dialog = editor.mapping;
        assertTrue(dialog.getShell() != null && dialog.getShell().isVisible(), "the mapping dialog is open");
        assertEquals(4, dialog.tree.getItemCount());
        assertEquals("Challenges (" + f.project().root().getChallenges().size() + ")", dialog.tree.getItem(0).getText());
        assertEquals(before, dialog.chosen().get(org.bridgework.model.GuidancePackage.Literals.EXTRACT__CHALLENGES), "checked as mapped now");
        dialog.setChecked(other, true);
        dialog.setChecked(section, true);
        WorkbenchFixture.screenshot(dialog.getShell(), "source-editor-mapping");
        org.eclipse.swt.widgets.Button map = WorkbenchFixture.findAll(dialog.getShell(), org.eclipse.swt.widgets.Button.class).stream()
                .filter(b -> b.getText().equals("&Map")).findFirst().orElseThrow();
        map.notifyListeners(SWT.Selection, new Event());
        settle();
        assertTrue(extract.getChallenges().contains(other));
        assertTrue(extract.getChallenges().containsAll(before));
        List<org.bridgework.model.Section> expectedSections = new java.util.ArrayList<>(sectionsBefore);
        expectedSections.add(section);
        assertEquals(expectedSections, extract.getSections());
        assertTrue(editor.extracts.getTable().getItem(0).getText(3).contains(SourceTexts.label(other)), editor.extracts.getTable().getItem(0).getText(3));
        // one command: one Undo restores both lists
        f.menu("Edit", "Undo");
        assertEquals(before, extract.getChallenges());
        assertEquals(sectionsBefore, extract.getSections());
    }

    private static void press(org.eclipse.swt.widgets.Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        settle(50);
    }

    private static void choose(org.eclipse.swt.widgets.Combo combo, String item) {
        combo.select(java.util.Arrays.asList(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
        settle(20);
    }

    @Test
    void appraisalOfTheSourceOrAnExtractAndScreeningAreUndoable() throws Exception {
        AppraisalPanel panel = editor.appraisal;
        assertEquals("This source", panel.target.getText());
        assertEquals("Policy or guidance", panel.design.getText(), "the sample's appraisal of this source");
        assertEquals("Moderate concerns", panel.concerns.get(1).getText());
        assertEquals("Not assessed", panel.concerns.get(2).getText());
        choose(panel.concerns.get(2), "Serious concerns");
        press(panel.applyAppraisal);
        assertEquals(org.bridgework.model.CerqualConcern.NOT_ASSESSED, source.getAppraisal().getAdequacy(), "a judgement without its reason is refused");
        assertTrue(editor.problem.getText().startsWith("Say why"), editor.problem.getText());
        panel.notes.get(2).setText("one sector framework");
        press(panel.applyAppraisal);
        assertEquals(org.bridgework.model.CerqualConcern.SERIOUS, source.getAppraisal().getAdequacy());
        assertEquals("one sector framework", source.getAppraisal().getAdequacyNote());
        assertEquals(org.bridgework.model.StudyDesign.POLICY_OR_GUIDANCE, source.getAppraisal().getDesign(), "the rest is kept");

        // one extract, appraised on its own
        Extract first = source.getExtracts().get(0);
        choose(panel.target, panel.target.getItem(1));
        assertEquals("Not assessed", panel.design.getText(), "the extract has no appraisal of its own");
        choose(panel.design, "Policy or guidance");
        choose(panel.concerns.get(0), "Minor concerns");
        panel.notes.get(0).setText("England only");
        press(panel.applyAppraisal);
        assertEquals(org.bridgework.model.CerqualConcern.MINOR, first.getAppraisal().getRelevance());
        assertEquals(panel.target.getItem(1), panel.target.getText(), "the chosen extract stays chosen after the change");

        assertEquals("Included", panel.decision.getText(), "the sample's screening");
        choose(panel.decision, "Excluded");
        panel.reason.setText("");
        press(panel.applyScreening);
        assertEquals(org.bridgework.model.ScreeningDecision.INCLUDED, source.getScreening(), "excluding needs a reason");
        panel.reason.setText("superseded by a later report");
        press(panel.applyScreening);
        assertEquals(org.bridgework.model.ScreeningDecision.EXCLUDED, source.getScreening());
        assertEquals("superseded by a later report", source.getScreeningReason());

        f.menu("Edit", "Undo");
        assertEquals(org.bridgework.model.ScreeningDecision.INCLUDED, source.getScreening(), "screening is one undoable step");
        assertEquals("Included", panel.decision.getText(), "the fields follow undo");
        f.menu("Edit", "Undo");
        assertNull(first.getAppraisal());
        f.menu("Edit", "Undo");
        assertEquals(org.bridgework.model.CerqualConcern.NOT_ASSESSED, source.getAppraisal().getAdequacy(), "the appraisal is one undoable step");
        choose(panel.target, "This source");
        assertEquals("Not assessed", panel.concerns.get(2).getText());
    }
}
