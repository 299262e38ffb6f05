package org.bridgework.core.internal;
import org.bridgework.testsupport.TestProjects;
import org.bridgework.core.internal.cli.ElementCommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.cli.testing.CommandHarness;
import org.bridgework.core.api.Project;
import org.bridgework.model.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bridgework element}: the trees' context-menu edits on the command line, on a real saved project. */
class ElementCommandTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    Path file;

    @BeforeEach
    void project() throws Exception {
        file = dir.resolve("p.guidance");
        try (Project project = projects.create(file, "test-project", "Test project")) {
            TestProjects.fill(project.root());
            projects.save(project);
        }
    }

    private CommandHarness.Result run(String... args) {
        return CommandHarness.run(new ElementCommand(projects).create(), args);
    }

    private Project reopen() throws Exception {
        return projects.open(file);
    }

    @Test
    void renameDuplicateNewAndDeleteAreSavedAndADryRunChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CommandHarness.Result dry = run("rename", "-p", file.toString(), "s-intro", "Why this matters", "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("Dry run"), dry.out());
        assertEquals(new String(before), Files.readString(file), "a dry run writes nothing");

        assertEquals(0, run("rename", "-p", file.toString(), "s-intro", "Why this matters").exit());
        assertEquals(0, run("duplicate", "-p", file.toString(), "p-1", "--json").exit());
        CommandHarness.Result added = run("new", "-p", file.toString(), "s-intro", "paragraph");
        assertEquals(0, added.exit(), added.err());
        assertEquals(0, run("delete", "-p", file.toString(), "co-1").exit());
        try (Project project = reopen()) {
            Section intro = (Section) project.resource().getEObject("s-intro");
            assertEquals("Why this matters", intro.getHeading());
            assertNull(project.resource().getEObject("co-1"), "deleted");
            // p-1, its copy, the list and the new paragraph (the callout is gone)
            assertEquals(4, intro.getBlocks().size(), intro.getBlocks().toString());
            assertNotNull(project.resource().getEObject("p-1"));
        }
    }

    @Test
    void setChangesOnePropertyAndRefusesWhatItCannotSet() throws Exception {
        assertEquals(0, run("set", "-p", file.toString(), "s-intro", "kind", "next-steps").exit());
        assertEquals(0, run("set", "-p", file.toString(), "s-intro", "wordBudget", "250").exit());
        byte[] before = Files.readAllBytes(file);
        CommandHarness.Result badValue = run("set", "-p", file.toString(), "s-intro", "kind", "appendix");
        assertEquals(2, badValue.exit());
        assertTrue(badValue.err().contains("content, glossary, contents, next-steps, references"), badValue.err());
        CommandHarness.Result badProperty = run("set", "-p", file.toString(), "s-intro", "colour", "red");
        assertEquals(2, badProperty.exit());
        assertTrue(badProperty.err().contains("heading") && badProperty.err().contains("kind"), badProperty.err());
        CommandHarness.Result badNumber = run("set", "-p", file.toString(), "s-intro", "wordBudget", "many");
        assertEquals(2, badNumber.exit());
        assertEquals(new String(before), Files.readString(file), "refused: nothing written");
        try (Project project = reopen()) {
            Section intro = (Section) project.resource().getEObject("s-intro");
            assertEquals(org.bridgework.model.SectionKind.NEXT_STEPS, intro.getKind());
            assertEquals(250, intro.getWordBudget());
        }
    }

    @Test
    void anUnknownIdOrKindSaysWhatExistsAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CommandHarness.Result unknown = run("delete", "-p", file.toString(), "no-such-id");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no-such-id") && unknown.err().contains("bridgework ids"), unknown.err());
        CommandHarness.Result kind = run("new", "-p", file.toString(), "s-intro", "spaceship");
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("Paragraph"), "lists what it can hold: " + kind.err());
        assertEquals(new String(before), Files.readString(file));
    }
}
