package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.FormatMigration;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectService;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The migration hook, with a fake: pretend the current format is 3, and that versions 1 and 2 called a challenge's title
 * {@code name} (1 → 2 renames it to {@code heading}, 2 → 3 to {@code title}).
 */
class MigrationTest {

    @TempDir
    Path dir;

    static final class Rename implements FormatMigration {
        final int from;
        final String oldName;
        final String newName;
        final List<Integer> log;

        Rename(int from, String oldName, String newName, List<Integer> log) {
            this.from = from;
            this.oldName = oldName;
            this.newName = newName;
            this.log = log;
        }

        @Override
        public int fromVersion() {
            return from;
        }

        @Override
        public void migrate(Document document) {
            log.add(from);
            NodeList challenges = document.getDocumentElement().getElementsByTagName("challenges");
            for (int i = 0; i < challenges.getLength(); i++) {
                Element challenge = (Element) challenges.item(i);
                if (challenge.hasAttribute(oldName)) {
                    challenge.setAttribute(newName, challenge.getAttribute(oldName));
                    challenge.removeAttribute(oldName);
                }
            }
        }
    }

    private Path oldFile() throws Exception {
        ProjectServiceImpl current = new ProjectServiceImpl();
        try (Project project = current.create(dir.resolve("old.guidance"), "old", "Old")) {
            TestProjects.fill(project.root());
            current.save(project);
        }
        Path file = dir.resolve("old.guidance");
        String xml = Files.readString(file).replace("formatVersion=\"1\"", "formatVersion=\"1\"")
                .replace("title=\"Roles are unclear\"", "name=\"Roles are unclear\"");
        Files.writeString(file, xml);
        return file;
    }

    @Test
    void migrationsRunInOrderAndTheResultLoads() throws Exception {
        Path file = oldFile();
        String before = Files.readString(file);
        List<Integer> log = new ArrayList<>();
        ProjectServiceImpl service = new ProjectServiceImpl(new GuidanceResourceFactory(), ProjectService.DEFAULT_MAX_FILE_BYTES, 3, new ProjectWriter());
        service.addMigration(new Rename(2, "heading", "title", log)); // registered out of order on purpose
        service.addMigration(new Rename(1, "name", "heading", log));
        try (Project project = service.open(file)) {
            assertEquals(List.of(1, 2), log);
            assertEquals("Roles are unclear", project.root().getChallenges().get(0).getTitle());
            assertEquals(3, project.root().getFormatVersion());
            assertTrue(project.isDirty(), "a migrated project needs saving");
            assertEquals(before, Files.readString(file), "the file changes only when saved");
            assertEquals("sol-protocol", project.root().getSolutions().get(0).getId());
            assertEquals(2, project.root().getSolutions().get(0).getAddresses().size(), "references survive migration");
        }
    }

    @Test
    void aMissingStepIsAClearError() throws Exception {
        Path file = oldFile();
        ProjectServiceImpl service = new ProjectServiceImpl(new GuidanceResourceFactory(), ProjectService.DEFAULT_MAX_FILE_BYTES, 3, new ProjectWriter());
        service.addMigration(new Rename(1, "name", "heading", new ArrayList<>()));
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> service.open(file));
        assertTrue(e.getMessage().contains("no migration from version 2 to 3"), e.getMessage());
    }

    @Test
    void aFailingMigrationIsAClearError() throws Exception {
        Path file = oldFile();
        ProjectServiceImpl service = new ProjectServiceImpl(new GuidanceResourceFactory(), ProjectService.DEFAULT_MAX_FILE_BYTES, 2, new ProjectWriter());
        service.addMigration(new FormatMigration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public void migrate(Document document) {
                throw new IllegalArgumentException("the consensus rounds cannot be converted");
            }
        });
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> service.open(file));
        assertTrue(e.getMessage().contains("could not be migrated from format version 1 to 2: the consensus rounds cannot be converted"),
                e.getMessage());
    }

    @Test
    void currentVersionNeedsNoMigration() throws Exception {
        Path file = dir.resolve("current.guidance");
        ProjectServiceImpl service = new ProjectServiceImpl();
        try (Project project = service.create(file, "c", "C")) {
            service.save(project);
        }
        List<Integer> log = new ArrayList<>();
        service.addMigration(new Rename(1, "name", "heading", log));
        try (Project project = service.open(file)) {
            assertEquals(List.of(), log);
        }
    }
}
