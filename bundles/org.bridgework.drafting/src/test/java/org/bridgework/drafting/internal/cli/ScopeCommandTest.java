package org.bridgework.drafting.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.bridgework.core.api.Project;
import org.bridgework.model.ScopeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopeCommandTest {

    @TempDir
    Path temp;

    final Cli cli = new Cli();

    private Path copy() throws Exception {
        Path file = temp.resolve("p.guidance");
        try (Project p = cli.projects.sampleCopy()) {
            cli.projects.saveAs(p, file);
        }
        return file;
    }

    @Test
    void showsItemsInAndOutOfScopeAndTheAudiences() {
        Cli.Result r = cli.run("scope", "--sample");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("In scope:") && r.out().contains("Out of scope:") && r.out().contains("Audiences:"), r.out());
        Cli.Result json = cli.run("scope", "--sample", "--json");
        assertTrue(json.out().contains("\"items\"") && json.out().contains("\"audiences\""), json.out());
    }

    @Test
    void agreeRecordsWhoAndWhenAndTheMilestoneThenHasNothingOpenForIt() throws Exception {
        Path file = copy();
        Cli.Result r = cli.run("scope", "agree", "--by", "Taskforce meeting", "--date", "2026-11-20", file.toString());
        assertEquals(0, r.exit(), r.err());
        try (Project p = cli.projects.open(file)) {
            assertEquals("Taskforce meeting", p.root().getScope().getAgreedBy());
            assertEquals(LocalDate.of(2026, 11, 20), p.root().getScope().getAgreedOn());
        }
        assertTrue(cli.run("scope", file.toString()).out().contains("Agreed by Taskforce meeting on 20 November 2026."));
        Cli.Result future = cli.run("scope", "agree", "--by", "Taskforce", "--date", LocalDate.now().plusDays(3).toString(), file.toString());
        assertEquals(2, future.exit());
        assertTrue(future.err().contains("in the future"), future.err());
    }

    @Test
    void addAndRemoveItemsAndDryRunWritesNothing() throws Exception {
        Path file = copy();
        byte[] before = Files.readAllBytes(file);
        Cli.Result dry = cli.run("scope", "add", "--title", "Further education colleges", "--dry-run", file.toString());
        assertEquals(0, dry.exit(), dry.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        Cli.Result add = cli.run("scope", "add", "--title", "Further education colleges", "--out", file.toString());
        assertEquals(0, add.exit(), add.err());
        try (Project p = cli.projects.open(file)) {
            ScopeItem item = p.root().getScope().getItems().stream().filter(i -> i.getId().equals("scope-further-education-colleges")).findFirst().orElseThrow();
            assertTrue(!item.isInScope());
        }
        Cli.Result again = cli.run("scope", "add", "--title", "x", "--id", "scope-further-education-colleges", file.toString());
        assertEquals(2, again.exit());
        Cli.Result remove = cli.run("scope", "remove", "--id", "scope-further-education-colleges", file.toString());
        assertEquals(0, remove.exit(), remove.err());
        Cli.Result missing = cli.run("scope", "remove", "--id", "scope-further-education-colleges", file.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no scope item"), missing.err());
    }
}
