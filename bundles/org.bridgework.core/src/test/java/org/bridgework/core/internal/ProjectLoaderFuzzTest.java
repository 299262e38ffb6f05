package org.bridgework.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the project (XMI) loader: whatever the bytes of a .guidance file, opening it gives a project or a
 * {@link ProjectLoadException} whose message reaches the user, and nothing else. The committed corpus (…Inputs/)
 * runs in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ProjectLoaderFuzzTest {

    static Path dir;
    static final ProjectServiceImpl projects = new ProjectServiceImpl();

    @BeforeAll
    static void folder() throws Exception {
        dir = Files.createTempDirectory("bridgework-fuzz-");
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void xmi(byte[] data) throws Exception {
        Path file = Files.write(dir.resolve("fuzz.guidance"), data);
        try (Project project = projects.open(file)) {
            project.root();
        } catch (ProjectLoadException expected) {
            // refused with a message naming the file and line
        }
    }
}
