package org.bridgework.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edit torture on the real workbench (a few rounds; {@code EditTortureTest} runs the hundreds on the same session
 * and journal code in a lighter process): {@code bridgework workbench FILE} under Xvfb edits through its script, the
 * journal writing each edit by itself, and is killed with SIGKILL at a random moment. The next start restores the
 * journal (answered by BRIDGEWORK_RECOVERY=restore) and must hold every edit the killed one had seen journalled; the
 * project file never changes until the last start saves, and then holds the last edit, the journal is cleared, and no
 * start leaves a stray file. Rounds: {@code bridgework.torture.workbenchRounds} (3).
 */
class EditTortureIT {
    private static final int ROUNDS = Integer.getInteger("bridgework.torture.workbenchRounds", 3);
    private static final int EDITS = 6;

    @TempDir
    Path work;

    @Test
    void theRealWorkbenchKilledMidEditRestoresEveryJournalledEdit() throws Exception {
        if (!WorkbenchBootIT.hasDisplay()) {
            String message = "no display: run under xvfb-run";
            if (Boolean.getBoolean("bridgework.requireDisplay")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        Path home = product();
        Path file = work.resolve("guidance.guidance");
        try (InputStream sample = getClass().getResourceAsStream("/samples/he-nhs-partnerships.guidance")) {
            Files.copy(sample, file);
        }
        String original = Files.readString(file);
        Random random = new Random(Long.getLong("bridgework.torture.seed", System.nanoTime()));
        String acknowledged = null;
        int restored = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> script = new ArrayList<>(List.of("get ch-roles title"));
            for (int i = 1; i <= EDITS; i++) {
                script.add("set ch-roles title " + edit(round, i));
                script.add("wait-journal");
            }
            script.add("sleep 120000");
            Process workbench = start(home, file, Files.write(work.resolve("script" + round + ".txt"), script));
            BlockingQueue<String> out = lines(workbench);
            String at = expect(out, "script: get ch-roles title -> ", workbench).substring("script: get ch-roles title -> ".length());
            restored += at.startsWith("Edit ") ? 1 : 0;
            if (acknowledged != null) {
                assertTrue(order(at) >= order(acknowledged), "round " + round + ": '" + acknowledged + "' was journalled, the start holds '" + at + "'");
            }
            assertEquals(0, strays(file), "stray files after start " + round);
            // kill after 1..EDITS journal writes, at a random moment after the last one seen
            int writes = 1 + random.nextInt(EDITS);
            for (int i = 1; i <= writes; i++) {
                expect(out, "script: wait-journal -> journal written", workbench);
                acknowledged = edit(round, i);
            }
            Thread.sleep(random.nextInt(1500));
            for (String line = out.poll(); line != null; line = out.poll()) {
                if (line.startsWith("script: wait-journal -> journal written")) {
                    acknowledged = edit(round, ++writes);
                }
            }
            workbench.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no save
            assertTrue(workbench.waitFor(20, TimeUnit.SECONDS));
            assertEquals(original, Files.readString(file), "the file itself is untouched by a kill (round " + round + ")");
        }
        // the last start restores, saves and exits: the file holds the last journalled edit, the journal is empty
        Process last = start(home, file, Files.write(work.resolve("script-last.txt"), List.of("get ch-roles title", "save", "exit")));
        BlockingQueue<String> out = lines(last);
        String at = expect(out, "script: get ch-roles title -> ", last).substring("script: get ch-roles title -> ".length());
        assertTrue(order(at) >= order(acknowledged), "'" + acknowledged + "' was journalled, the last start holds '" + at + "'");
        expect(out, "script: save -> saved " + file.toAbsolutePath(), last);
        assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the last run exits");
        assertTrue(Files.readString(file).contains("title=\"" + at + "\""), "saved to the file");
        try (Stream<Path> files = Files.list(work.resolve("cache/bridgework/recovery"))) {
            assertEquals(List.of(), files.toList(), "the journal is cleared after the save");
        }
        assertEquals(0, strays(file), "stray files after the last start");
        System.out.printf("edit torture (workbench): %d rounds, %d starts restored the journal, last journalled '%s', lost 0, corrupt 0, stray 0%n",
                ROUNDS, restored + 1, acknowledged);
    }

    private static String edit(int round, int i) {
        return String.format("Edit %03d-%03d", round, i);
    }

    /** "Edit RRR-III" in order; any other title (the sample's own) first. */
    private static int order(String title) {
        return title.matches("Edit \\d{3}-\\d{3}") ? Integer.parseInt(title.substring(5, 8)) * 1000 + Integer.parseInt(title.substring(9)) : -1;
    }

    /** Save temporaries beside the project, partial journal writes, restored working copies in the temporary folder. */
    private long strays(Path file) throws IOException {
        long count;
        try (Stream<Path> files = Files.list(file.getParent())) {
            count = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + file.getFileName()) && n.endsWith(".tmp")).count();
        }
        Path recovery = work.resolve("cache/bridgework/recovery");
        if (Files.isDirectory(recovery)) {
            try (Stream<Path> files = Files.list(recovery)) {
                count += files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
            }
        }
        try (Stream<Path> files = Files.list(Files.createDirectories(work.resolve("tmp")))) {
            count += files.filter(p -> p.getFileName().toString().startsWith("bridgework-recovered")).count();
        }
        return count;
    }

    private Path product() throws Exception {
        Path home = work.resolve("product");
        Path bundles = Files.createDirectories(home.resolve("bundles"));
        Files.createDirectories(home.resolve("extensions"));
        List<String> artifacts = new ArrayList<>(WorkbenchBootIT.CORE);
        artifacts.addAll(WorkbenchBootIT.uiFeatureArtifacts());
        for (Map.Entry<String, Path> jar : WorkbenchBootIT.jarsOnClassPath(artifacts).entrySet()) {
            Files.copy(jar.getValue(), bundles.resolve(jar.getValue().getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(home.resolve("product.properties"), "version=edit-torture\n");
        return home;
    }

    private Process start(Path home, Path file, Path script) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String launcherPath = Stream.of(classPath.split(File.pathSeparator))
                .filter(p -> p.contains("bridgework-launcher") || p.contains("org.apache.felix.framework")).reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")), "-Dbridgework.home=" + home, "-cp", launcherPath,
                "org.bridgework.launcher.Main", "workbench", file.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("XDG_CACHE_HOME", work.resolve("cache").toString());
        env.put("XDG_CONFIG_HOME", work.resolve("config").toString());
        env.put("XDG_DATA_HOME", work.resolve("data").toString());
        env.put("BRIDGEWORK_WORKBENCH_SCRIPT", script.toString());
        env.put("BRIDGEWORK_RECOVERY", "restore");
        return builder.start();
    }

    private static BlockingQueue<String> lines(Process process) {
        return WorkbenchOutput.lines(process);
    }

    private static String expect(BlockingQueue<String> lines, String prefix, Process process) throws InterruptedException {
        return WorkbenchOutput.expect(lines, prefix, process, 90);
    }
}
