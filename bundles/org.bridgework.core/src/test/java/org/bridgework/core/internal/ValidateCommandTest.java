package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import org.bridgework.cli.testing.CommandHarness;
import org.bridgework.core.internal.cli.ValidateCommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The validate command as the CLI runs it (CommandFailure handled as the cli bundle does). */
class ValidateCommandTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final ValidationServiceImpl validation = new ValidationServiceImpl();
    Path valid;
    Path invalid;
    String out;
    String err;

    @BeforeEach
    void files() throws Exception {
        valid = dir.resolve("valid.guidance");
        try (Project project = projects.create(valid, "test-project", "Test project")) {
            TestProjects.fill(project.root());
            projects.save(project);
            project.root().getCriteria().get(1).setCode("C1"); // error
            project.root().getDocument().getSections().get(0).setWordBudget(5); // warning
            invalid = dir.resolve("invalid.guidance");
            projects.saveAs(project, invalid);
        }
    }

    private int run(String... args) {
        CommandHarness.Result result = CommandHarness.run(new ValidateCommand(projects, validation).create(), args);
        out = result.out();
        err = result.err();
        return result.exit();
    }

    @Test
    void validProjectExitsZero() {
        assertEquals(0, run(valid.toString()), err);
        assertTrue(out.strip().endsWith(valid + ": 0 errors, 0 warnings - valid."), out);
    }

    @Test
    void errorsExitOneGroupedWithASummary() {
        assertEquals(1, run(invalid.toString()), err);
        String[] lines = out.strip().split("\n");
        assertTrue(lines[0].startsWith("error [cr-2]: The criteria 'cr-1' and 'cr-2' both have the code 'C1'")
                && lines[0].endsWith("(criterion-code-duplicate)"), out);
        assertTrue(out.contains("\n\nwarning [s-intro]: The section 'Introduction' has"), "warnings grouped after errors: " + out);
        assertTrue(lines[lines.length - 1].endsWith(": 1 error, 1 warning."), out);
    }

    @Test
    void jsonHasCountsAndProblems() {
        assertEquals(1, run(invalid.toString(), "--json"));
        assertTrue(out.contains("\"valid\": false"), out);
        assertTrue(out.contains("\"errors\": 1") && out.contains("\"warnings\": 1"), out);
        assertTrue(out.contains("\"code\": \"criterion-code-duplicate\"") && out.contains("\"elementId\": \"cr-2\""), out);
    }

    @Test
    void unreadableInputExitsTwoWithoutAStackTrace() throws Exception {
        assertEquals(2, run(dir.resolve("missing.guidance").toString()));
        assertTrue(err.contains("no such file"), err);
        Path binary = Files.write(dir.resolve("b.guidance"), new byte[] {0, 1, 2, 3, 4});
        assertEquals(2, run(binary.toString()));
        assertTrue(err.contains("not an XML file") && !err.contains("\tat "), err);
    }

    @Test
    void neitherOrBothIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.contains("name a project file (PROJECT) or give --sample"), err);
        assertEquals(2, run(valid.toString(), "--sample"));
        assertTrue(err.contains("not both"), err);
    }

    @Test
    void sampleIsValidatedOnATemporaryCopy() throws Exception {
        byte[] bytes = Files.readAllBytes(valid);
        projects.addSample(new SampleProject() {
            public String id() {
                return "demo";
            }

            public String title() {
                return "Demo";
            }

            public String fileName() {
                return "demo.guidance";
            }

            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        }, Map.of());
        assertEquals(0, run("--sample", "--json"), err);
        assertTrue(out.contains("\"sample\": true") && out.contains("\"project\": \"test-project\""), out);
        assertEquals(0, run("--sample"));
        assertTrue(out.contains("sample project 'Test project': 0 errors"), out);
        assertFalse(out.contains("/tmp/bridgework-sample-"), out);
    }
}
