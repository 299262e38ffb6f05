package org.bridgework.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the real product, as a user starts it (bin/bridgework, a new JVM each run):
 * milliseconds from JVM start to all bundles active (headless, {@code bundles}) and to the first
 * workbench window painted ({@code workbench --screenshot --exit}, and with the sample project open:
 * {@code workbench --sample --screenshot --exit}; both need a display) and to an edit painted in it (a section's title
 * set through the command stack by the workbench's test script once it has painted), each with and
 * without the JDK's AOT cache (the one the build recorded), the variants alternating so machine drift hits both
 * alike. Headless: {@code version}, {@code validate --sample}, {@code --help} (the headless bundle set) and
 * {@code bundles} (every bundle started, as the workbench does). Prints medians with min and max, and the load average.
 */
public final class BootBenchmark {
    private static final String ANSWERED = "answered-without-boot";
    private static final String EDIT_VISIBLE = "edit-visible";
    private static final String EDIT_SCRIPT = "edit.script";
    private static final Pattern TIMING = Pattern.compile("^timing: (\\S+) (\\d+)$", Pattern.MULTILINE);

    private BootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path product = Path.of(args.length > 0 ? args[0] : "releng/product/target/bridgework").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        boolean display = System.getenv("DISPLAY") != null;
        Path work = Files.createTempDirectory("bridgework-bench");
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        List<String[]> jobs = new ArrayList<>();
        // headless commands start only the bundles they need (not the workbench's); bundles-active is when the command line is up
        jobs.add(new String[] {"version", "bundles-active", "version"});
        jobs.add(new String[] {"validate --sample", "bundles-active", "validate", "--sample"});
        jobs.add(new String[] {"--help", "bundles-active", "--help"});
        // help and usage errors asked before: answered by the launcher without starting the product (UsageAnswers)
        jobs.add(new String[] {"--help (asked before)", ANSWERED, "--help"});
        jobs.add(new String[] {"usage error (asked before)", ANSWERED, "validat"});
        jobs.add(new String[] {"everything (bundles)", "bundles-active", "bundles"});
        if (display) {
            jobs.add(new String[] {"window", "window-painted", "workbench", "--screenshot", work.resolve("w.png").toString(), "--exit"});
            // the workbench with the sample project open (read while the window is built) when it first paints
            jobs.add(new String[] {"window+sample", "window-painted", "workbench", "--sample", "--screenshot", work.resolve("s.png").toString(), "--exit"});
            // responsive: after the first paint a section's title is edited through the command stack, as the editors
            // do, and painted (the workbench's test script); the edit is undone and the window closed
            Files.writeString(work.resolve(EDIT_SCRIPT), String.join("\n", "set sec-purpose heading What this guidance is for (edited)",
                    "timing " + EDIT_VISIBLE, "undo", "exit") + "\n");
            jobs.add(new String[] {"window+sample, an edit", EDIT_VISIBLE, "workbench", "--sample"});
        }
        // warm the bundle cache and record the AOT cache once (both are one-off costs a user pays on first start)
        for (String[] job : jobs) {
            run(product, work, false, job);
            run(product, work, true, job);
        }
        for (int i = 0; i < runs; i++) {
            for (String[] job : jobs) {
                for (boolean aot : new boolean[] {false, true}) {
                    Map<String, Long> t = run(product, work, aot, job);
                    String key = job[0] + (aot ? " +AOT" : "");
                    samples.computeIfAbsent(key + ": " + job[1], k -> new ArrayList<>()).add(t.getOrDefault(job[1], -1L));
                    samples.computeIfAbsent(key + ": whole process", k -> new ArrayList<>()).add(t.get("process"));
                }
            }
        }
        // a resident product (bridgework --daemon) serving the work folder: the same headless commands, whole process
        Process daemon = startResident(product, work);
        try {
            String[][] served = {{"version", "daemon-answered", "version"}, {"validate --sample", "daemon-answered", "validate", "--sample"}};
            for (String[] job : served) {
                run(product, work, true, true, job);
            }
            for (int i = 0; i < runs; i++) {
                for (String[] job : served) {
                    Map<String, Long> t = run(product, work, true, true, job);
                    if (!t.containsKey("daemon-answered")) {
                        throw new IllegalStateException("the resident product did not answer " + job[0]);
                    }
                    samples.computeIfAbsent(job[0] + " (resident): whole process", k -> new ArrayList<>()).add(t.get("process"));
                }
            }
        } finally {
            daemon.destroy();
            daemon.waitFor(30, TimeUnit.SECONDS);
        }
        System.out.printf("Bridgework start-up, %d runs each, medians in ms (JVM start to the mark); load average %.2f at the end%n", runs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
            System.out.printf("  %-40s %6d   (min %d, max %d)%n", e.getKey(), median(e.getValue()),
                    e.getValue().stream().mapToLong(Long::longValue).min().orElse(-1),
                    e.getValue().stream().mapToLong(Long::longValue).max().orElse(-1));
        }
        if (!display) {
            System.out.println("  (no DISPLAY: run under xvfb-run for the first-window figures)");
        }
    }

    private static Map<String, Long> run(Path product, Path work, boolean aot, String[] job) throws IOException, InterruptedException {
        return run(product, work, aot, false, job);
    }

    /** One run; {@code resident}: in the folder a resident product (bridgework --daemon) serves, which runs it. */
    private static Map<String, Long> run(Path product, Path work, boolean aot, boolean resident, String[] job) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(product.resolve("bin/bridgework").toString());
        for (int i = 2; i < job.length; i++) {
            command.add(job[i]);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BRIDGEWORK_TIMING", "1");
        boolean answered = ANSWERED.equals(job[1]);
        if (!answered) {
            builder.environment().put("BRIDGEWORK_ANSWERS", "0"); // the product's own start, not an answer kept from before
        }
        if (resident) {
            builder.directory(work.toFile());
            builder.environment().remove("BRIDGEWORK_DAEMON");
        } else {
            builder.environment().put("BRIDGEWORK_DAEMON", "0");
        }
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
        // the workbench's default layout, not the user's (the edit's window remembers its layout: kept apart from the others)
        boolean edit = EDIT_VISIBLE.equals(job[1]);
        builder.environment().put("XDG_CONFIG_HOME", work.resolve(edit ? "config-edit" : "config").toString());
        if (edit) {
            builder.environment().put("BRIDGEWORK_WORKBENCH_SCRIPT", work.resolve(EDIT_SCRIPT).toString());
        }
        // with: the product's build-time AOT cache (the default when the JDK is the build's); without: BRIDGEWORK_AOT=0
        if (aot) {
            builder.environment().remove("BRIDGEWORK_AOT");
        } else {
            builder.environment().put("BRIDGEWORK_AOT", "0");
        }
        Path err = work.resolve("err.txt");
        builder.redirectError(err.toFile());
        Path out = work.resolve("out.txt");
        builder.redirectOutput(out.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " hung");
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        boolean usageError = answered && job[2].equals("validat");
        if (process.exitValue() != (usageError ? 2 : 0)) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + stderr);
        }
        if (edit && !Files.readString(out, StandardCharsets.UTF_8).contains("-> set sec-purpose heading; dirty")) {
            throw new IllegalStateException("the workbench's script did not make the edit:\n" + Files.readString(out, StandardCharsets.UTF_8) + stderr);
        }
        Map<String, Long> marks = new LinkedHashMap<>();
        Matcher m = TIMING.matcher(stderr);
        while (m.find()) {
            marks.put(m.group(1), Long.parseLong(m.group(2)));
        }
        marks.put("process", wall);
        return marks;
    }

    private static Process startResident(Path product, Path work) throws IOException {
        return startResident(product.resolve("bin/bridgework"), work, Map.of("XDG_CACHE_HOME", work.resolve("cache").toString(),
                "XDG_DATA_HOME", work.resolve("data").toString(), "XDG_CONFIG_HOME", work.resolve("config").toString()));
    }

    /** Starts {@code bridgework --daemon} in {@code folder} and returns once it serves (its output drained from then on). */
    static Process startResident(Path bridgework, Path folder, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(bridgework.toString(), "--daemon").directory(folder.toFile());
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process daemon = builder.start();
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null;) {
            if (line.contains("serving headless commands")) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return daemon;
            }
        }
        throw new IllegalStateException("bridgework --daemon did not start");
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
