package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.assembly.internal.HtmlRenderer;
import org.bridgework.assembly.internal.MarkdownRenderer;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project &gt; Assemble... in the real workbench window: choose formats and a folder, the job writes the files. */
class AssembleCommandUiTest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    AssembleCommand command;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        command = new AssembleCommand(new AssemblyServiceImpl(List.of(new HtmlRenderer(), new MarkdownRenderer()), null, null, List.of()));
        f.register(command);
        f.open();
        f.openSample();
    }

    @AfterEach
    void tearDown() {
        if (command.lastResult != null && command.lastResult.getShell() != null) {
            command.lastResult.close();
        }
        if (command.lastOptions != null && command.lastOptions.getShell() != null) {
            command.lastOptions.close();
        }
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    private static void press(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle(50);
    }

    @Test
    void assembleFromTheProjectMenuWritesTheChosenFormats() throws Exception {
        assertTrue(f.menuItem("Project", "Assemble...").isEnabled());
        f.menu("Project", "Assemble...");
        WorkbenchFixture.waitFor("the Assemble dialog", 5_000, () -> command.lastOptions != null && command.lastOptions.getShell() != null);
        AssembleCommand.OptionsDialog d = command.lastOptions;
        assertEquals(List.of("html"), d.selectedFormats(), "the formats installed, HTML, Word and PDF chosen by default");
        WorkbenchFixture.screenshot(d.getShell(), "assemble-dialog");

        for (Button b : d.formatButtons) {
            b.setSelection(false);
            b.notifyListeners(SWT.Selection, new Event());
        }
        assertFalse(d.button(IDialogConstants.OK_ID).isEnabled(), "no format, no Assemble");
        assertEquals("Choose at least one format.", d.problem());
        d.formatButtons.forEach(b -> b.setSelection(true));
        d.formatButtons.get(0).notifyListeners(SWT.Selection, new Event());
        Path out = home.resolve("out");
        d.outDir.setText(out.toString());
        d.force.setSelection(true);
        press(d.button(IDialogConstants.OK_ID));

        WorkbenchFixture.waitFor("the assembly to finish", 60_000, () -> command.lastResult != null && command.lastResult.getShell() != null);
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".html")) && names.stream().anyMatch(n -> n.endsWith(".md")), names.toString());
        }
        assertTrue(f.shell().isDisposed() || !f.shell().getText().startsWith("*"), "assembling changes nothing in the project");
        WorkbenchFixture.screenshot(command.lastResult.getShell(), "assemble-done");
    }
}
