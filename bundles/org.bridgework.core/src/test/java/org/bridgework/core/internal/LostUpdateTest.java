package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectChangedOnDiskException;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectLockedException;
import org.bridgework.core.api.ProjectService;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No lost updates: the project lock, the changed-on-disk check, symlinks, read-only files and stray temporary files. */
class LostUpdateTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl service = new ProjectServiceImpl(new GuidanceResourceFactory(), ProjectService.DEFAULT_MAX_FILE_BYTES,
            ProjectService.FORMAT_VERSION, new ProjectWriter(), ProjectService.DEFAULT_MAX_DEPTH, ProjectService.DEFAULT_MAX_VALUE_CHARS,
            Duration.ofMillis(300));

    private Path saved(String name) throws IOException {
        try (Project project = service.create(dir.resolve(name), "test-project", "Test project")) {
            TestProjects.fill(project.root());
            service.save(project);
            return project.file();
        }
    }

    private Path lockFile(Path file) {
        return file.resolveSibling(".~lock." + file.getFileName() + "#");
    }

    private List<String> hiddenTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp")).sorted().toList();
        }
    }

    // ------------------------------------------------------------------ the lock

    @Test
    void aSecondWriterIsRefusedNamingTheHolderAndTheLockGoesWithTheProject() throws Exception {
        Path file = saved("p.guidance");
        try (Project first = service.openForEditing(file, "bridgework import", Duration.ZERO)) {
            assertTrue(Files.isRegularFile(lockFile(file)), "the lock file is beside the project while it is open for editing");
            String lines = Files.readString(lockFile(file));
            assertTrue(lines.contains("pid=" + ProcessHandle.current().pid()) && lines.contains("tool=bridgework import")
                    && lines.contains("user=") && lines.contains("host=") && lines.contains("since="), lines);
            ProjectLoadException refused = assertThrows(ProjectLoadException.class,
                    () -> service.openForEditing(file, "bridgework consensus import", Duration.ZERO));
            assertInstanceOf(ProjectLockedException.class, refused.getCause());
            assertTrue(refused.getMessage().contains("is locked by") && refused.getMessage().contains("process " + ProcessHandle.current().pid())
                    && refused.getMessage().contains("bridgework import"), refused.getMessage());
            assertTrue(service.lockHolder(file).orElseThrow().contains("bridgework import"));
            // reading needs no lock
            try (Project reader = service.open(file)) {
                assertEquals("Test project", reader.root().getTitle());
            }
        }
        assertFalse(Files.exists(lockFile(file)), "closing the project deletes its lock file");
        assertTrue(service.lockHolder(file).isEmpty());
        try (Project second = service.openForEditing(file, "bridgework import", Duration.ZERO)) {
            assertNotNull(second.root());
        }
    }

    @Test
    void aWriterWaitsABoundedTimeThenRefuses() throws Exception {
        Path file = saved("p.guidance");
        try (Project first = service.openForEditing(file, "the workbench", Duration.ZERO)) {
            long start = System.nanoTime();
            ProjectLoadException refused = assertThrows(ProjectLoadException.class,
                    () -> service.openForEditing(file, "bridgework import", Duration.ofMillis(400)));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(waited >= 400 && waited < 5000, "waited " + waited + " ms");
            assertTrue(refused.getMessage().contains("waited 0.4 s"), refused.getMessage());
        }
    }

    @Test
    void aSaveOfAProjectNotOpenForEditingIsRefusedWhileSomeoneElseHoldsTheLock() throws Exception {
        Path file = saved("p.guidance");
        byte[] before = Files.readAllBytes(file);
        try (Project reader = service.open(file); Project editor = service.openForEditing(file, "the workbench", Duration.ZERO)) {
            reader.root().setTitle("Changed by a reader");
            ProjectLockedException refused = assertThrows(ProjectLockedException.class, () -> service.save(reader));
            assertTrue(refused.getMessage().contains("the workbench"), refused.getMessage());
            assertEquals(List.of(), hiddenTemporaryFiles());
        }
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }

    @Test
    void anotherProcessHoldingTheLockIsRefusedAndItsLockIsTakenOverWhenItIsKilled() throws Exception {
        Path file = saved("p.guidance");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolderMain.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertNotNull(line, "the holder process started");
            assertTrue(line.startsWith("held"), line);
            ProjectLoadException refused = assertThrows(ProjectLoadException.class,
                    () -> service.openForEditing(file, "bridgework import", Duration.ofMillis(200)));
            assertTrue(refused.getMessage().contains("process " + holder.pid()) && refused.getMessage().contains("lock test holder"),
                    refused.getMessage());
            holder.destroyForcibly(); // kill -9: its lock file stays, naming a process that is gone
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
            assertTrue(Files.readString(lockFile(file)).contains("pid=" + holder.pid()), "a killed holder leaves its lock file");
            ProjectLock taken = ProjectLock.acquire(file, "bridgework import", Duration.ZERO);
            try {
                assertNotNull(taken.takenOverNote());
                assertTrue(taken.takenOverNote().contains("process " + holder.pid()), taken.takenOverNote());
            } finally {
                taken.close();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aLockFileWhoseHolderReleasedItIsNotATakeOver() throws Exception {
        Path file = saved("p.guidance");
        ProjectLock.acquire(file, "one", Duration.ZERO).close();
        try (ProjectLock again = ProjectLock.acquire(file, "two", Duration.ZERO)) {
            assertNull(again.takenOverNote());
        }
    }

    // ------------------------------------------------------------------ changed on disk

    @Test
    void aSaveIsRefusedWhenTheFileWasChangedOnDiskAndOverwriteReplacesIt() throws Exception {
        Path file = saved("p.guidance");
        try (Project project = service.openForEditing(file, "the workbench", Duration.ZERO)) {
            String other = Files.readString(file).replace("Test project", "Changed by another program");
            Files.writeString(file, other); // someone ignoring the lock (an editor, a sync tool)
            project.root().setTitle("Mine");
            ProjectChangedOnDiskException refused = assertThrows(ProjectChangedOnDiskException.class, () -> service.save(project));
            assertTrue(refused.getMessage().contains("changed on disk") && refused.getMessage().contains(file.toString()), refused.getMessage());
            assertEquals(other, Files.readString(file), "nothing was written");
            assertTrue(project.isDirty());
            service.save(project, true);
            assertTrue(Files.readString(file).contains("Mine"));
            assertTrue(Files.readString(file.resolveSibling("p.guidance.bak")).contains("Changed by another program"),
                    "the overwritten version is the backup");
            project.root().setTitle("Mine again");
            service.save(project); // the file is now as last saved
        }
    }

    @Test
    void aFileReplacedByAnotherAndDeletedIsSeenAndATouchIsNot() throws Exception {
        Path file = saved("p.guidance");
        try (Project project = service.open(file)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60))); // same content
            project.root().setTitle("After a touch");
            service.save(project);
            Path replacement = dir.resolve("other.guidance");
            Files.writeString(replacement, Files.readString(file).replace("After a touch", "Replaced"));
            Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            project.root().setTitle("Lost?");
            assertThrows(ProjectChangedOnDiskException.class, () -> service.save(project));
            Files.delete(file);
            ProjectChangedOnDiskException deleted = assertThrows(ProjectChangedOnDiskException.class, () -> service.save(project));
            assertTrue(deleted.getMessage().contains("deleted or moved"), deleted.getMessage());
            assertFalse(Files.exists(file));
        }
    }

    // ------------------------------------------------------------------ symlinks, read-only files

    @Test
    void aSaveThroughASymbolicLinkWritesTheRealFileAndKeepsTheLink() throws Exception {
        Path real = saved("real.guidance");
        Path folder = Files.createDirectory(dir.resolve("links"));
        Path link = Files.createSymbolicLink(folder.resolve("link.guidance"), real);
        try (Project project = service.openForEditing(link, "the workbench", Duration.ZERO)) {
            assertTrue(Files.exists(lockFile(real)), "the lock is beside the real file, shared by every name of it");
            assertEquals(link.toAbsolutePath().normalize(), project.file());
            project.root().setTitle("Through the link");
            service.save(project);
        }
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).contains("Through the link"), "the real file was written");
        assertTrue(Files.exists(real.resolveSibling("real.guidance.bak")), "the backup is beside the real file");
        try (Stream<Path> inLinks = Files.list(folder)) {
            assertEquals(List.of("link.guidance"), inLinks.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aReadOnlyProjectFileIsRefusedAndNotChanged() throws Exception {
        Path file = saved("p.guidance");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        try (Project project = service.open(file)) {
            project.root().setTitle("Changed");
            IOException refused = assertThrows(IOException.class, () -> service.save(project));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
            assertTrue(project.isDirty());
        }
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(), hiddenTemporaryFiles());
        assertFalse(Files.exists(lockFile(file)));
    }

    // ------------------------------------------------------------------ stray temporary files

    @Test
    void strayTemporaryFilesOfAKilledSaveAreDeletedAtTheNextOpenOnlyOursAndOnlyWithoutAHolder() throws Exception {
        Path file = saved("p.guidance");
        Files.writeString(dir.resolve(".p.guidance.0a1b2c3d.tmp"), "half a save");
        Files.writeString(dir.resolve(".p.guidance.deadbeef.bak.tmp"), "half a backup");
        Files.writeString(dir.resolve(".other.guidance.0a1b2c3d.tmp"), "another project's");
        Files.writeString(dir.resolve(".p.guidance.notours.tmp"), "not our naming");
        try (Project editor = service.openForEditing(dir.resolve("other.guidance"), "x", Duration.ZERO)) {
            // (no such project: nothing opened, nothing cleaned of p)
        } catch (ProjectLoadException expected) {
            // other.guidance does not exist
        }
        // while a holder may be saving, its temporary files are not stray
        ProjectLock holder = ProjectLock.acquire(file, "someone saving", Duration.ZERO);
        try (Project reader = service.open(file)) {
            assertEquals(4, hiddenTemporaryFiles().size());
        } finally {
            holder.close();
        }
        try (Project reader = service.open(file)) {
            assertEquals(List.of(".other.guidance.0a1b2c3d.tmp", ".p.guidance.notours.tmp"), hiddenTemporaryFiles());
        }
        assertFalse(Files.exists(lockFile(file)), "the brief lock taken to clean up is gone");
    }
}
