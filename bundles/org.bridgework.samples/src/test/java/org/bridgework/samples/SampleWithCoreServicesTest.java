package org.bridgework.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.api.ValidationService;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample through the core services that ship with it: canonical on disk, valid, and what --sample opens. */
class SampleWithCoreServicesTest {

    @TempDir
    Path dir;

    private final SampleProject sample = new HeNhsPartnershipsSample();
    private final ProjectServiceImpl projects = new ProjectServiceImpl();

    private byte[] shipped() throws Exception {
        try (InputStream in = sample.open()) {
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedFileIsCanonical() throws Exception {
        byte[] shipped = shipped();
        Path file = dir.resolve(sample.fileName());
        Files.write(file, shipped);
        try (Project project = projects.open(file)) {
            assertFalse(project.isDirty());
            projects.saveAs(project, dir.resolve("resaved.guidance"));
        }
        byte[] resaved = Files.readAllBytes(dir.resolve("resaved.guidance"));
        assertEquals(new String(shipped, "UTF-8"), new String(resaved, "UTF-8"),
                "loading and saving the sample changes it: open and save it once with the project service (bridgework element set, or the workbench)");
        assertArrayEquals(shipped, resaved);
    }

    @Test
    void validatesWithoutErrorsOrWarnings() throws Exception {
        Path file = dir.resolve(sample.fileName());
        Files.write(file, shipped());
        try (Project project = projects.open(file)) {
            List<Problem> problems = new ValidationServiceImpl().validate(project.root());
            assertFalse(ValidationService.hasErrors(problems), problems.toString());
            assertEquals(List.of(), problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList());
        }
    }

    @Test
    void isWhatSampleOpensAndTheShippedCopyIsNeverTouched() throws Exception {
        projects.addSample(sample, Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        assertSame(sample, projects.defaultSample().orElseThrow());
        Path work = dir.resolve("work");
        try (Project project = projects.openSample(work)) {
            assertEquals("he-nhs-partnerships", project.root().getId());
            assertTrue(project.file().startsWith(work), project.file().toString());
            project.root().setTitle("Changed in the working copy");
            projects.save(project);
        }
        assertArrayEquals(shipped(), shipped(), "the bundle's copy is read-only");
        assertTrue(new String(shipped(), "UTF-8").contains("title=\"HE–NHS partnerships for student mental health\""));
    }
}
