package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectSession;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.model.GuidancePackage;
import org.bridgework.team.api.ElementChange;
import org.bridgework.team.internal.ModelMergeImpl;
import org.bridgework.ui.api.compare.ProjectComparer;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real "Restore unsaved changes" and "File changed on disk" dialogs (the interactive prompts, JFace message
 * dialogs on a real display) dismissed with Escape, driven through their widgets: Escape traverses from the dialog's
 * focus control as a key press does. Escape must never delete recovered work nor write the file; Compare lists what
 * differs (the team's element diff) and returns to the question.
 */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class RecoveryDialogsUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    Messages messages;
    Path file;

    @BeforeEach
    void setUp() throws Exception {
        ESCAPE_FAILED.clear();
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        messages = Messages.load(Locale.ROOT);
        WorkbenchWindow.Services test = f.services();
        // the desktop's dialogs, not the test's answers
        f.window = new WorkbenchWindow(new WorkbenchWindow.Services(test.messages(), test.about(), test.registry(), test.projects(), test.validation(),
                test.paths(), Prompts.interactive(messages), test.log()));
        f.window.setBlockOnOpen(false);
        f.window.open();
        WorkbenchFixture.settle();
        file = home.resolve("guidance.guidance");
        try (InputStream sample = getClass().getResourceAsStream("/samples/he-nhs-partnerships.guidance")) {
            Files.copy(sample, file);
        }
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Steps run on the UI thread while a dialog's own event loop runs: each waits for a dialog by its title, then acts. */
    private static final class Driver {
        private final Deque<String> titles = new ArrayDeque<>();
        private final Deque<Consumer<Shell>> actions = new ArrayDeque<>();
        final List<String> seen = new ArrayList<>();

        Driver then(String title, Consumer<Shell> action) {
            titles.add(title);
            actions.add(action);
            return this;
        }

        void start() {
            Display.getCurrent().timerExec(50, this::poll);
        }

        boolean done() {
            return titles.isEmpty();
        }

        private void poll() {
            if (titles.isEmpty()) {
                return;
            }
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell.isVisible() && titles.peek().equals(shell.getText())) {
                    titles.poll();
                    seen.add(shell.getText() + ": " + buttons(shell));
                    actions.poll().accept(shell);
                    break;
                }
                if (shell.isVisible() && shell.getParent() != null && shell.getData("unexpected") == null) {
                    // a dialog the test did not expect (an error): note what it says and close it, so the test fails instead of hanging
                    shell.setData("unexpected", Boolean.TRUE);
                    seen.add("unexpected " + shell.getText() + ": " + WorkbenchFixture.findAll(shell, org.eclipse.swt.widgets.Label.class).stream()
                            .map(org.eclipse.swt.widgets.Label::getText).toList());
                    shell.close();
                    break;
                }
            }
            Display.getCurrent().timerExec(50, this::poll);
        }
    }

    /**
     * Escape as the keyboard gives it: SWT offers the escape traversal to the focus control (the dialog's default
     * button) and then to each of its parents up to the shell, which closes (a button alone does not take it: the
     * test once traversed the button only and passed or failed with where the focus happened to be).
     */
    private static void escape(Shell dialog) {
        Control focus = dialog.getDisplay().getFocusControl();
        Control from = focus != null && focus.getShell() == dialog ? focus : dialog;
        for (Control control = from; control != null; control = control == dialog ? null : control.getParent()) {
            if (control.traverse(SWT.TRAVERSE_ESCAPE)) {
                return;
            }
        }
        ESCAPE_FAILED.add(dialog.getText() + " (from " + from + ")");
        dialog.close();
    }

    /** Dialogs that Escape did not close (asserted after the event loop, where a failure cannot be swallowed). */
    private static final List<String> ESCAPE_FAILED = new ArrayList<>();

    private static void press(Shell dialog, String label) {
        for (Button button : WorkbenchFixture.findAll(dialog, Button.class)) {
            if (WorkbenchFixture.plain(button.getText()).equals(label)) {
                button.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        fail("no button " + label + " in " + buttons(dialog));
    }

    /** The dialog's buttons, sorted (GTK puts the default button last). */
    private static List<String> buttons(Shell dialog) {
        return WorkbenchFixture.findAll(dialog, Button.class).stream().map(b -> WorkbenchFixture.plain(b.getText())).sorted().toList();
    }

    private void edit(String title) {
        Project project = f.window.session().project().orElseThrow();
        assertTrue(f.window.session().execute(SetCommand.create(project.editingDomain(), project.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__TITLE, title)));
    }

    @Test
    void escapeOnRestoreUnsavedChangesKeepsTheRecoveredWorkForNextTime() throws Exception {
        ProjectSession session = f.window.session();
        session.open(file);
        edit("Recovered title");
        RecoveryJournal journal = f.window.journal();
        journal.writeNow(session);
        journal.flush();
        session.abandon(); // as a crash leaves it: the journal holds the edit, nothing is open
        RecoveryJournal.Entry entry = journal.find(file).orElseThrow();
        String recovered = Files.readString(entry.journal());

        Driver driver = new Driver().then(messages.get("prompt.restore.title"), RecoveryDialogsUITest::escape);
        driver.start();
        f.window.files().offerRecovery();
        assertTrue(driver.done(), "the restore question was shown: " + driver.seen);
        assertEquals(List.of(), ESCAPE_FAILED, "Escape closed every dialog");
        assertEquals(List.of(messages.get("prompt.restore.title") + ": [Discard, Later, Restore]"), driver.seen);
        assertTrue(session.project().isEmpty(), "nothing restored");
        assertEquals(recovered, Files.readString(journal.find(file).orElseThrow().journal()), "the recovered work is kept as it was");

        // offered again; this time Restore brings the edit back
        new Driver().then(messages.get("prompt.restore.title"), d -> press(d, "Restore")).start();
        f.window.files().offerRecovery();
        assertEquals("Recovered title", session.project().orElseThrow().root().getTitle());
        assertTrue(session.isDirty(), "restored changes are unsaved");
    }

    @Test
    void escapeOnFileChangedOnDiskWritesNothingAndCompareListsTheDifferencesThenAsksAgain() throws Exception {
        ModelMergeImpl diff = new ModelMergeImpl();
        ProjectComparer comparer = (onDisk, mine) -> diff.diff(onDisk, mine).stream().map(ElementChange::phrase).toList();
        f.registry.add(ContributionRegistry.Kind.COMPARER, comparer);
        ProjectSession session = f.window.session();
        session.open(file);
        edit("My title");
        // someone else changes the file meanwhile
        String theirs = Files.readString(file).replace("title=\"Unclear roles and responsibilities\"", "title=\"Who does what\"");
        assertFalse(theirs.equals(Files.readString(file)));
        Files.writeString(file, theirs);
        String onDisk = Files.readString(file);

        List<String> differences = new ArrayList<>();
        Driver driver = new Driver()
                .then(messages.get("prompt.changedOnDisk.title"), d -> press(d, "Compare"))
                .then(messages.get("prompt.compare.title"), d -> {
                    WorkbenchFixture.findAll(d, Text.class).stream().filter(t -> "differences".equals(t.getData("name")))
                            .forEach(t -> differences.add(t.getText()));
                    escape(d);
                })
                .then(messages.get("prompt.changedOnDisk.title"), RecoveryDialogsUITest::escape);
        driver.start();
        assertFalse(f.window.files().save(), "not saved");
        assertTrue(driver.done(), "asked, compared, asked again: " + driver.seen);
        assertEquals(List.of(), ESCAPE_FAILED, "Escape closed every dialog");
        assertEquals(messages.get("prompt.changedOnDisk.title") + ": [Cancel, Compare, Overwrite, Reload]", driver.seen.get(0));
        assertEquals(1, differences.size(), "the differences are listed: " + driver.seen);
        // from the file's version to this one: the project's title here, the challenge's title there
        assertTrue(differences.get(0).contains("project changed (title)") && differences.get(0).contains("ch-roles changed (title)"), differences.get(0));
        assertEquals(onDisk, Files.readString(file), "Escape wrote nothing: the other version is kept");
        assertTrue(session.isDirty(), "and the unsaved changes here stay open");
        assertEquals("My title", session.project().orElseThrow().root().getTitle());

        // Overwrite is explicit: then the file holds this version
        new Driver().then(messages.get("prompt.changedOnDisk.title"), d -> press(d, "Overwrite")).start();
        assertTrue(f.window.files().save());
        assertTrue(Files.readString(file).contains("title=\"My title\""));
    }
}
