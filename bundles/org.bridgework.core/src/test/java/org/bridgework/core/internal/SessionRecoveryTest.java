package org.bridgework.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectChangedOnDiskException;
import org.bridgework.core.api.ProjectSession;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.core.api.SessionListener;
import org.bridgework.core.api.SessionLog;
import org.bridgework.model.GuidancePackage;
import org.bridgework.testsupport.TestProjects;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session and its crash-recovery journal without a window or a display (they moved from the workbench to core
 * for this): the journal's delay, its base, restore after a later save, Compare, the sweep of half-written files.
 */
class SessionRecoveryTest {
    private static final String TITLE = "title=\"Test project\"";

    @TempDir
    Path dir;
    Path file;
    RecoveryJournal journal;
    ProjectSession session;
    final List<String> logged = new ArrayList<>();
    final ManualScheduler scheduler = new ManualScheduler();

    /** The UI thread's timer stood in for: tasks run when the test says. */
    static final class ManualScheduler implements RecoveryJournal.Scheduler {
        final List<Runnable> due = new ArrayList<>();

        @Override
        public void later(int delayMillis, Runnable task) {
            due.add(task);
        }

        @Override
        public void cancel(Runnable task) {
            due.remove(task);
        }

        void runDue() {
            List<Runnable> now = List.copyOf(due);
            due.clear();
            now.forEach(Runnable::run);
        }
    }

