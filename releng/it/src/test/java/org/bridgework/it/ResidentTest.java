package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resident product ({@code bridgework --daemon}) with the real bin/bridgework, as a user runs it. */
class ResidentTest {

    @TempDir
    Path temp;

    private ProcessBuilder bridgework(Path folder, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProductFixture.home().resolve("bin/bridgework").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().put("BRIDGEWORK_TIMING", "1");
        builder.environment().putAll(env);
        return builder;
    }

    private ProductFixture.Run run(Path folder, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = bridgework(folder, env, args);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bridgework " + String.join(" ", args) + " hung");
        }
        return new ProductFixture.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Process startDaemon(Path folder, Map<String, String> env) throws IOException {
        Process daemon = bridgework(folder, env, "--daemon").redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null;) {
            seen.append(line).append('\n');
            if (line.contains("serving headless commands")) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return daemon;
            }
        }
        throw new IllegalStateException("the daemon did not start:\n" + seen);
    }

    @Test
    void commandsInTheDaemonsFolderRunInItWithTheSameOutputAndExitCodes() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("work"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Process daemon = startDaemon(folder, Map.of()); // warms up (the sample assembled unseen) before it serves
        try {
            ProductFixture.Run version = run(folder, Map.of(), "version");
            assertEquals(0, version.exitCode(), version.err());
            assertTrue(version.out().startsWith("Bridgework "), version.out());
            assertTrue(version.err().contains("timing: daemon-answered"), "served by the daemon: " + version.err());
            assertFalse(version.err().contains("timing: framework-initialised"), "no boot of its own: " + version.err());

            // the same output and exit code as a command that starts on its own, relative paths read in the same folder
            Files.writeString(folder.resolve("bad.guidance"), "<not a project");
            ProductFixture.Run served = run(folder, Map.of(), "validate", "bad.guidance", "--json");
            ProductFixture.Run alone = run(folder, Map.of("BRIDGEWORK_DAEMON", "0"), "validate", "bad.guidance", "--json");
            assertTrue(served.err().contains("timing: daemon-answered"), served.err());
            assertFalse(alone.err().contains("timing: daemon-answered"), alone.err());
            assertEquals(alone.exitCode(), served.exitCode(), served.err());
            assertEquals(alone.out(), served.out());
            assertEquals(2, served.exitCode(), served.out() + served.err());

            ProductFixture.Run usage = run(folder, Map.of(), "validate", "--no-such-option");
            assertEquals(2, usage.exitCode());
            assertTrue(usage.err().contains("--no-such-option"), usage.err());

            // another folder is not the daemon's: the command starts on its own and still works
            ProductFixture.Run other = run(elsewhere, Map.of(), "version");
            assertEquals(0, other.exitCode(), other.err());
            assertFalse(other.err().contains("timing: daemon-answered"), other.err());
        } finally {
            daemon.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // killed without cleaning up: its socket file stays, nothing answers, the next command starts on its own
        ProductFixture.Run after = run(folder, Map.of(), "version");
        assertEquals(0, after.exitCode(), after.err());
        assertFalse(after.err().contains("daemon-answered"), after.err());
        assertTrue(after.err().contains("timing: framework-initialised"), after.err());
        // and a new daemon takes the folder over
        Process second = startDaemon(folder, Map.of("BRIDGEWORK_DAEMON_WARMUP", "0"));
        try {
            ProductFixture.Run again = run(folder, Map.of(), "version");
            assertTrue(again.err().contains("timing: daemon-answered"), again.err());
        } finally {
            second.destroy();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the daemon stops on SIGTERM");
        }
        try (var files = Files.list(temp.resolve("cache/bridgework"))) {
            for (Path version : files.toList()) {
                try (var inside = Files.list(version)) {
                    assertTrue(inside.noneMatch(p -> p.getFileName().toString().endsWith(".sock")), "a daemon stopped by SIGTERM removes its socket");
                }
            }
        }
    }
    /**
     * While the workbench is open, headless commands given in the folder it was started in are run by it (no second
     * product boots); once it is closed, they start on their own again.
     */
    @Test
    void theOpenWorkbenchRunsHeadlessCommandsGivenInItsFolder() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            String message = "no display: run under Xvfb (xvfb-run -a ...) to open the workbench";
            if (Boolean.getBoolean("bridgework.requireDisplay")) {
                org.junit.jupiter.api.Assertions.fail(message + " (bridgework.requireDisplay=true)");
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        Path folder = Files.createDirectories(temp.resolve("work"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path script = Files.writeString(temp.resolve("open.script"), "title\nsleep 120000\nexit\n");
        Process workbench = bridgework(folder, Map.of("DISPLAY", display, "BRIDGEWORK_WORKBENCH_SCRIPT", script.toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString()), "workbench", "--sample").redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(workbench.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line; (line = lines.readLine()) != null && !line.startsWith("script: title");) {
                seen.append(line).append('\n');
            }
            assertTrue(workbench.isAlive(), "the workbench did not open:\n" + seen);
            Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();

            ProductFixture.Run served = run(folder, Map.of(), "version");
            assertEquals(0, served.exitCode(), served.err());
            assertTrue(served.err().contains("timing: daemon-answered"), "run by the open workbench: " + served.err());
            assertFalse(served.err().contains("timing: bundles-active"), "no product booted: " + served.err());
            ProductFixture.Run own = run(elsewhere, Map.of(), "version");
            assertEquals(own.out(), served.out(), "the same answer as a product of its own");
            assertFalse(own.err().contains("daemon-answered"), "another folder is not the workbench's: " + own.err());
            ProductFixture.Run validated = run(folder, Map.of(), "validate", "--sample");
            assertEquals(0, validated.exitCode(), validated.out() + validated.err());
            assertTrue(validated.err().contains("timing: daemon-answered"), validated.err());
            assertTrue(validated.out().contains("0 errors"), validated.out());
        } finally {
            workbench.destroy(); // as closing the session: the JVM stops and takes the socket down
            if (!workbench.waitFor(60, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
        ProductFixture.Run after = run(folder, Map.of(), "version");
        assertEquals(0, after.exitCode(), after.err());
        assertFalse(after.err().contains("daemon-answered"), "the workbench is closed: " + after.err());
    }
}
