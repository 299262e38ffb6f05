package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.bridgework.core.api.Problem.Severity;
import org.bridgework.drafting.api.CheckInfo;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.drafting.internal.BlockEditor;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The check settings dialog writes the project's sidecar, and the editor's checks follow it. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class CheckSettingsDialogTest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    final DraftingChecksImpl checks = new DraftingChecksImpl();

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new SectionEditor(checks), new CheckSettingsCommand(checks));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private CheckInfo check(String code) {
        return checks.check(code).orElseThrow();
    }

    @Test
    void turnOffAndTuneChecksThenTheEditorFollows() throws Exception {
        Path file = f.project().file();
        assertNotNull(file, "the sample is opened into a work folder");
        assertTrue(f.menuItem("Project", "Drafting Check Settings...").isEnabled());
        CheckSettingsDialog dialog = new CheckSettingsDialog(f.shell(), checks.checks(), CheckSettingsCommand.load(file), CheckSettings.sidecar(file).getFileName().toString());
        dialog.setBlockOnOpen(false);
        dialog.open();
        WorkbenchFixture.settle();
        assertTrue(dialog.table.getChecked(check("passive-voice")), "all on by default");
        dialog.table.setChecked(check("passive-voice"), false);
        dialog.table.setSelection(new StructuredSelection(check("word-to-avoid")));
        dialog.severity.select(3); // error
        dialog.severity.notifyListeners(SWT.Selection, new Event());
        dialog.maxWords.setSelection(12);
        Docs.screenshot(dialog.getShell(), "drafting-check-settings");
        Button ok = dialog.getShell() == null ? null : (Button) WorkbenchFixture.findAll(dialog.getShell(), Button.class).stream()
                .filter(b -> b.getData() != null && b.getData().equals(IDialogConstants.OK_ID)).findFirst().orElseThrow();
        ok.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        CheckSettings chosen = dialog.result();
        assertNotNull(chosen);
        chosen.store(file);
        CheckSettings back = CheckSettings.load(file);
        assertFalse(back.enabled("passive-voice"));
        assertTrue(back.enabled("long-sentence"));
        assertEquals(Severity.ERROR, back.severity("word-to-avoid", Severity.INFO));
        assertEquals(12, back.number("long-sentence.maxWords", 25));
        assertEquals(null, back.get("readability.maxGrade"), "defaults are not written");

        // the editor's next check run uses them: no passive voice, sentences over 12 words reported
        Section section = f.project().root().getDocument().getSections().stream()
                .filter(s -> s.getBlocks().stream().anyMatch(b -> b instanceof Paragraph)).findFirst().orElseThrow();
        assertTrue(f.openEditor(section));
        SectionEditorPart editor = f.editorPart(section, SectionEditorPart.class);
        BlockEditor p = editor.editors.stream().filter(e -> e.block instanceof Paragraph).findFirst().orElseThrow();
        int before = editor.checkGeneration;
        p.text.setText("The plan was agreed by the board and was then shared with every team that works with students in the city.");
        WorkbenchFixture.waitFor("the commit", 5000, () -> !p.dirty);
        WorkbenchFixture.waitFor("the checks", 10000, () -> editor.shownGeneration > before);
        assertTrue(editor.findings.stream().noneMatch(x -> x.problem().code().equals("passive-voice")), editor.findings.toString());
        assertTrue(editor.findings.stream().anyMatch(x -> x.problem().code().equals("long-sentence") && x.problem().elementId().equals(p.block.getId())),
                editor.findings.toString());
    }
}
