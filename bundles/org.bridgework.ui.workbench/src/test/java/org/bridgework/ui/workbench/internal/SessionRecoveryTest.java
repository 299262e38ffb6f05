package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectChangedOnDiskException;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.GuidancePackage;
import org.bridgework.team.api.ElementChange;
import org.bridgework.team.internal.ModelMergeImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's recovery and compare without a window: the journal's base, restore after a later save, Compare. */
class SessionRecoveryTest {
    @TempDir
    Path dir;
    Path file;
    RecoveryJournal journal;
    Session session;

    private static final RecoveryJournal.Scheduler NEVER = new RecoveryJournal.Scheduler() {
        @Override
        public void later(int delayMillis, Runnable task) {
        }

        @Override
        public void cancel(Runnable task) {
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("guidance.guidance");
        try (InputStream sample = getClass().getResourceAsStream("/samples/he-nhs-partnerships.guidance")) {
            Files.copy(sample, file);
        }
        ErrorLog log = new ErrorLog(new PrintWriter(new StringWriter(), true));
        journal = new RecoveryJournal(dir.resolve("recovery"), NEVER, log, 1000);
        ProjectServiceImpl service = new ProjectServiceImpl();
        session = new Session(() -> Optional.of(service), journal, log);
    }

    @AfterEach
    void tearDown() {
        session.close();
        journal.close();
    }

    private void edit(String title) {
        Project p = session.project().orElseThrow();
        assertTrue(session.execute(SetCommand.create(p.editingDomain(), p.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__TITLE, title)));
    }

    @Test
    void compareListsWhatDiffersFromTheFileOnDiskAndChangesNothing() throws Exception {
        session.open(file);
        edit("My title");
        Files.writeString(file, Files.readString(file).replace("title=\"Unclear roles and responsibilities\"", "title=\"Who does what\""));
        String onDisk = Files.readString(file);
        ModelMergeImpl diff = new ModelMergeImpl();
        List<String> lines = session.compareWithDisk((older, mine) -> diff.diff(older, mine).stream().map(ElementChange::phrase).toList());
        assertTrue(lines.contains("project changed (title)"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("ch-roles") && l.contains("title")), lines.toString());
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
        Files.writeString(file, Files.readString(file).replace("title=\"Unclear roles and responsibilities\"", "title=\"Who does what\""));
        String theirs = Files.readString(file);
        entry = journal.find(file).orElseThrow();
        assertTrue(entry.fileChangedSince());
        session.restore(entry);
        assertEquals("Journalled", session.project().orElseThrow().root().getTitle());
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
        new RecoveryJournal(recovery, NEVER, new ErrorLog(new PrintWriter(new StringWriter(), true)), 1000).close();
        assertEquals(0, RecoveryJournal.strays(recovery));
        assertTrue(Files.exists(recovery.resolve("kept.guidance")), "a complete entry stays");
    }
}
