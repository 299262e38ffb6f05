package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.ui.workbench.internal.views.ProblemsView;
import org.bridgework.ui.workbench.internal.views.ProjectExplorerView;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Help menu: User Guide and F1 (the real view-to-section mapping; only the opener is a stub), Key Assist,
 * Report a Problem... (a real zip whose entries are checked) and About.
 */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class HelpMenuUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("bridgework.test.nonBlockingDialogs", "true");
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        Files.createDirectories(home.resolve("product/doc"));
        Files.writeString(home.resolve("product/doc/user-guide.html"), "<!doctype html><title>Guide</title>");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("bridgework.test.nonBlockingDialogs");
        if (f.window != null && f.window.dialogs().reportProblemDialog != null && f.window.dialogs().reportProblemDialog.getShell() != null) {
            f.window.dialogs().reportProblemDialog.close();
        }
        f.close();
    }

    private void stubOpener() {
        f.window.dialogs().userGuide = new UserGuide(home.resolve("product"), f.shell());
        f.window.dialogs().userGuide.opener = uri -> opened.add(uri);
    }

    @Test
    void helpHasTheGuideKeyAssistReportAProblemAndAbout() throws Exception {
        f.open();
        List<String> help = WorkbenchFixture.texts(f.menuItem("Help").getMenu());
        assertEquals(List.of("Welcome", "User Guide", "Key Assist...", "Report a Problem...", "About Bridgework"), help);
        assertEquals(SWT.F1, f.menuItem("Help", "User Guide").getAccelerator());
        assertEquals(SWT.MOD1 | SWT.SHIFT | 'L', f.menuItem("Help", "Key Assist...").getAccelerator());
        assertTrue(f.window.keyBindings().stream().anyMatch(b -> b.keys().equals("F1")), f.window.keyBindings().toString());
    }

    @Test
    void f1OpensTheSectionOfTheActiveView() throws Exception {
        f.open();
        stubOpener();
        f.openSample();
        f.showView(ProblemsView.ID, Object.class);
        assertEquals(ProblemsView.ID, f.window.stacks().active().id);
        pressF1();
        assertEquals(1, opened.size(), "F1 opened " + opened);
        assertTrue(opened.get(0).endsWith("/product/doc/user-guide.html#troubleshooting"), opened.get(0));

        f.showView(ProjectExplorerView.ID, Object.class);
        f.menu("Help", "User Guide");
        assertTrue(opened.get(1).endsWith("#common-views"), opened.get(1));
    }

    @Test
    void withoutTheGuideItSaysWhereItShouldBe() throws Exception {
        f.open();
        f.window.dialogs().userGuide = new UserGuide(home.resolve("nowhere"), f.shell());
        f.window.dialogs().userGuide.opener = uri -> opened.add(uri);
        f.menu("Help", "User Guide");
        assertTrue(opened.isEmpty());
        assertTrue(f.prompts.errors.stream().anyMatch(e -> e.contains("nowhere")), f.prompts.errors.toString());
    }

    /** F1 as the keyboard sends it (through the display, to the focused control in the active view). */
    private void pressF1() {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = SWT.F1;
        f.shell().getDisplay().post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = SWT.F1;
        f.shell().getDisplay().post(up);
        WorkbenchFixture.waitFor("F1 to open the guide", 3000, () -> !opened.isEmpty());
    }

    @Test
    void reportAProblemWritesLogsAndEnvironmentAndTheProjectOnlyWhenTicked() throws Exception {
        Files.createDirectories(home.resolve("cache/log"));
        Files.writeString(home.resolve("cache/log/workbench.log"), "a view failed\n");
        f.open();
        Path file = home.resolve("mine.guidance");
        try (Project created = f.projects.create(file, "mine", "Mine")) {
            f.projects.save(created);
        }
        f.window.files().open(file);
        WorkbenchFixture.settle();

        f.menu("Help", "Report a Problem...");
        ReportProblemDialog dialog = f.window.dialogs().reportProblemDialog;
        assertNotNull(dialog);
        assertFalse(dialog.includeProject.getSelection(), "no project content unless chosen");
        assertTrue(dialog.includeProject.isEnabled());
        WorkbenchFixture.screenshot(dialog.getShell(), "report-problem");
        Path zip = home.resolve("out/report.zip");
        dialog.location.setText(zip.toString());
        press(dialog, IDialogConstants.OK_ID);
        Map<String, String> entries = ProblemReportsTestAccess.read(zip);
        assertEquals(List.of("README.txt", "environment.txt", "bundles.txt", "logs/workbench.log"), new ArrayList<>(entries.keySet()));
        assertTrue(entries.get("logs/workbench.log").contains("a view failed"));
        assertTrue(entries.get("environment.txt").contains("Bridgework 0.1.0"), entries.get("environment.txt"));

        f.menu("Help", "Report a Problem...");
        dialog = f.window.dialogs().reportProblemDialog;
        Path withProject = home.resolve("out/with-project"); // ".zip" is added
        dialog.location.setText(withProject.toString());
        dialog.includeProject.setSelection(true);
        press(dialog, IDialogConstants.OK_ID);
        entries = ProblemReportsTestAccess.read(home.resolve("out/with-project.zip"));
        assertTrue(entries.containsKey("project/mine.guidance"), entries.keySet().toString());
        assertTrue(entries.get("project/mine.guidance").contains("id=\"mine\""));
    }

    @Test
    void aboutShowsCommitRuntimeLogsAndContexts() throws Exception {
        Files.writeString(Files.createDirectories(home.resolve("product")).resolve("product.properties"), "version=0.1.0\ncommit=abc123def456\n");
        f.open();
        f.menu("Help", "About Bridgework");
        org.eclipse.swt.widgets.Shell about = java.util.Arrays.stream(f.shell().getShells()).filter(s -> s.getText().equals("About Bridgework")).findFirst().orElseThrow();
        String text = String.join("\n", WorkbenchFixture.findAll(about, org.eclipse.swt.widgets.Label.class).stream().map(org.eclipse.swt.widgets.Label::getText).toList());
        WorkbenchFixture.screenshot(about, "about");
        about.close();
        assertTrue(text.contains("abc123def456"), text);
        assertTrue(text.contains("Logs: " + home.resolve("cache/log")), text);
        assertTrue(text.contains("No local context is installed."), text);
        assertTrue(text.contains("Java "), text);
    }

    private static void press(org.eclipse.jface.dialogs.Dialog dialog, int id) {
        Button button = WorkbenchFixture.findAll(dialog.getShell(), Button.class).stream()
                .filter(b -> Integer.valueOf(id).equals(b.getData())).findFirst().orElseThrow();
        button.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
    }

    /** The zip reader of the core's test, here without its test-jar. */
    static final class ProblemReportsTestAccess {
        static Map<String, String> read(Path zip) throws Exception {
            Map<String, String> entries = new java.util.LinkedHashMap<>();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                    entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return entries;
        }
    }

}
