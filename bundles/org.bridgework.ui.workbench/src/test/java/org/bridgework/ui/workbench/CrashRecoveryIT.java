package org.bridgework.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety end to end: a real {@code bridgework workbench FILE} process (the product's launcher over the core
 * and UI bundles, in its own JVM) makes an edit through a test script, waits until the recovery journal has
 * written it by itself, and is killed with SIGKILL. The file on disk is unchanged; the next start restores the
 * edit from the journal, and saving it writes it to the file and clears the journal.
 */
class CrashRecoveryIT {
    private static final String NEW_TITLE = "Roles agreed in writing";

    @TempDir
    Path work;

    @Test
    void anEditSurvivesSigkillAndIsRestoredOnTheNextStart() throws Exception {
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

        // first run: edit, wait for the journal, then SIGKILL
        Path script1 = write("script1.txt", "set ch-roles title " + NEW_TITLE, "wait-journal", "sleep 120000");
        Process first = start(home, file, script1, null);
        BlockingQueue<String> out = lines(first);
        expect(out, "script: set ch-roles title " + NEW_TITLE + " -> set ch-roles title; dirty", first);
        expect(out, "script: wait-journal -> journal written", first);
        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, no save
        assertTrue(first.waitFor(20, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed by SIGKILL (128 + 9)");
        assertEquals(original, Files.readString(file), "the file itself is untouched by the crash");
        Path recovery = work.resolve("cache/bridgework/recovery");
        List<Path> journal;
        try (Stream<Path> files = Files.list(recovery)) {
            journal = files.filter(p -> p.toString().endsWith(".guidance")).toList();
        }
        assertEquals(1, journal.size(), "one recovery copy in " + recovery);
        assertTrue(Files.readString(journal.get(0)).contains(NEW_TITLE));

        // second run: restore (answered by BRIDGEWORK_RECOVERY), check, save, exit
        Path script2 = write("script2.txt", "get ch-roles title", "title", "save", "exit");
        Process second = start(home, file, script2, "restore");
        BlockingQueue<String> out2 = lines(second);
        expect(out2, "script: get ch-roles title -> " + NEW_TITLE, second);
        String title = expect(out2, "script: title -> ", second);
        assertTrue(title.contains("-> *guidance.guidance"), "restored changes are unsaved: " + title);
        expect(out2, "script: save -> saved " + file.toAbsolutePath(), second);
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second run exits");
        assertEquals(0, second.exitValue());
        assertTrue(Files.readString(file).contains("title=\"" + NEW_TITLE + "\""), "saved to the file");
        try (Stream<Path> files = Files.list(recovery)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".guidance")), "the journal is cleared after the save");
        }
    }

    /** A product folder: bin/bridgework's layout with the launcher, Felix and the bundles this test runs on. */
    private Path product() throws Exception {
        Path home = work.resolve("product");
        Path bundles = Files.createDirectories(home.resolve("bundles"));
        Files.createDirectories(home.resolve("extensions"));
        List<String> artifacts = new ArrayList<>(WorkbenchBootIT.CORE);
        artifacts.addAll(WorkbenchBootIT.uiFeatureArtifacts());
        for (Map.Entry<String, Path> jar : WorkbenchBootIT.jarsOnClassPath(artifacts).entrySet()) {
            Files.copy(jar.getValue(), bundles.resolve(jar.getValue().getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(home.resolve("product.properties"), "version=crash-test\n");
        return home;
    }

    private Process start(Path home, Path file, Path script, String recovery) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String launcherPath = Stream.of(classPath.split(File.pathSeparator))
                .filter(p -> p.contains("bridgework-launcher") || p.contains("org.apache.felix.framework")).reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dbridgework.home=" + home, "-cp", launcherPath, "org.bridgework.launcher.Main", "workbench", file.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("XDG_CACHE_HOME", work.resolve("cache").toString());
        env.put("XDG_CONFIG_HOME", work.resolve("config").toString());
        env.put("XDG_DATA_HOME", work.resolve("data").toString());
        env.put("BRIDGEWORK_WORKBENCH_SCRIPT", script.toString());
        if (recovery != null) {
            env.put("BRIDGEWORK_RECOVERY", recovery);
        } else {
            env.remove("BRIDGEWORK_RECOVERY");
        }
        return builder.start();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(work.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    private static BlockingQueue<String> lines(Process process) {
        return WorkbenchOutput.lines(process);
    }

    private static String expect(BlockingQueue<String> lines, String prefix, Process process) throws InterruptedException {
        return WorkbenchOutput.expect(lines, prefix, process, 60);
    }
}
