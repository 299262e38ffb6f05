package org.bridgework.ui.literature.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.model.Source;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** File > Import References...: files, preview (added, merged, malformed with file and line), one undoable command. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class ImportWizardUITest {
    @TempDir
    Path home;
    @TempDir
    Path dir;
    WorkbenchFixture f;
    WizardDialog dialog;

    static final String RIS = """
            TY  - RPRT\r
            AU  - Universities UK\r
            TI  - Stepchange: mentally healthy universities\r
            PY  - 2020\r
            UR  - https://www.universitiesuk.ac.uk/stepchange\r
            ER  - \r
            \r
            TY  - JOUR\r
            AU  - Smith, Ann\r
            AU  - Jones, Bob\r
            TI  - Help-seeking in partnership services\r
            JO  - Journal of Student Wellbeing\r
            PY  - 2024\r
            DO  - 10.9999/jsw.2024.001\r
            ER  - \r
            """;

    static final String BIB = """
            @book{thorley2017, title = {Not by degrees: improving student mental health in the {UK}'s universities},
              author = {Thorley, Craig}, year = {2017}, publisher = {IPPR}}

            @article{bad,
              title = {Missing comma}
              author = {Jones, Bob},
              year = {2021}
            }
            """;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new LiteratureView(CoreServices.importer()),
                new ImportReferencesCommand(CoreServices.importer()));
        f.open();
        f.openSample();
    }

    @AfterEach
    void tearDown() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        f.close();
    }

    private WizardDialog openWizard() {
        f.menu("File", "Import References...");
        dialog = Stream.of(f.shell().getDisplay().getShells()).filter(s -> !s.isDisposed() && s.getData() instanceof WizardDialog)
                .map(s -> (WizardDialog) s.getData()).findFirst().orElseThrow(() -> new AssertionError("no wizard opened"));
        return dialog;
    }

    private static Button button(Shell shell, String text) {
        return WorkbenchFixture.findAll(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static void click(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    @Test
    void previewThenFinishAsOneUndoableCommand() throws Exception {
        Path ris = Files.writeString(dir.resolve("zotero-export.txt"), RIS, StandardCharsets.UTF_8);
        Path bib = Files.writeString(dir.resolve("refs.bib"), BIB, StandardCharsets.UTF_8);
        List<Source> before = List.copyOf(f.project().root().getSources());
        Source uuk2020 = (Source) f.project().resource().getEObject("src-uuk2020");
        assertNull(uuk2020.getUrl());

        openWizard();
        Shell shell = dialog.getShell();
        ImportWizard wizard = (ImportWizard) dialog.getCurrentPage().getWizard();
        assertEquals(wizard.files, dialog.getCurrentPage());
        assertFalse(button(shell, "Next").isEnabled(), "no files yet");
        wizard.files.addFiles(List.of(ris, bib));
        settle(30);
        assertEquals(2, wizard.files.list.getItemCount());
        WorkbenchFixture.screenshot(shell, "import-wizard-files");

        click(button(shell, "Next"));
        waitFor("the preview", 10_000, () -> dialog.getCurrentPage() == wizard.previewPage);
        List<PreviewPage.Row> rows = wizard.previewPage.rows();
        assertEquals(rows.size(), wizard.previewPage.rows.getTable().getItemCount());
        List<String> actions = rows.stream().map(PreviewPage.Row::action).toList();
        assertEquals(2, actions.stream().filter("Add"::equals).count(), rows.toString());
        PreviewPage.Row merge = rows.stream().filter(r -> r.action().equals("Merge")).findFirst().orElseThrow();
        assertTrue(merge.detail().contains("uuk2020") && merge.detail().contains("url"), merge.detail());
        assertEquals(1, merge.line());
        PreviewPage.Row malformed = rows.stream().filter(r -> r.action().equals("Not imported")).findFirst().orElseThrow();
        assertEquals(bib.getFileName(), malformed.file().getFileName());
        assertEquals(6, malformed.line(), malformed.toString());
        assertTrue(malformed.detail().contains("comma"), malformed.detail());
        assertTrue(wizard.previewPage.summary.getText().startsWith("2 sources to add, 1 duplicate to merge, 1 malformed entry not imported"),
                wizard.previewPage.summary.getText());
        assertTrue(wizard.previewPage.summary.getText().contains("zotero-export.txt (ris)"), wizard.previewPage.summary.getText());
        int malformedIndex = rows.indexOf(malformed);
        wizard.previewPage.rows.getTable().setSelection(malformedIndex);
        wizard.previewPage.rows.getTable().notifyListeners(SWT.Selection, new Event());
        settle(30);
        assertTrue(wizard.previewPage.detail.getText().contains("refs.bib, line 6"), wizard.previewPage.detail.getText());
        WorkbenchFixture.screenshot(shell, "import-wizard-preview");

        // a duplicate can be kept as a separate source instead, and back
        wizard.previewPage.resolve(merge.merge(), org.bridgework.literature.api.LiteratureImportPreview.Resolution.KEEP_BOTH);
        assertEquals(3, wizard.previewPage.rows().stream().filter(r -> r.action().equals("Add") || r.action().equals("Keep both")).count());
        wizard.previewPage.resolve(merge.merge(), org.bridgework.literature.api.LiteratureImportPreview.Resolution.MERGE);

        click(button(shell, "Finish"));
        assertTrue(shell.isDisposed(), "the wizard closed");
        List<Source> after = f.project().root().getSources();
        assertEquals(before.size() + 2, after.size());
        assertTrue(after.stream().anyMatch(s -> "Help-seeking in partnership services".equals(s.getTitle())));
        assertTrue(after.stream().anyMatch(s -> "thorley2017".equals(s.getCitationKey())));
        assertEquals("https://www.universitiesuk.ac.uk/stepchange", uuk2020.getUrl(), "the merge filled the URL in");
        assertTrue(f.shell().getText().startsWith("*"));

        // one Undo takes the whole import back
        f.menu("Edit", "Undo");
        assertEquals(before, f.project().root().getSources());
        assertNull(uuk2020.getUrl());
    }

    @Test
    void anEmptyFileIsAClearErrorAndNothingChanges() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.ris"), "", StandardCharsets.UTF_8);
        int before = f.project().root().getSources().size();
        // the Welcome page's "Import literature" link runs this command (same id)
        assertTrue(f.window.canImportLiterature());
        assertTrue(f.window.importLiterature());
        dialog = Stream.of(f.shell().getDisplay().getShells()).filter(s -> !s.isDisposed() && s.getData() instanceof WizardDialog)
                .map(s -> (WizardDialog) s.getData()).findFirst().orElseThrow(() -> new AssertionError("no wizard opened"));
        ImportWizard wizard = (ImportWizard) dialog.getCurrentPage().getWizard();
        wizard.files.addFiles(List.of(empty));
        click(button(dialog.getShell(), "Next"));
        assertEquals(wizard.files, dialog.getCurrentPage(), "stays on the files page");
        String message = wizard.files.getErrorMessage();
        assertTrue(message != null && message.contains("empty.ris") && message.contains("is empty"), message);
        assertFalse(button(dialog.getShell(), "Finish").isEnabled());
        WorkbenchFixture.screenshot(dialog.getShell(), "import-wizard-error");
        click(button(dialog.getShell(), "Cancel"));
        assertEquals(before, f.project().root().getSources().size());
    }

    @Test
    void filesDroppedOnTheLiteratureViewOpenTheWizardWithThem() throws Exception {
        Path ris = Files.writeString(dir.resolve("dropped.ris"), RIS, StandardCharsets.UTF_8);
        f.window.showPerspective(org.bridgework.ui.api.Perspectives.LITERATURE);
        LiteraturePart part = f.showView(LiteratureView.ID, LiteraturePart.class);
        dialog = part.importFiles(List.of(ris));
        settle();
        ImportWizard wizard = (ImportWizard) dialog.getCurrentPage().getWizard();
        assertEquals(List.of(ris.toAbsolutePath()), wizard.files.files());
        assertTrue(button(dialog.getShell(), "Next").isEnabled());
        click(button(dialog.getShell(), "Next"));
        waitFor("the preview", 10_000, () -> dialog.getCurrentPage() == wizard.previewPage);
        click(button(dialog.getShell(), "Finish"));
        assertTrue(f.project().root().getSources().stream().anyMatch(s -> "Help-seeking in partnership services".equals(s.getTitle())));
        assertEquals(f.project().root().getSources().size(), part.viewer.getTable().getItemCount(), "the view shows the imported source");
    }
}
