package org.bridgework.ui.casestudies.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bridgework.casestudies.internal.TemplateImporter;
import org.bridgework.casestudies.internal.TemplateWriter;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
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

/** File > Import Returned Case-Study Template...: read in a job, the diff dialog, apply as one undoable command only on Apply. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class ImportTemplateUITest {

    @TempDir
    Path home;
    WorkbenchFixture f;
    GuidanceProject project;
    final Deque<Path> files = new ArrayDeque<>();
    ImportTemplateCommand command;

    /** Answers the file dialogs from the queue. */
    final class QueuedFiles implements FileChooser {
        @Override
        public Path open(Shell shell, String title, String filterName, String... extensions) {
            return files.poll();
        }

        @Override
        public Path save(Shell shell, String title, String suggestedName, String[] filterNames, String... extensions) {
            return files.poll();
        }
    }

    @BeforeEach
    void open() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        command = new ImportTemplateCommand(new TemplateImporter(), new QueuedFiles());
        f.register(command, new CaseStudyEditorContribution());
        f.open();
        project = f.openSample().root();
    }

    @AfterEach
    void close() {
        if (command.lastDialog != null && command.lastDialog.getShell() != null) {
            command.lastDialog.close();
        }
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    Path returned(String caseId, Map<String, String> answers) throws Exception {
        Path file = home.resolve(caseId + "-returned.docx");
        try (OutputStream o = Files.newOutputStream(file)) {
            new TemplateWriter().write(project, TemplateFixtures.caseStudy(project, caseId), o);
        }
        TemplateFixtures.fill(file, answers);
        return file;
    }

    /** Runs the menu command on the file and waits for the dialog it opens (the diff, or an error). */
    <T> T importFile(Path file, Class<T> dialog) {
        files.add(file);
        command.lastDialog = null;
        f.menu("File", "Import Returned Case-Study Template...");
        waitFor("a dialog after reading " + file.getFileName(), 10_000,
                () -> command.lastDialog != null && command.lastDialog.getShell() != null && command.lastDialog.getShell().isVisible());
        settle();
        return assertInstanceOf(dialog, command.lastDialog);
    }

    static void press(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
        settle(50);
    }

    static List<List<String>> rows(TemplateDiffDialog d) {
        return Stream.of(d.differences.getItems()).map(i -> List.of(i.getText(0), i.getText(1), i.getText(2))).toList();
    }

    @Test
    void diffThenApplyAsOneUndoableStep() throws Exception {
        CaseStudy cs = TemplateFixtures.caseStudy(project, "cs-liverpool");
        Map<String, String> a = new LinkedHashMap<>(TemplateFixtures.mandatory());
        a.put("cs.region", "Merseyside");
        a.put("cs.funding", "Jointly funded by the two universities and Mersey Care.");
        a.put("outcome.1.measure", "Students followed up after presenting in crisis");
        a.put("outcome.1.value", "412");
        TemplateDiffDialog d = importFile(returned("cs-liverpool", a), TemplateDiffDialog.class);
        List<List<String>> rows = rows(d);
        assertTrue(rows.contains(List.of("Region", "Liverpool", "Merseyside")), rows.toString());
        assertTrue(rows.contains(List.of("Funding", "To be verified.", "Jointly funded by the two universities and Mersey Care.")), rows.toString());
        assertTrue(rows.contains(List.of("Outcome 1: value", "(none)", "412")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Collection status") && r.get(1).equals("identified")), rows.toString());
        assertEquals(null, d.errors, "no errors pane");
        Button applyButton = d.button(IDialogConstants.OK_ID);
        assertEquals("&Apply " + rows.size() + " Changes", applyButton.getText());
        WorkbenchFixture.screenshot(d.getShell(), "import-template-diff");
        assertEquals("Liverpool", cs.getRegion(), "nothing changes before Apply");
        assertFalse(f.shell().getText().startsWith("*"));

        java.time.LocalDate cameBack = java.time.LocalDate.of(2027, 3, 5);
        d.setReturnedOn(cameBack);
        assertTrue(rows(d).stream().anyMatch(r -> r.get(0).equals("Collection status") && r.get(2).equals("returned (2027-03-05)")), rows(d).toString());
        press(applyButton);
        assertEquals("Merseyside", cs.getRegion());
        assertEquals("412", cs.getOutcomes().get(0).getValue());
        assertEquals(CollectionStatus.RETURNED, cs.getCollectionStatus());
        assertEquals(cameBack, cs.getStatusHistory().get(cs.getStatusHistory().size() - 1).getDate(), "recorded on the day chosen in the dialog");
        assertEquals(3, cs.getAssessments().size(), "the mandatory criteria's answers become assessments");
        f.menu("Edit", "Undo");
        assertEquals("Liverpool", cs.getRegion(), "one undo takes the whole import back");
        assertEquals(List.of(), cs.getOutcomes());
        assertEquals(CollectionStatus.IDENTIFIED, cs.getCollectionStatus());
        assertEquals(List.of(), cs.getAssessments());
    }

    @Test
    void validationErrorsAreShownAndNothingCanBeApplied() throws Exception {
        Map<String, String> a = new LinkedHashMap<>(TemplateFixtures.mandatory());
        a.put("cs.region", "one two three four five six seven eight nine ten eleven");
        a.put("cs.partners", "University of Liverpool\nUniversity of Nowhere");
        a.remove("criterion.c1-benefits.evidence");
        TemplateDiffDialog d = importFile(returned("cs-liverpool", a), TemplateDiffDialog.class);
        String errors = d.errors.getText();
        assertTrue(errors.contains("answer over the word limit: cs.region"), errors);
        assertTrue(errors.contains("unknown partner organisation 'University of Nowhere'"), errors);
        assertTrue(errors.contains("required answer missing: criterion.c1-benefits.evidence"), errors);
        assertTrue(d.getErrorMessage() != null || d.getShell().getText().equals(ImportTemplateCommand.TITLE));
        assertFalse(d.button(IDialogConstants.OK_ID).isEnabled(), "Apply is disabled while there are errors");
        assertTrue(rows(d).stream().anyMatch(r -> r.get(0).equals("Region")), "what was read is still shown");
        WorkbenchFixture.screenshot(d.getShell(), "import-template-errors");
        press(d.button(IDialogConstants.CANCEL_ID));
        assertEquals("Liverpool", TemplateFixtures.caseStudy(project, "cs-liverpool").getRegion());
        assertFalse(f.shell().getText().startsWith("*"), "nothing was applied");
    }

    @Test
    void rowsThatCannotBeReadAreListedAndTheRestImports() throws Exception {
        Map<String, String> a = new LinkedHashMap<>(TemplateFixtures.mandatory());
        a.put("cs.staffing", "Two mental health practitioners employed by Mersey Care.");
        Path file = returned("cs-liverpool", a);
        // a partner renamed a key
        Path edited = home.resolve("edited.docx");
        Map<String, String> keys = Map.of("cs.funding", "cs.fundingg");
        rename(file, edited, keys);
        TemplateDiffDialog d = importFile(edited, TemplateDiffDialog.class);
        assertTrue(d.unread.getText().contains("unknown key 'cs.fundingg'"), d.unread.getText());
        press(d.button(IDialogConstants.OK_ID));
        assertEquals("Two mental health practitioners employed by Mersey Care.", TemplateFixtures.caseStudy(project, "cs-liverpool").getStaffing());
    }

    @Test
    void aBlankTemplateBecomesANewCaseStudy() throws Exception {
        Path blank = home.resolve("blank-returned.docx");
        try (OutputStream o = Files.newOutputStream(blank)) {
            new TemplateWriter().write(project, null, o);
        }
        Map<String, String> a = new LinkedHashMap<>(TemplateFixtures.mandatory());
        a.put("cs.title", "Sheffield student mental health partnership");
        a.put("cs.partners", "University of Liverpool\nMersey Care NHS Foundation Trust");
        a.put("cs.serviceModel", "embedded clinician");
        a.put("cs.region", "South Yorkshire");
        a.put("cs.description", "An NHS clinician works in the university's wellbeing service two days a week.");
        a.put("cs.populationServed", "All students.");
        a.put("cs.referralRoute", "Through the wellbeing service.");
        TemplateFixtures.fill(blank, a);
        TemplateDiffDialog d = importFile(blank, TemplateDiffDialog.class);
        assertTrue(d.getShell().getText().equals(ImportTemplateCommand.TITLE));
        assertTrue(rows(d).contains(List.of("Region", "(none)", "South Yorkshire")), rows(d).toString());
        press(d.button(IDialogConstants.OK_ID));
        assertEquals(4, project.getCaseStudies().size());
        CaseStudy added = project.getCaseStudies().get(3);
        assertEquals("cs-sheffield-student-mental-health-partners", added.getId(), "the id from the title (slug of up to 40 characters)");
        assertEquals(org.bridgework.model.ServiceModel.EMBEDDED_CLINICIAN, added.getServiceModel());
        assertEquals(CollectionStatus.RETURNED, added.getCollectionStatus());
        f.menu("Edit", "Undo");
        assertEquals(3, project.getCaseStudies().size(), "one undo removes the new case study");
    }

    @Test
    void aReturnedWorkbookIsReadToo() throws Exception {
        Path xlsx = home.resolve("cs-liverpool-returned.xlsx");
        try (OutputStream o = Files.newOutputStream(xlsx)) {
            new TemplateWriter().write(project, TemplateFixtures.caseStudy(project, "cs-liverpool"),
                    org.bridgework.casestudies.api.CaseStudyTemplates.Format.XLSX, o);
        }
        // returned without the answers to the mandatory criteria
        TemplateDiffDialog d = importFile(xlsx, TemplateDiffDialog.class);
        assertTrue(d.errors.getText().contains("required answer missing: criterion.c1-benefits.evidence"), d.errors.getText());
        assertTrue(d.errors.getText().contains("row "), "the place in the workbook: " + d.errors.getText());
        assertFalse(d.button(IDialogConstants.OK_ID).isEnabled());
        press(d.button(IDialogConstants.CANCEL_ID));
        assertFalse(f.shell().getText().startsWith("*"));
    }

    @Test
    void aFileThatIsNotATemplateIsExplainedAndNothingChanges() throws Exception {
        Path text = Files.writeString(home.resolve("notes.docx"), "These are my notes, not a Word file.");
        MessageDialog d = importFile(text, MessageDialog.class);
        String message = WorkbenchFixture.findAll(d.getShell(), org.eclipse.swt.widgets.Label.class).stream().map(org.eclipse.swt.widgets.Label::getText)
                .filter(s -> s.contains("notes.docx")).findFirst().orElse("");
        assertTrue(message.contains("Nothing was imported"), message);
        WorkbenchFixture.screenshot(d.getShell(), "import-template-refused");
        d.close();
        assertFalse(f.shell().getText().startsWith("*"));

        // a template made for a case study the project does not have
        Map<String, String> a = new LinkedHashMap<>(TemplateFixtures.mandatory());
        a.put("template.case", "cs-elsewhere");
        MessageDialog other = importFile(returned("cs-liverpool", a), MessageDialog.class);
        String m = WorkbenchFixture.findAll(other.getShell(), org.eclipse.swt.widgets.Label.class).stream().map(org.eclipse.swt.widgets.Label::getText)
                .filter(s -> s.contains("cs-elsewhere")).findFirst().orElse("");
        assertTrue(m.contains("does not have"), m);
        other.close();
        assertFalse(f.shell().getText().startsWith("*"));
        assertEquals("", f.errors.toString(), "a refused file is an expected outcome, not a failure for the error log");
    }

    private static void rename(Path from, Path to, Map<String, String> keys) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (var z = new java.util.zip.ZipFile(from.toFile())) {
            for (var en = z.entries(); en.hasMoreElements();) {
                var e = en.nextElement();
                try (var in = z.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        String xml = new String(parts.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        for (var k : keys.entrySet()) {
            xml = xml.replace(">" + k.getKey() + "<", ">" + k.getValue() + "<");
        }
        parts.put("word/document.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var p : parts.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
    }
}
