package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Outside tools the integration tests use (axe-core in Chromium, pandoc, dpkg): found, run, or skipped with the reason. */
final class Tools {
    private Tools() {
    }

    /** Skips the test naming what is missing, or fails it when bridgework.requireTools=true (CI). */
    static void missingTools(String message) {
        if (Boolean.getBoolean("bridgework.requireTools")) {
            fail(message + " (bridgework.requireTools=true, so this is not skipped)");
        }
        Assumptions.abort(message + ": skipped (set -Dbridgework.requireTools=true to make this fail)");
    }

    static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /** Runs a command in {@code dir}, its output kept in files under {@code temp}. */
    static ProductFixture.Run exec(Path temp, Path dir, List<String> command, int seconds) throws Exception {
        return exec(temp, dir, command, seconds, env -> { });
    }

    /** The same, with the environment changed first. */
    static ProductFixture.Run exec(Path temp, Path dir, List<String> command, int seconds,
            java.util.function.Consumer<java.util.Map<String, String>> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        environment.accept(builder.environment());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = Files.createTempFile(temp, "proc-out", ".txt");
        Path err = Files.createTempFile(temp, "proc-err", ".txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        return new ProductFixture.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Checks HTML files with axe-core's WCAG 2.2 AA rules in Debian's Chromium (releng/it/axe): no violation, the
     * rules really ran, and nothing overflows a 390 px wide window. Skipped (see {@link #missingTools}) without
     * Chromium, node or the axe packages.
     */
    /**
     * Runs the axe WCAG 2.2 AA check on each HTML file in Chromium: 0 violations, and at 1280, 390 and 320 px, with the
     * disclosures closed and all opened, never wider than the viewport; printed, no closed disclosure hides its content.
     * Returns the report (null when the tools are missing and the test is skipped).
     */
    static JsonObject assertAccessible(Path temp, List<Path> files) throws Exception {
        Path axe = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("axe");
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        String node = onPath("node");
        if (chromium == null || node == null) {
            missingTools("Chromium and node are needed (Debian: apt-get install chromium nodejs)");
            return null;
        }
        if (!Files.isDirectory(axe.resolve("node_modules/axe-core")) || !Files.isDirectory(axe.resolve("node_modules/playwright-core"))) {
            String npm = onPath("npm");
            int rc = npm == null ? -1 : exec(temp, axe, List.of(npm, "ci", "--prefer-offline", "--no-audit", "--no-fund"), 300).exitCode();
            if (rc != 0) {
                missingTools("axe-core and playwright-core are not installed in " + axe + " and 'npm ci' could not install them");
                return null;
            }
        }
        List<String> command = new ArrayList<>(List.of(node, axe.resolve("axe-check.mjs").toString(), "--chromium", chromium.toString()));
        files.forEach(f -> command.add(f.toString()));
        ProductFixture.Run axeRun = exec(temp, axe, command, 300);
        if (axeRun.exitCode() == 2) {
            fail("axe-check could not run: " + axeRun.err());
        }
        JsonObject report = JsonParser.parseString(axeRun.out()).getAsJsonObject();
        assertEquals(files.size(), report.getAsJsonArray("files").size(), "files checked: " + report);
        for (JsonElement f : report.getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            assertTrue(file.get("passes").getAsInt() > 10, "axe really ran its rules: " + file);
            assertEquals(0, file.getAsJsonArray("violations").size(), "WCAG 2.2 AA violations in " + file.get("file") + ":\n" + file);
            int width = file.get("narrowScrollWidth").getAsInt();
            assertTrue(width > 0 && width <= 390, "at 390 px the page is " + width + " px wide: something overflows in " + file.get("file"));
            JsonObject widths = file.getAsJsonObject("scrollWidths");
            assertEquals(6, widths.size(), "widths and states checked: " + widths);
            for (String key : widths.keySet()) {
                int viewport = Integer.parseInt(key.substring(0, key.indexOf('-')));
                assertTrue(widths.get(key).getAsInt() <= viewport, key + ": the page is " + widths.get(key) + " px wide in " + file.get("file"));
            }
            assertEquals(0, file.get("printHidden").getAsInt(), "printed, every disclosure shows its content: " + file);
        }
        assertEquals(0, axeRun.exitCode(), axeRun.out() + axeRun.err());
        return report;
    }
}
