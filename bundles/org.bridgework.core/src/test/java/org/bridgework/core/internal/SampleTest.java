package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.SampleProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl service = new ProjectServiceImpl();
    byte[] shipped;

    record FakeSample(String id, byte[] bytes) implements SampleProject {
        @Override
        public String title() {
            return "Sample " + id;
        }

        @Override
        public String fileName() {
            return id + ".guidance";
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    @BeforeEach
    void shippedSample() throws IOException {
        try (Project project = service.create(dir.resolve("shipped.guidance"), "test-project", "Test project")) {
            TestProjects.fill(project.root());
            service.save(project);
        }
        shipped = Files.readAllBytes(dir.resolve("shipped.guidance"));
    }

    @Test
    void noSampleIsAClearError() throws IOException {
        long before = countTempSampleFolders();
        ProjectLoadException e = assertThrows(ProjectLoadException.class, service::sampleCopy);
        assertTrue(e.getMessage().contains("no installed bundle provides one"), e.getMessage());
        assertEquals(before, countTempSampleFolders(), "no working folder left behind");
    }

    @Test
    void theOnlySampleOrTheOneMarkedDefault() {
        FakeSample a = new FakeSample("a", shipped);
        FakeSample b = new FakeSample("b", shipped);
        service.addSample(a, Map.of("service.id", 1L));
        assertEquals(a, service.defaultSample().orElseThrow(), "the only one");
        service.addSample(b, Map.of("service.id", 2L));
        assertTrue(service.defaultSample().isEmpty(), "two and none marked: no default");
        service.removeSample(b);
        service.addSample(b, Map.of("service.id", 2L, SampleProject.DEFAULT_PROPERTY, true));
        assertEquals(b, service.defaultSample().orElseThrow());
        assertEquals(b, service.samples().get(0), "default first");
    }

    @Test
    void openSampleCopiesIntoTheWorkFolderAndNeverTouchesTheShippedBytes() throws Exception {
        byte[] original = shipped.clone();
        service.addSample(new FakeSample("demo", shipped), Map.of());
        Path work = dir.resolve("work");
        try (Project project = service.openSample(work)) {
            assertEquals(work.resolve("demo.guidance"), project.file());
            assertFalse(project.isTemporaryCopy());
            project.root().setTitle("Edited copy");
            service.save(project);
        }
        assertArrayEquals(original, shipped);
        assertTrue(Files.readString(work.resolve("demo.guidance")).contains("Edited copy"), "the copy was saved");
        ProjectLoadException again = assertThrows(ProjectLoadException.class, () -> service.openSample(work));
        assertTrue(again.getMessage().contains("already there"), again.getMessage());
    }

    @Test
    void sampleCopyIsATemporaryFolderDeletedOnClose() throws Exception {
        service.addSample(new FakeSample("demo", shipped), Map.of());
        Path folder;
        try (Project project = service.sampleCopy()) {
            assertTrue(project.isTemporaryCopy());
            folder = project.file().getParent();
            assertTrue(folder.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), folder.toString());
            assertEquals("Test project", project.root().getTitle());
        }
        assertFalse(Files.exists(folder), "deleted on close");
    }

    @Test
    void aBrokenSampleIsAClearErrorAndLeavesNoTemporaryFolder() throws Exception {
        service.addSample(new FakeSample("broken", "not xml".getBytes()), Map.of());
        long before = countTempSampleFolders();
        ProjectLoadException e = assertThrows(ProjectLoadException.class, service::sampleCopy);
        assertTrue(e.getMessage().contains("not an XML file"), e.getMessage());
        assertEquals(before, countTempSampleFolders());
    }

    private static long countTempSampleFolders() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("bridgework-sample-")).count();
        }
    }
}
