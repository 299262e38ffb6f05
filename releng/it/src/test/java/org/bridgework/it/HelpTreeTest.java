package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bridgework.launcher.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Walks the whole command tree of the booted product: every command and sub-command answers -h and --help. */
class HelpTreeTest {

    @TempDir
    Path temp;

    private record Output(int exitCode, String out, String err) {
    }

    @Test
    void everyCommandAndSubCommandAnswersHelp() throws Exception {
        try (Product product = Product.boot(ProductFixture.isolatedLayout(temp), Map.of())) {
            Function<String[], Integer> command = product.command(10_000);
            List<String> top = awaitCommands(command);
            assertTrue(top.containsAll(List.of("assemble", "validate", "import", "review", "consensus", "help", "completion")), top.toString());
            List<String> failures = new ArrayList<>();
            int walked = walk(command, List.of(), failures);
            assertEquals(List.of(), failures, "commands that do not answer -h/--help");
            assertTrue(walked > top.size(), "sub-commands were walked too: " + walked);

            Output help = run(command, "help", "validate");
            assertEquals(0, help.exitCode(), help.err());
            assertTrue(help.out().contains("Usage: bridgework validate"), help.out());

            Output completion = run(command, "completion");
            assertEquals(0, completion.exitCode(), completion.err());
            assertTrue(completion.out().contains("complete -F") && completion.out().contains("assemble"), "a bash completion script");
        }
    }

    @Test
    void commandListsShowWholeSentences() throws Exception {
        try (Product product = Product.boot(ProductFixture.isolatedLayout(temp), Map.of())) {
            Function<String[], Integer> command = product.command(10_000);
            awaitCommands(command);
            String usage = run(command, "--help").out();
            List<String> rows = new ArrayList<>();
            for (String line : commandLines(usage)) {
                if (line.startsWith("  ") && !line.startsWith("   ")) {
                    rows.add(line.trim());
                } else if (!rows.isEmpty()) {
                    rows.set(rows.size() - 1, rows.get(rows.size() - 1) + " " + line.trim());
                }
            }
            assertTrue(rows.size() > 10, rows.toString());
            for (String row : rows) {
                // a summary is whole sentences, never cut after a comma or mid-phrase
                assertTrue(row.matches(".*[.!?)]$"), "cut summary: " + row);
            }
        }
    }

    /**
     * The list of commands is printed from each command's declared summary, without activating the commands; each
     * summary must still be what the command's own help says first (they are one constant in the source).
     */
    @Test
    void theCommandListIsPrintedWithoutActivatingTheCommandsAndSaysWhatEachCommandsHelpSays() throws Exception {
        try (Product product = Product.boot(ProductFixture.isolatedLayout(temp), Map.of(), Product.Start.HEADLESS)) {
            Function<String[], Integer> command = product.command(10_000);
            BundleContext context = product.context();
            ServiceReference<?>[] contributions = context.getAllServiceReferences("org.bridgework.cli.api.CommandContribution", null);
            assertTrue(contributions != null && contributions.length > 20, "the product's commands are registered");
            Output usage = run(command, "--help");
            assertEquals(0, usage.exitCode(), usage.err());
            Output misspelt = run(command, "valdate");
            assertEquals(2, misspelt.exitCode(), misspelt.err());
            assertTrue(misspelt.err().contains("validate"), "picocli suggests the command: " + misspelt.err());
            List<String> activated = new ArrayList<>();
            for (ServiceReference<?> reference : contributions) {
                if (reference.getProperty("bridgework.command.summary") == null) {
                    continue;
                }
                Bundle[] using = reference.getUsingBundles();
                if (using != null && using.length > 0) {
                    activated.add(String.valueOf(reference.getProperty("bridgework.command")));
                }
            }
            assertEquals(List.of(), activated, "commands activated to list them");

            Map<String, String> summaries = summaries(usage.out());
            assertTrue(summaries.size() > 20, summaries.toString());
            List<String> differing = new ArrayList<>();
            for (Map.Entry<String, String> row : summaries.entrySet()) {
                if (row.getKey().equals("help") || row.getKey().equals("completion")) {
                    continue;
                }
                String own = run(command, row.getKey(), "--help").out().replaceAll("\\s+", " ");
                if (!own.contains(row.getValue())) {
                    differing.add(row.getKey() + ": " + row.getValue());
                }
            }
            assertEquals(List.of(), differing, "summaries that are not in the command's own help");
            // a command run by name is still the real one
            Output version = run(command, "version");
            assertEquals(0, version.exitCode(), version.err());
            assertTrue(version.out().contains("Bridgework"), version.out());
        }
    }

    /** Each row of the "Commands:" section: the name and its summary, joined across the lines it was wrapped on. */
    private static Map<String, String> summaries(String usage) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        String current = null;
        for (String line : commandLines(usage)) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                String[] parts = line.trim().split("\\s+", 2);
                current = parts[0];
                rows.put(current, parts.length > 1 ? parts[1] : "");
            } else if (current != null) {
                rows.put(current, rows.get(current) + " " + line.trim());
            }
        }
        return rows;
    }

    private int walk(Function<String[], Integer> command, List<String> path, List<String> failures) {
        int count = 0;
        for (String flag : List.of("-h", "--help")) {
            List<String> args = new ArrayList<>(path);
            args.add(flag);
            Output output = run(command, args.toArray(String[]::new));
            if (output.exitCode() != 0 || !output.out().contains("Usage: bridgework")) {
                if (!(flag.equals("-h") && output.out().contains("--help"))) { // -h may mean something else there
                    failures.add(String.join(" ", args) + " -> exit " + output.exitCode() + ": " + firstLine(output.err()));
                }
            }
        }
        if (path.size() > 3) {
            return 1;
        }
        Output usage = run(command, withHelp(path));
        for (String name : commandNames(usage.out())) {
            if (name.equals("help") || name.equals("completion")) {
                continue;
            }
            List<String> child = new ArrayList<>(path);
            child.add(name);
            count += walk(command, child, failures);
        }
        return count + 1;
    }

    private static String[] withHelp(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        return args.toArray(String[]::new);
    }

    private static List<String> awaitCommands(Function<String[], Integer> command) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<String> names = List.of();
        while (System.currentTimeMillis() < deadline) {
            names = commandNames(run(command, "--help").out());
            if (names.contains("assemble") && names.contains("review") && names.contains("workbench")) {
                Thread.sleep(500); // let the last bundles register their commands
                return commandNames(run(command, "--help").out());
            }
            Thread.sleep(100);
        }
        return names;
    }

    private static List<String> commandNames(String usage) {
        List<String> names = new ArrayList<>();
        for (String line : commandLines(usage)) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                names.add(line.trim().split("\\s+")[0]);
            }
        }
        return names;
    }

    /** The lines of the "Commands:" section. */
    private static List<String> commandLines(String usage) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : usage.split("\\R")) {
            if (line.equals("Commands:")) {
                in = true;
            } else if (in && line.isBlank()) {
                break;
            } else if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static synchronized Output run(Function<String[], Integer> command, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = command.apply(args);
            return new Output(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
