package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Team working with the real product and real Git repositories on disk: a bare repository as the shared one, two
 * clones edited by two people, the product's team commands, and plain command-line git using the merge driver.
 */
class TeamGitTest {

    @TempDir
    Path temp;

    static final Path SAMPLE = Path.of("../../bundles/org.bridgework.samples/src/main/resources/samples/he-nhs-partnerships.guidance")
            .toAbsolutePath().normalize();

    record Git(int exitCode, String out) {
    }

    Git git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", temp.toString());
        // the product the merge driver runs keeps its cache and data in the test's folder too
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "git " + command);
        return new Git(p.exitValue(), out);
    }

    ProductFixture.Run bw(String... args) throws IOException, InterruptedException {
        return ProductFixture.run(temp, Map.of("HOME", temp.toString(), "GIT_CONFIG_NOSYSTEM", "1"), args);
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    /** A shared bare repository, Anna's folder set up and synced to it, Ben's clone set up: returns Ben's project. */
    Path[] twoEditors() throws Exception {
        Path shared = temp.resolve("shared.git");
        assertEquals(0, git(temp, "init", "-q", "--bare", "-b", "main", shared.toString()).exitCode());
        Path anna = Files.createDirectories(temp.resolve("anna")).resolve("guidance.guidance");
        Files.copy(SAMPLE, anna);
        ProductFixture.Run init = bw("team", "init", anna.toString());
        assertEquals(0, init.exitCode(), init.err());
        git(anna.getParent(), "config", "user.name", "Anna Editor");
        git(anna.getParent(), "config", "user.email", "anna@example.org");
        ProductFixture.Run first = bw("team", "sync", anna.toString(), "--remote", shared.toString(), "-m", "Start the guidance");
        assertEquals(0, first.exitCode(), first.err() + first.out());
        assertEquals(0, git(temp, "clone", "-q", shared.toString(), "ben").exitCode());
        Path ben = temp.resolve("ben/guidance.guidance");
        git(ben.getParent(), "config", "user.name", "Ben Writer");
        git(ben.getParent(), "config", "user.email", "ben@example.org");
        ProductFixture.Run initBen = bw("team", "init", ben.toString());
        assertEquals(0, initBen.exitCode(), initBen.err());
        assertTrue(initBen.out().contains("use the Git repository"), initBen.out());
        return new Path[] {anna, ben, shared};
    }

    @Test
    void twoClonesEditDifferentPartsBothSyncAndEndWithEveryChange() throws Exception {
        Path[] editors = twoEditors();
        Path anna = editors[0];
        Path ben = editors[1];
        replace(anna, "**Who does what.**", "**Who does what (Anna).**");
        replace(ben, "title=\"Working Better Together to Support Student Mental Health\"", "title=\"Working Better Together to Support Student Mental Health (Ben)\"");
        replace(ben, "**Sharing information.**", "**Sharing information (Ben).**");
        ProductFixture.Run a = bw("team", "sync", anna.toString(), "-m", "Anna: roles");
        assertEquals(0, a.exitCode(), a.err());
        ProductFixture.Run b = bw("team", "sync", ben.toString(), "-m", "Ben: reference and information", "--json");
        assertEquals(0, b.exitCode(), b.err());
        JsonObject bj = JsonParser.parseString(b.out()).getAsJsonObject();
        assertTrue(bj.get("merged").getAsBoolean() && bj.get("pushed").getAsBoolean(), b.out());
        assertEquals(0, bj.get("conflicts").getAsInt());
        ProductFixture.Run a2 = bw("team", "sync", anna.toString());
        assertEquals(0, a2.exitCode(), a2.err());
        for (Path f : List.of(anna, ben)) {
            String text = Files.readString(f);
            assertTrue(text.contains("(Anna).**") && text.contains("(Ben).**") && text.contains("Mental Health (Ben)\""), f.toString());
            assertFalse(text.contains("<<<<<<<"));
        }
        assertEquals(Files.readString(anna), Files.readString(ben), "both end with the same project");
        ProductFixture.Run valid = bw("validate", anna.toString());
        assertEquals(0, valid.exitCode(), valid.out() + valid.err());
        // who changed this paragraph
        ProductFixture.Run log = bw("team", "log", ben.toString(), "--element", "p-ch-roles", "--json");
        assertEquals(0, log.exitCode(), log.err());
        JsonArray entries = JsonParser.parseString(log.out()).getAsJsonArray();
        assertEquals("Anna Editor", entries.get(0).getAsJsonObject().get("author").getAsString());
        assertEquals("changed", entries.get(0).getAsJsonObject().get("change").getAsString());
        ProductFixture.Run diff = bw("team", "diff", ben.toString(), "HEAD~2", "HEAD");
        assertEquals(0, diff.exitCode(), diff.err());
        assertTrue(diff.out().contains("Section 'Common challenges': paragraph p-ch-roles changed") && diff.out().contains("source src-nous2023 changed"),
                diff.out());
    }

    @Test
    void theSameParagraphEditedInBothIsOneRecordedConflictAndPlainGitMergeUsesTheDriver() throws Exception {
        Path[] editors = twoEditors();
        Path anna = editors[0];
        Path ben = editors[1];
        replace(anna, "It is not always clear where the HEP's role ends", "Anna says it is not always clear where the HEP's role ends");
        replace(ben, "It is not always clear where the HEP's role ends", "Ben says it is not always clear where the HEP's role ends");
        assertEquals(0, git(anna.getParent(), "commit", "-qam", "Anna's wording").exitCode());
        assertEquals(0, git(anna.getParent(), "push", "-q", "origin", "main").exitCode());
        assertEquals(0, git(ben.getParent(), "commit", "-qam", "Ben's wording").exitCode());
        Git pull = git(ben.getParent(), "pull", "--no-rebase", "--no-edit", "origin", "main");
        // the driver recorded a conflict: git reports the file as conflicted, with no markers in it
        assertNotEquals(0, pull.exitCode(), pull.out());
        assertTrue(pull.out().contains("1 merge conflict recorded in the project"), pull.out());
        String merged = Files.readString(ben);
        assertFalse(merged.contains("<<<<<<<") || merged.contains(">>>>>>>"), "no conflict markers");
        assertTrue(merged.contains("Anna says it is not always clear") && merged.contains("Ben says it is not always clear"), "both texts kept");
        assertEquals(1, merged.split("<mergeConflicts", -1).length - 1, "one recorded conflict");
        ProductFixture.Run invalid = bw("validate", ben.toString(), "--json");
        assertEquals(1, invalid.exitCode(), invalid.out());
        assertTrue(invalid.out().contains("merge-conflict"), invalid.out());
        ProductFixture.Run resolve = bw("team", "resolve", ben.toString(), "conflict-1", "--take", "theirs");
        assertEquals(0, resolve.exitCode(), resolve.err());
        assertEquals(0, git(ben.getParent(), "commit", "-qam", "Merged, Anna's wording").exitCode());
        ProductFixture.Run valid = bw("validate", ben.toString());
        assertEquals(0, valid.exitCode(), valid.out());
        assertTrue(Files.readString(ben).contains("Anna says it is not always clear"));
    }

    @Test
    void approvalsAreTiedToCommitsAndSupersededByALaterChange() throws Exception {
        Path[] editors = twoEditors();
        Path anna = editors[0];
        ProductFixture.Run approve = bw("team", "approve", anna.toString(), "--milestone", "ms-scope-agreed", "--name", "Dr Chair",
                "--role", "Taskforce chair", "--organisation", "Taskforce", "--json");
        assertEquals(0, approve.exitCode(), approve.err());
        JsonObject approval = JsonParser.parseString(approve.out()).getAsJsonObject();
        String commit = approval.get("commit").getAsString();
        Git tag = git(anna.getParent(), "rev-parse", approval.get("tag").getAsString() + "^{commit}");
        assertEquals(commit, tag.out().strip(), "the annotated tag points at the approved commit");
        assertEquals("tag", git(anna.getParent(), "cat-file", "-t", approval.get("tag").getAsString()).out().strip());
        ProductFixture.Run listed = bw("team", "signoffs", anna.toString(), "--json");
        JsonObject row = JsonParser.parseString(listed.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("current", row.get("status").getAsString(), listed.out());
        assertEquals(commit, row.get("commit").getAsString());
        replace(anna, "**Who does what.**", "**Who does what, changed after approval.**");
        ProductFixture.Run sync = bw("team", "sync", anna.toString(), "-m", "A change after the approval");
        assertEquals(0, sync.exitCode(), sync.err());
        ProductFixture.Run after = bw("team", "signoffs", anna.toString(), "--json");
        JsonObject superseded = JsonParser.parseString(after.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("superseded", superseded.get("status").getAsString(), after.out());
        String by = superseded.get("supersededBy").getAsString();
        assertEquals("A change after the approval", git(anna.getParent(), "log", "-1", "--format=%s", by).out().strip());
    }

    @Test
    void aSyncKilledHalfwayLeavesARepositoryGitCanUseAndAProjectThatLoads() throws Exception {
        Path[] editors = twoEditors();
        Path anna = editors[0];
        Path ben = editors[1];
        replace(anna, "**Who does what.**", "**Who does what (Anna).**");
        assertEquals(0, bw("team", "sync", anna.toString()).exitCode());
        replace(ben, "**Sharing information.**", "**Sharing information (Ben).**");
        // start Ben's sync (it will merge) and kill it as soon as it holds the repository
        List<String> command = List.of(ProductFixture.home().resolve("bin/bridgework").toString(), "team", "sync", ben.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("killed.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
        builder.environment().put("HOME", temp.toString());
        Process p = builder.start();
        Path lock = ben.getParent().resolve(".git/bridgework-sync.lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(lock) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(150);
        // kill -9 the whole tree (the launcher script and its JVM)
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        Git fsck = git(ben.getParent(), "fsck");
        assertEquals(0, fsck.exitCode(), fsck.out());
        assertEquals(0, git(ben.getParent(), "status").exitCode());
        ProductFixture.Run loads = bw("validate", ben.toString());
        assertTrue(loads.exitCode() == 0 || loads.exitCode() == 1, "the project loads: " + loads.err());
        ProductFixture.Run again = bw("team", "sync", ben.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        String text = Files.readString(ben);
        assertTrue(text.contains("(Anna).**") && text.contains("(Ben).**"), "both changes after the second sync");
        assertEquals(0, git(ben.getParent(), "fsck").exitCode());
        assertTrue(git(ben.getParent(), "status", "--porcelain").out().lines().noneMatch(l -> l.endsWith("guidance.guidance")));
    }
}