    final SessionLog log = new SessionLog() {
        @Override
        public void error(String what, Throwable e) {
            logged.add(what + ": " + e);
        }

        @Override
        public void warn(String message) {
            logged.add(message);
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        ProjectServiceImpl service = new ProjectServiceImpl();
        try (Project project = service.create(dir.resolve("guidance.guidance"), "test-project", "Test project")) {
            TestProjects.fill(project.root());
            service.save(project);
            file = project.file();
        }
        journal = new RecoveryJournal(dir.resolve("recovery"), scheduler, log, 1000);
        session = new ProjectSession(() -> Optional.of(service), journal, log);
    }

    @AfterEach
    void tearDown() {
        session.close();
        journal.close();
        assertEquals(List.of(), logged, "nothing went wrong on the way");
    }

    private void edit(String title) {
        Project p = session.project().orElseThrow();
        assertTrue(session.execute(SetCommand.create(p.editingDomain(), p.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__TITLE, title)));
    }

    @Test
    void theJournalHoldsExactlyWhatTheProjectsResourceWritesThoughItIsSerialisedFromACopy() throws Exception {
        session.open(file);
        edit("Journalled from a copy");
        Project p = session.project().orElseThrow();
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        boolean modified = p.resource().isModified();
        p.resource().save(expected, null);
        p.resource().setModified(modified);
        scheduler.runDue();
        // an edit right after the copy is made does not reach this write
        edit("Edited after the copy");
        journal.flush();
        byte[] journalled = Files.readAllBytes(journal.find(file).orElseThrow().journal());
        assertEquals(new String(expected.toByteArray(), java.nio.charset.StandardCharsets.UTF_8),
                new String(journalled, java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected.toByteArray(), journalled);
    }

    @Test
    void aChangeIsJournalledWhenTheDelayRunsOutAndSavingOrUndoingForgetsIt() throws Exception {
        List<String> told = new ArrayList<>();
        session.addListener(new SessionListener() {
            @Override
            public void projectChanged(Project project) {
                told.add("changed " + project.root().getTitle());
            }

            @Override
            public void projectSaved(Project project) {
                told.add("saved");
            }
        });
        session.open(file);
        edit("Journalled");
        assertTrue(session.isDirty());
        assertEquals(1, scheduler.due.size(), "the write waits for the delay");
        journal.flush();
        assertTrue(journal.find(file).isEmpty(), "nothing written before the delay runs out");
        scheduler.runDue();
        journal.flush();
        RecoveryJournal.Entry entry = journal.find(file).orElseThrow();
        assertFalse(entry.temporary());
        assertTrue(Files.readString(entry.journal()).contains("title=\"Journalled\""), "the copy holds the unsaved change");
        assertEquals(List.of(entry), journal.entries());

        session.commandStack().undo();
        journal.flush();
        assertFalse(session.isDirty());
        assertTrue(journal.find(file).isEmpty(), "undone back to the saved state: nothing left to recover");

        edit("Saved");
        scheduler.runDue();
        session.save();
        journal.flush();
        assertTrue(journal.find(file).isEmpty(), "saved: the entry is gone");
        assertEquals(List.of("changed Journalled", "changed Test project", "changed Saved", "saved"), told);
        assertEquals(0, RecoveryJournal.strays(journal.folder()));
    }

    @Test
    void compareListsWhatDiffersFromTheFileOnDiskAndChangesNothing() throws Exception {
        session.open(file);
        edit("My title");
        Files.writeString(file, Files.readString(file).replace(TITLE, "title=\"Who does what\""));
        String onDisk = Files.readString(file);
        List<String> lines = session.compareWithDisk((older, mine) -> List.of(older.getTitle() + " -> " + mine.getTitle()));
        assertEquals(List.of("Who does what -> My title"), lines);
        assertEquals(onDisk, Files.readString(file));
        assertEquals("My title", session.project().orElseThrow().root().getTitle());
    }

    @Test
    void aJournalEntryKnowsWhenTheFileWasSavedAfterItAndRestoringThenAsksBeforeOverwriting() throws Exception {
        session.open(file);
        edit("Journalled");
        journal.writeNow(session);
        journal.flush();
        RecoveryJournal.Entry entry = journal.find(file).orElseThrow();
        assertFalse(entry.fileChangedSince(), "the file is the one the changes were made on");
        session.abandon();
        // someone saves the file meanwhile
        Files.writeString(file, Files.readString(file).replace(TITLE, "title=\"Who does what\""));
        String theirs = Files.readString(file);
        entry = journal.find(file).orElseThrow();
        assertTrue(entry.fileChangedSince());
        session.restore(entry);
        assertEquals("Journalled", session.project().orElseThrow().root().getTitle());
        assertTrue(session.isDirty(), "restored changes are unsaved");
        assertThrows(ProjectChangedOnDiskException.class, () -> session.save(), "keep both: the first save asks");
        assertEquals(theirs, Files.readString(file));
        session.save(true);
        assertTrue(Files.readString(file).contains("Journalled"));
        journal.flush();
        assertTrue(journal.find(file).isEmpty(), "saved: the journal entry is gone");
        try (var tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertFalse(tmp.anyMatch(p -> p.getFileName().toString().startsWith("bridgework-recovered") && Files.isDirectory(p)
                    && p.toFile().lastModified() > System.currentTimeMillis() - 60_000 && Files.exists(p.resolve("guidance.guidance"))),
                    "the restored working copy is not left behind");
        }
    }

    @Test
    void partialWritesOfGoneProcessesAndCopiesWithoutADescriptionAreSweptWhenAJournalOpens() throws Exception {
        Path recovery = Files.createDirectories(dir.resolve("swept"));
        Files.writeString(recovery.resolve("abc.guidance.999999999.part"), "half");
        Files.writeString(recovery.resolve("old.guidance.part"), "half");
        Files.writeString(recovery.resolve("orphan.guidance"), "<x/>");
        Files.writeString(recovery.resolve("kept.guidance"), "<x/>");
        Files.writeString(recovery.resolve("kept.properties"), "file=/x\n");
        assertEquals(3, RecoveryJournal.strays(recovery));
        new RecoveryJournal(recovery, scheduler, log, 1000).close();
        assertEquals(0, RecoveryJournal.strays(recovery));
        assertTrue(Files.exists(recovery.resolve("kept.guidance")), "a complete entry stays");
    }
}
