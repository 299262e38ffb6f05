package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.model.Challenge;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl service = new ProjectServiceImpl();

    private Project saved(String name) throws IOException {
        Project project = service.create(dir.resolve(name), "test-project", "Test project");
        TestProjects.fill(project.root());
        service.save(project);
        return project;
    }

    @Test
    void roundTripKeepsEveryValueAndReference() throws Exception {
        Path file;
        GuidanceProject original;
        try (Project project = saved("p.guidance")) {
            file = project.file();
            original = EcoreUtil.copy(project.root());
        }
        try (Project reopened = service.open(file)) {
            assertTrue(EcoreUtil.equals(original, reopened.root()), "the reopened project equals what was saved");
            Challenge roles = reopened.root().getChallenges().get(0);
            assertTrue(reopened.root().getSolutions().get(0).getAddresses().contains(roles), "references resolve to the loaded objects");
            assertEquals(1, reopened.root().getFormatVersion());
            assertFalse(reopened.isDirty());
        }
    }

    @Test
    void fileIsUtf8XmiWithFormatVersionOneAttributePerLineNoTimestamp() throws Exception {
        try (Project project = saved("p.guidance")) {
            project.root().setTitle("Café – “quoted” title");
            service.save(project);
            String xml = Files.readString(project.file(), StandardCharsets.UTF_8);
            assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml.substring(0, 60));
            assertTrue(xml.contains("\n    formatVersion=\"1\"\n"), "formatVersion on a line of its own");
            assertTrue(xml.contains("\n    title=\"Café – “quoted” title\""), "UTF-8 text as is");
            assertTrue(xml.contains("xmlns:guidance=\"" + GuidancePackage.eNS_URI + "\""));
            assertFalse(xml.contains("\r"), "\\n line ends only");
            assertFalse(xml.contains("schemaLocation"));
            for (String line : xml.split("\n")) {
                long attributes = line.chars().filter(c -> c == '=').count();
                assertTrue(attributes <= 1 || line.startsWith("<?xml"), "at most one attribute per line: " + line);
            }
        }
    }

    @Test
    void savingAnUnchangedProjectGivesIdenticalBytes() throws Exception {
        Path file;
        try (Project project = saved("p.guidance")) {
            file = project.file();
        }
        byte[] first = Files.readAllBytes(file);
        try (Project reopened = service.open(file)) {
            service.save(reopened);
        }
        assertArrayEquals(first, Files.readAllBytes(file), "re-saving an unchanged project gives the same bytes");
        try (Project again = service.open(file)) {
            service.save(again);
            service.save(again);
        }
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void changingOneAttributeChangesOneLine() throws Exception {
        Path file;
        try (Project project = saved("p.guidance")) {
            file = project.file();
        }
        List<String> before = Files.readAllLines(file);
        try (Project project = service.open(file)) {
            Challenge challenge = project.root().getChallenges().get(1);
            challenge.setTitle("Data sharing between the university and the trust, which is a much longer title than before");
            service.save(project);
        }
        List<String> after = Files.readAllLines(file);
        assertEquals(before.size(), after.size(), "same number of lines");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(after.get(i));
            }
        }
        assertEquals(1, changed.size(), "one line differs: " + changed);
        assertTrue(changed.get(0).contains("much longer title"));
    }

    @Test
    void atomicSaveLeavesNoTemporaryFileAndKeepsTheOldVersionAsBak() throws Exception {
        try (Project project = saved("p.guidance")) {
            Path bak = dir.resolve("p.guidance" + ProjectService.BACKUP_SUFFIX);
            assertFalse(Files.exists(bak), "no backup for a file that did not exist");
            byte[] first = Files.readAllBytes(project.file());
            project.root().setTitle("Second title");
            service.save(project);
            assertArrayEquals(first, Files.readAllBytes(bak), "the previous version is kept as .bak");
            assertTrue(Files.readString(project.file()).contains("Second title"));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of("p.guidance", "p.guidance.bak"), files.map(f -> f.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void saveKeepsFilePermissions() throws Exception {
        try (Project project = saved("p.guidance")) {
            Files.setPosixFilePermissions(project.file(), PosixFilePermissions.fromString("rw-r-----"));
            project.root().setTitle("Changed");
            service.save(project);
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(project.file())));
        }
    }

    @Test
    void failedSaveWhenTheBackupCannotBeWrittenLeavesTheOldFileIntact() throws Exception {
        try (Project project = saved("p.guidance")) {
            byte[] before = Files.readAllBytes(project.file());
            Path bak = Files.createDirectories(dir.resolve("p.guidance.bak"));
            Files.writeString(bak.resolve("keep"), "a folder in the way");
            project.root().setTitle("Never written");
            IOException e = assertThrows(IOException.class, () -> service.save(project));
            assertTrue(e.getMessage().contains("p.guidance.bak") && e.getMessage().contains("not changed"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(project.file()));
            assertNoTemporaryFiles();
            assertTrue(project.isDirty(), "still needs saving");
        }
    }

    @Test
    void failedSaveWhileWritingLeavesTheOldFileIntact() throws Exception {
        ProjectWriter diskFull = new ProjectWriter() {
            @Override
            OutputStream wrap(OutputStream out) {
                return new FilterOutputStream(out) {
                    long written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > 500) {
                            throw new IOException("No space left on device");
                        }
                        super.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        for (int i = 0; i < len; i++) {
                            write(b[off + i]);
                        }
                    }
                };
            }
        };
        ProjectServiceImpl failing = new ProjectServiceImpl(new GuidanceResourceFactory(), ProjectService.DEFAULT_MAX_FILE_BYTES,
                ProjectService.FORMAT_VERSION, diskFull);
        Path file;
        try (Project project = saved("p.guidance")) {
            file = project.file();
        }
        byte[] before = Files.readAllBytes(file);
        try (Project project = failing.open(file)) {
            project.root().setTitle("Never written");
            IOException e = assertThrows(IOException.class, () -> failing.save(project));
            assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("was not changed"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("p.guidance.bak")), "no backup made by a failed save");
        assertNoTemporaryFiles();
    }

    @Test
    void failedSaveInAnUnwritableFolderLeavesTheOldFileIntact() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ro"));
        Path file;
        try (Project project = service.create(folder.resolve("p.guidance"), "p", "P")) {
            service.save(project);
            file = project.file();
        }
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "root ignores folder permissions: covered by the other failed-save tests");
            try (Project project = service.open(file)) {
                project.root().setTitle("Never written");
                IOException e = assertThrows(IOException.class, () -> service.save(project));
                assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
            }
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void savingAReferenceToADeletedElementFailsClearlyAndChangesNothing() throws Exception {
        try (Project project = saved("p.guidance")) {
            byte[] before = Files.readAllBytes(project.file());
            Challenge detached = GuidanceFactory.eINSTANCE.createChallenge();
            detached.setId("ch-gone");
            project.root().getSolutions().get(0).getAddresses().add(detached);
            IOException e = assertThrows(IOException.class, () -> service.save(project));
            assertTrue(e.getMessage().contains("no longer in the project"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(project.file()));
            assertNoTemporaryFiles();
        }
    }

    @Test
    void createNeverReplacesAFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("x.guidance"), "keep");
        assertThrows(FileAlreadyExistsException.class, () -> service.create(existing, "x", "X"));
        assertEquals("keep", Files.readString(existing));
    }

    @Test
    void undoingBackToTheSavePointIsCleanButAChangeOutsideCommandsStaysDirty() throws Exception {
        try (Project project = service.create(dir.resolve("u.guidance"), "u", "Undo")) {
            service.save(project);
            var stack = project.editingDomain().getCommandStack();
            stack.execute(SetCommand.create(project.editingDomain(), project.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__TITLE, "Renamed"));
            assertTrue(project.isDirty());
            stack.undo();
            assertFalse(project.isDirty(), "back at the save point");
            stack.redo();
            assertTrue(project.isDirty());
            stack.undo();
            // a change the stack does not know about (an import writing the model directly) survives undo and redo
            project.root().setTitle("Changed directly");
            assertTrue(project.isDirty());
            stack.redo();
            stack.undo();
            assertTrue(project.isDirty(), "the direct change still needs saving");
            service.save(project);
            assertFalse(project.isDirty());
        }
    }

    @Test
    void newProjectIsDirtyUntilSavedAndCommandsMakeItDirty() throws Exception {
        try (Project project = service.create(dir.resolve("n.guidance"), "n", "New")) {
            assertTrue(project.isDirty());
            assertFalse(Files.exists(project.file()), "nothing written before save");
            service.save(project);
            assertFalse(project.isDirty());
            Command set = SetCommand.create(project.editingDomain(), project.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__TITLE, "Renamed");
            project.editingDomain().getCommandStack().execute(set);
            assertEquals("Renamed", project.root().getTitle());
            assertTrue(project.isDirty());
            assertTrue(project.editingDomain().getCommandStack().canUndo());
            project.editingDomain().getCommandStack().undo();
            assertEquals("New", project.root().getTitle());
            service.save(project);
            assertFalse(project.isDirty());
        }
    }

    @Test
    void saveAsMovesTheProjectToTheNewFile() throws Exception {
        try (Project project = saved("a.guidance")) {
            byte[] a = Files.readAllBytes(project.file());
            service.saveAs(project, dir.resolve("b.guidance"));
            assertEquals(dir.resolve("b.guidance"), project.file());
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("b.guidance")));
            project.root().setTitle("Only in b");
            service.save(project);
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("a.guidance")), "a is left alone");
            assertNotEquals(new String(a), Files.readString(dir.resolve("b.guidance")));
        }
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> temps = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temps, "no temporary file left behind");
        }
    }
}
