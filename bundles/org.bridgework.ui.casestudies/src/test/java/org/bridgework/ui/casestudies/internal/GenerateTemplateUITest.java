package org.bridgework.ui.casestudies.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

import org.bridgework.casestudies.internal.TemplateImporter;
import org.bridgework.casestudies.internal.TemplateWriter;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** Project > Generate Case-Study Template...: for the case study of the active editor, written where the user says. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class GenerateTemplateUITest {

    @TempDir
    Path home;
    WorkbenchFixture f;
    GuidanceProject project;
    final Deque<Path> files = new ArrayDeque<>();
    final Deque<String> suggested = new ArrayDeque<>();

    @BeforeEach
    void open() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        FileChooser chooser = new FileChooser() {
            @Override
            public Path open(Shell shell, String title, String filterName, String... extensions) {
                throw new AssertionError("no file is opened");
            }

            @Override
            public Path save(Shell shell, String title, String suggestedName, String[] filterNames, String... extensions) {
                suggested.add(suggestedName);
                return files.poll();
            }
        };
        f.register(new GenerateTemplateCommand(new TemplateWriter(), chooser), new CaseStudyEditorContribution());
        f.open();
        project = f.openSample().root();
    }

    @AfterEach
    void close() {
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    @Test
    void generatesTheTemplateOfTheCaseStudyInTheEditor() throws Exception {
        assertFalse(f.menuItem("Project", "Generate Case-Study Template...").isEnabled(), "no case study selected");
        CaseStudy cs = TemplateFixtures.caseStudy(project, "cs-north-london");
        f.openEditor(cs);
        Path out = home.resolve("out/north-london.docx");
        Files.createDirectories(out.getParent());
        files.add(out);
        f.menu("Project", "Generate Case-Study Template...");
        assertEquals("cs-north-london-template.docx", suggested.poll());
        waitFor("the template is written", 10_000, () -> Files.isRegularFile(out));
        assertEquals("cs-north-london", new TemplateImporter().read(out).caseStudyId(), "the template carries the case study's id");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
        assertFalse(f.shell().getText().startsWith("*"), "generating changes nothing in the project");
        f.screenshot("generate-template");

        // a workbook when the name ends in .xlsx
        Path xlsx = home.resolve("out/north-london.xlsx");
        files.add(xlsx);
        f.menu("Project", "Generate Case-Study Template...");
        waitFor("the workbook is written", 10_000, () -> Files.isRegularFile(xlsx));
        try (var z = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertTrue(z.getEntry("xl/worksheets/sheet1.xml") != null, "an XLSX workbook");
        }
        assertEquals("cs-north-london", new TemplateImporter().read(xlsx).caseStudyId());

        // a folder that does not exist: explained, nothing written
        Path nowhere = home.resolve("missing/folder/t.docx");
        files.add(nowhere);
        f.menu("Project", "Generate Case-Study Template...");
        waitFor("an error dialog", 10_000, () -> Stream.of(f.shell().getDisplay().getShells())
                .anyMatch(s -> s.isVisible() && s.getText().equals(GenerateTemplateCommand.TITLE)));
        Shell error = Stream.of(f.shell().getDisplay().getShells()).filter(s -> s.getText().equals(GenerateTemplateCommand.TITLE)).findFirst().orElseThrow();
        assertTrue(WorkbenchFixture.findAll(error, org.eclipse.swt.widgets.Label.class).stream()
                .anyMatch(l -> l.getText().contains("could not be written") && l.getText().contains("Choose another folder")));
        error.close();
        assertFalse(Files.exists(nowhere));
    }
}
