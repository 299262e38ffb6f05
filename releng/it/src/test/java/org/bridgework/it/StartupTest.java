package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.launcher.Product;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run starts, and a guard against gross start-up regressions. The real figures come from releng/bench
 * (BootBenchmark, on a quiet machine); this check fails only when start-up is far beyond the aims of the speed
 * issue (3x: a headless command's whole process 0.8 s, bundles active 0.6 s), so a loaded CI machine still passes.
 */
class StartupTest {

    private static final Pattern STARTED = Pattern.compile("^timing: start (\\S+) \\d+$", Pattern.MULTILINE);

    @TempDir
    Path temp;

    private static List<String> started(ProductFixture.Run run) {
        List<String> names = new ArrayList<>();
        Matcher m = STARTED.matcher(run.err());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void aHeadlessCommandStartsNoWindowingBundleAndStillListsTheWorkbench() throws Exception {
        Map<String, String> env = Map.of("BRIDGEWORK_TIMING", "bundles", "DISPLAY", "");
        ProductFixture.Run version = ProductFixture.run(temp, env, "version");
        assertEquals(0, version.exitCode(), version.err());
        List<String> started = started(version);
        assertTrue(started.contains("org.bridgework.cli") && started.contains("org.bridgework.core"), started.toString());
        for (String name : started) {
            assertFalse(name.startsWith("org.bridgework.ui.") || name.startsWith("org.eclipse.swt") || name.startsWith("org.eclipse.jface")
                    || name.startsWith("org.apache.felix.gogo"), "a headless command started " + name + ": " + started);
        }
        // the components activate without complaint (a reference cycle makes SCR warn on every command)
        ProductFixture.Run milestones = ProductFixture.run(temp, env, "milestones", "--sample");
        assertFalse(milestones.err().contains("WARN") || milestones.err().contains("ERROR"), milestones.err());
        ProductFixture.Run help = ProductFixture.run(temp, env, "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("workbench") && help.out().contains("Open the Bridgework workbench window"), help.out());

        // the health check starts everything, and every bundle is well
        ProductFixture.Run bundles = ProductFixture.run(temp, env, "bundles");
        assertEquals(0, bundles.exitCode(), bundles.out() + bundles.err());
        assertTrue(started(bundles).contains("org.bridgework.ui.workbench"), bundles.err());
        // and the next headless command, on the same bundle cache, again starts no windowing bundle
        assertFalse(started(ProductFixture.run(temp, env, "version")).contains("org.bridgework.ui.workbench"));
    }

    @Test
    void everyCommandThatDeclaresItsNameIsThatCommand() throws Exception {
        try (Product product = Product.boot(ProductFixture.isolatedLayout(temp), Map.of())) {
            BundleContext context = product.context();
            int declared = 0;
            // the bundle's own classes, not this test's: the contract is read by name (cli.api CommandContribution)
            product.command(10_000); // every bundle started and the command line up
            for (ServiceReference<?> reference : context.getAllServiceReferences("org.bridgework.cli.api.CommandContribution", null)) {
                Object name = reference.getProperty("bridgework.command");
                if (name != null) {
                    declared++;
                    Object contribution = context.getService(reference);
                    Object actual = contribution.getClass().getMethod("name").invoke(contribution);
                    assertEquals(name, actual, "the service property and name() of " + reference.getProperty("component.name"));
                    context.ungetService(reference);
                }
            }
            assertTrue(declared >= 20, "commands declaring their name: " + declared);
        }
    }

    @Test
    void helpAndUsageErrorsAskedAgainAreAnsweredWithoutStartingTheProduct() throws Exception {
        Map<String, String> env = Map.of("BRIDGEWORK_TIMING", "1", "DISPLAY", "");
        ProductFixture.Run first = ProductFixture.run(temp, env, "assemble", "--help");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("timing: bundles-active"), first.err());
        ProductFixture.Run again = ProductFixture.run(temp, env, "assemble", "--help");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(first.out(), again.out());
        assertTrue(again.err().contains("timing: answered-without-boot") && !again.err().contains("bundles-active"), again.err());

        // a usage error found while parsing: the same message and exit code, without starting
        ProductFixture.Run typo = ProductFixture.run(temp, env, "validat");
        ProductFixture.Run typoAgain = ProductFixture.run(temp, env, "validat");
        assertEquals(2, typo.exitCode(), typo.err());
        assertEquals(2, typoAgain.exitCode(), typoAgain.err());
        assertTrue(typoAgain.err().contains("timing: answered-without-boot"), typoAgain.err());
        assertEquals(withoutTiming(typo.err()), withoutTiming(typoAgain.err()));
        assertTrue(withoutTiming(typoAgain.err()).contains("validate"), typoAgain.err());

        // a command at work (and its own errors, which depend on files) always runs in the product
        ProductFixture.Run missing = ProductFixture.run(temp, env, "validate", temp.resolve("none.guidance").toString());
        ProductFixture.Run missingAgain = ProductFixture.run(temp, env, "validate", temp.resolve("none.guidance").toString());
        assertEquals(2, missingAgain.exitCode(), missingAgain.err());
        assertTrue(missing.err().contains("bundles-active") && missingAgain.err().contains("bundles-active"), missingAgain.err());

        // an extension dropped into the user's folder may bring commands: the product is asked again
        java.nio.file.Files.createDirectories(temp.resolve("data/bridgework/extensions"));
        ContextJars.dataContext(temp.resolve("data/bridgework/extensions/it-context.jar"), "org.example.it.answers", "it-answers");
        ProductFixture.Run afterExtension = ProductFixture.run(temp, env, "assemble", "--help");
        assertEquals(0, afterExtension.exitCode(), afterExtension.err());
        assertTrue(afterExtension.err().contains("timing: bundles-active"), afterExtension.err());

        // an entry that does not read back whole is ignored, never printed
        try (var entries = java.nio.file.Files.walk(temp.resolve("cache"))) {
            for (Path entry : entries.filter(p -> p.getParent().getFileName().toString().equals("answers")).toList()) {
                java.nio.file.Files.write(entry, java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(entry), 20));
            }
        }
        ProductFixture.Run damaged = ProductFixture.run(temp, env, "assemble", "--help");
        assertEquals(first.out(), damaged.out());
        assertTrue(damaged.err().contains("timing: bundles-active"), damaged.err());
    }

    private static String withoutTiming(String err) {
        return err.replaceAll("(?m)^timing: .*\\R", "");
    }

    @Test
    void startUpIsNotGrosslySlowerThanTheAims() throws Exception {
        Map<String, String> env = Map.of("BRIDGEWORK_TIMING", "1", "DISPLAY", "");
        ProductFixture.run(temp, env, "version"); // the first run makes the bundle cache
        List<Long> active = new ArrayList<>();
        List<Long> whole = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long begin = System.nanoTime();
            ProductFixture.Run run = ProductFixture.run(temp, env, "version");
            whole.add((System.nanoTime() - begin) / 1_000_000);
            assertEquals(0, run.exitCode(), run.err());
            Matcher m = Pattern.compile("^timing: bundles-active (\\d+)$", Pattern.MULTILINE).matcher(run.err());
            assertTrue(m.find(), run.err());
            active.add(Long.parseLong(m.group(1)));
        }
        Collections.sort(active);
        Collections.sort(whole);
        // a machine busy with other work (a loaded CI runner, parallel builds) stretches every timing: the limits
        // grow with the load average beyond one runnable task per core, so only a regression of the product fails
        int cores = Runtime.getRuntime().availableProcessors();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double busy = Math.max(1.0, load / cores);
        System.out.printf("start-up of 'bridgework version' (median of 3): bundles active %d ms, whole process %d ms (load %.1f on %d cores)%n",
                active.get(1), whole.get(1), load, cores);
        assertTrue(active.get(1) <= 3 * 600 * busy, "bundles active after " + active + " ms (aim 600 ms; this check fails beyond 3x, x" + busy + " for load)");
        assertTrue(whole.get(1) <= 3 * 800 * busy, "the whole process took " + whole + " ms (aim 800 ms; this check fails beyond 3x, x" + busy + " for load)");
    }
    /**
     * The first window with the sample, and an edit made in it once it has painted (a section's heading set through
     * the command stack by the workbench's test script, then painted): fails only beyond 3x the aims (1.0 s, 1.5 s).
     */
    @Test
    void theWorkbenchWindowAndAnEditInItAreNotGrosslySlowerThanTheAims() throws Exception {
        boolean display = !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
        if (!display) {
            String message = "no display: run under Xvfb (xvfb-run -a ...) for the workbench's start-up check";
            if (Boolean.getBoolean("bridgework.requireDisplay")) {
                org.junit.jupiter.api.Assertions.fail(message + " (bridgework.requireDisplay=true)");
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        Path script = java.nio.file.Files.writeString(temp.resolve("edit.script"),
                "set sec-purpose heading What this guidance is for (edited)\ntiming edit-visible\nundo\nexit\n");
        Map<String, String> env = Map.of("BRIDGEWORK_TIMING", "1", "BRIDGEWORK_WORKBENCH_SCRIPT", script.toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString());
        List<Long> painted = new ArrayList<>();
        List<Long> edited = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // the first run makes the bundle cache
            ProductFixture.Run run = ProductFixture.run(temp, env, "workbench", "--sample");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("-> set sec-purpose heading; dirty") && run.out().contains("-> undone; clean"), run.out());
            if (i > 0) {
                painted.add(mark(run, "window-painted"));
                edited.add(mark(run, "edit-visible"));
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double busy = Math.max(1.0, load / cores);
        long window = Collections.min(painted);
        long edit = Collections.min(edited);
        System.out.printf("workbench with the sample (best of 2): painted %d ms, an edit visible %d ms (load %.1f on %d cores)%n",
                window, edit, load, cores);
        assertTrue(window <= 3 * 1000 * busy, "the window painted after " + painted + " ms (aim 1,000 ms; fails beyond 3x, x" + busy + " for load)");
        assertTrue(edit <= 3 * 1500 * busy, "the edit was visible after " + edited + " ms (aim 1,500 ms; fails beyond 3x, x" + busy + " for load)");
    }

    private static long mark(ProductFixture.Run run, String name) {
        Matcher m = Pattern.compile("^timing: " + name + " (\\d+)$", Pattern.MULTILINE).matcher(run.err());
        assertTrue(m.find(), "no " + name + " mark in " + run.err());
        return Long.parseLong(m.group(1));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
