package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.drafting.internal.EvidenceLinksImpl;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.drafting.internal.BlockEditor;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provenance in the section editor: a sentence linked to an extract is underlined once the extract is edited, and its
 * quick fixes (Ctrl+1 or right-click) open the evidence or mark the sentence re-checked (one undoable command).
 */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class StaleEvidenceMarkerUiTest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    final EvidenceLinksImpl links = new EvidenceLinksImpl();
    Section section;
    Paragraph paragraph;
    Extract extract;
    String sentence;
    SectionEditorPart editor;
    CommandStack stack;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new OutlineView(), new SectionEditor(new DraftingChecksImpl(), links));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
        stack = f.project().editingDomain().getCommandStack();
        section = f.project().root().getDocument().getSections().stream()
                .filter(s -> s.getBlocks().stream().anyMatch(b -> b instanceof Paragraph p && p.getEvidenceLinks().isEmpty() && p.getText().contains(". ")))
                .findFirst().orElseThrow();
        paragraph = (Paragraph) section.getBlocks().stream().filter(b -> b instanceof Paragraph p && p.getEvidenceLinks().isEmpty() && p.getText().contains(". "))
                .findFirst().orElseThrow();
        // the paragraph's second sentence rests on an extract
        String text = paragraph.getText();
        int start = text.indexOf(". ") + 2;
        int end = text.indexOf('.', start);
        sentence = text.substring(start, end < 0 ? text.length() : end + 1);
        extract = f.project().root().getSources().stream().flatMap(s -> s.getExtracts().stream()).findFirst().orElseThrow();
        stack.execute(links.link(f.project().editingDomain(), paragraph, extract, null, sentence, "editor", Instant.now()));
        assertTrue(f.openEditor(section));
        editor = f.editorPart(section, SectionEditorPart.class);
        awaitChecks(editor.checkGeneration - 1);
    }

    @AfterEach
    void tearDown() {
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    private void awaitChecks(int generation) {
        WorkbenchFixture.waitFor("the checks after the change", 10000, () -> editor.shownGeneration > generation);
    }

    private BlockEditor paragraphEditor() {
        return editor.editors.stream().filter(e -> e.block == paragraph).findFirst().orElseThrow();
    }

    private List<Object[]> staleMarks() {
        return paragraphEditor().marks.stream().filter(m -> SectionEditorPart.STALE_CODE.equals(((org.bridgework.drafting.api.Finding) m[1]).problem().code())).toList();
    }

    /** The quick-fix menu at {@code offset}, filled as Ctrl+1 or a right-click there fills it. */
    private Menu quickFixes(int offset) {
        BlockEditor e = paragraphEditor();
        e.text.setCaretOffset(offset);
        Menu menu = e.text.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
    }

    private static MenuItem item(Menu menu, String start) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + start + "' in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
    }

    @Test
    void editingTheExtractUnderlinesTheSentenceAndMarkAsRecheckedClearsItUndoably() throws Exception {
        assertTrue(staleMarks().isEmpty(), "just confirmed: not stale");

        int generation = editor.checkGeneration;
        stack.execute(SetCommand.create(f.project().editingDomain(), extract, GuidancePackage.Literals.EXTRACT__TEXT, extract.getText() + " (revised figures)"));
        awaitChecks(generation);
        List<Object[]> marks = staleMarks();
        assertEquals(1, marks.size(), "the stale sentence is marked");
        FindingRanges.Range range = (FindingRanges.Range) marks.get(0)[0];
        String text = paragraphEditor().text.getText();
        assertEquals(sentence.strip(), text.substring(range.start(), range.end()).strip(), "the marker covers the linked sentence");
        assertTrue(Arrays.stream(paragraphEditor().text.getStyleRanges()).anyMatch(r -> r.start == range.start() && r.underlineStyle == SWT.UNDERLINE_SQUIGGLE));
        String tip = paragraphEditor().explanationAt(range.start() + 1);
        assertTrue(tip.contains("extract " + extract.getId()) && tip.contains("changed"), tip);
        assertTrue(editor.sectionFindings.getText().contains("evidence that changed"), editor.sectionFindings.getText());
        f.screenshot("drafting-stale-evidence");

        Menu menu = quickFixes(range.start() + 1);
        MenuItem open = item(menu, "Open Evidence: extract " + extract.getId());
        assertTrue(open.isEnabled());
        MenuItem recheck = item(menu, "Mark as Re-checked");
        assertTrue(recheck.isEnabled());

        generation = editor.checkGeneration;
        recheck.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        awaitChecks(generation);
        assertTrue(staleMarks().isEmpty(), "re-checked: the marker is gone");
        assertTrue(f.shell().getText().startsWith("*"), "a change to the project");

        generation = editor.checkGeneration;
        f.menu("Edit", "Undo");
        awaitChecks(generation);
        assertEquals(1, staleMarks().size(), "undo brings the marker back");

        // Open Evidence opens the extract's editor
        menu = quickFixes(((FindingRanges.Range) staleMarks().get(0)[0]).start() + 1);
        item(menu, "Open Evidence").notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        f.editorPart(extract, Object.class);
    }

    @Test
    void aSentenceOnCurrentEvidenceHasNoEvidenceFix() {
        BlockEditor e = paragraphEditor();
        Menu menu = quickFixes(e.text.getText().indexOf(sentence.strip()) + 1);
        assertFalse(Arrays.stream(menu.getItems()).anyMatch(i -> i.getText().startsWith("Mark as Re-checked")));
    }
}
