package org.bridgework.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code bridgework [--console | --daemon] [COMMAND ...]}: boots the product and runs the command inside it, or has a
 * resident product ({@code --daemon}, {@link Resident}) run it.
 * Exit codes: 0 ok, 1 the work found problems, 2 bad usage or unreadable input.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exit = run(args);
        Timing.mark("stopped");
        System.exit(exit);
    }

    /** Commands that need every bundle started: the window, and the health check of every bundle. */
    private static final Set<String> NEED_EVERYTHING = Set.of("workbench", "bundles");

    /**
     * What a run starts: everything for the console, the workbench (also "no command" with a display) and the
     * bundle check; otherwise the headless set, so a command never pays for SWT and the views.
     */
    static Product.Start startFor(List<String> args, boolean console) {
        if (console) {
            return Product.Start.EVERYTHING;
        }
        String command = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        if (command == null) {
            boolean help = args.stream().anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
            return !help && System.getenv("DISPLAY") != null ? Product.Start.EVERYTHING : Product.Start.HEADLESS;
        }
        return NEED_EVERYTHING.contains(command) ? Product.Start.EVERYTHING : Product.Start.HEADLESS;
    }

    /** Whether these arguments open the workbench window: {@code workbench}, or no command with a display. */
    static boolean opensWindow(List<String> args) {
        String command = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        boolean help = args.stream().anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
        return !help && ("workbench".equals(command) || command == null && System.getenv("DISPLAY") != null);
    }

    /** How long a resident product waits for the next command before it stops (BRIDGEWORK_DAEMON_IDLE_MINUTES, 180). */
    static long idleMinutes() {
        try {
            return Math.max(1, Long.parseLong(System.getenv().getOrDefault("BRIDGEWORK_DAEMON_IDLE_MINUTES", "180")));
        } catch (NumberFormatException e) {
            return 180;
        }
    }

    /**
     * The build's training run of the JDK's ahead-of-time cache: the commands named here (separated by {@code ;}, each
     * split at spaces) run one after the other in one product, so the cache holds the classes of the headless commands
     * and of the workbench window alike. A {@code workbench} command is left out without a display.
     */
    static final String TRAINING_ENV = "BRIDGEWORK_AOT_TRAINING";

    static List<List<String>> trainingRuns(String value, boolean display) {
        List<List<String>> runs = new ArrayList<>();
        for (String line : value.split(";")) {
            List<String> words = List.of(line.trim().split("\\s+"));
            if (!line.isBlank() && (display || !words.get(0).equals("workbench"))) {
                runs.add(words);
            }
        }
        return runs;
    }

    private static int train(ProductLayout layout, String value) {
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        try (Product product = Product.boot(layout, Map.of(), Product.Start.EVERYTHING)) {
            Function<String[], Integer> command = product.command(10_000);
            if (command == null) {
                System.err.println("bridgework: training: the command line bundle did not start");
                return 1;
            }
            int worst = 0;
            for (List<String> run : trainingRuns(value, display)) {
                int exit = command.apply(run.toArray(String[]::new));
                System.err.println("bridgework: training: " + String.join(" ", run) + " -> exit " + exit);
                worst = Math.max(worst, exit);
            }
            return worst >= 2 ? worst : 0; // a run that found problems (1) still trained the cache
        } catch (Exception e) {
            System.err.println("bridgework: training: the product could not start: " + e.getMessage());
            return 1;
        }
    }

    static int run(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean console = rest.remove("--console");
        boolean daemon = rest.remove("--daemon");
        String homeProperty = System.getProperty("bridgework.home");
        if (homeProperty == null) {
            System.err.println("bridgework: the launcher needs -Dbridgework.home=<product folder>; start it with bin/bridgework.");
            return 2;
        }
        Path home = Path.of(homeProperty);
        if (!Files.isDirectory(home.resolve("bundles"))) {
            System.err.println("bridgework: no bundles folder in " + home + "; is the product assembled? (mvn install)");
            return 2;
        }
        ProductLayout layout;
        try {
            layout = ProductLayout.of(home);
        } catch (java.io.IOException e) {
            System.err.println("bridgework: could not read the product in " + home + ": " + e.getMessage());
            return 2;
        }
        String training = System.getenv(TRAINING_ENV);
        if (training != null && !training.isBlank() && rest.isEmpty()) {
            return train(layout, training);
        }
        Product.Start start = startFor(rest, console);
        // help, --version and usage errors asked before with the same product and folders: answered without booting
        UsageAnswers answers = console || daemon || "0".equals(System.getenv("BRIDGEWORK_ANSWERS")) ? null : UsageAnswers.of(layout, rest);
        if (answers != null) {
            Integer answered = answers.replay(System.out, System.err);
            if (answered != null) {
                Timing.mark("answered-without-boot");
                return answered;
            }
        }
        if (!console && !daemon && start == Product.Start.HEADLESS && !"0".equals(System.getenv("BRIDGEWORK_DAEMON"))) {
            // a resident product serving this folder runs the command without booting again
            Integer answered = Resident.tryDaemon(layout, rest.toArray(String[]::new));
            if (answered != null) {
                return answered;
            }
        }
        // the Gogo shell starts interactively only when asked; otherwise the product runs one command and stops
        Map<String, String> extra = console ? Map.of("gosh.args", "") : Map.of();
        try (Product product = Product.boot(layout, extra, daemon ? Product.Start.HEADLESS : start)) {
            for (String failure : product.startFailures()) {
                System.err.println("bridgework: bundle not started: " + failure);
            }
            if (console) {
                System.out.println("Bridgework console. Commands: bridgework <command> ... ; 'exit' to leave.");
                product.awaitStop();
                return 0;
            }
            Function<String[], Integer> command = product.command(10_000);
            Timing.mark("bundles-active");
            if (command == null) {
                System.err.println("bridgework: the command line bundle (org.bridgework.cli) did not start; run 'bridgework --console' and 'lb' to see why.");
                return 1;
            }
            if (daemon) {
                return Resident.serve(layout, command, idleMinutes());
            }
            String[] commandArgs = rest.toArray(String[]::new);
            // while the workbench is open, headless commands given in this folder are run by it (BRIDGEWORK_DAEMON=0: not)
            Resident.Beside resident = !console && opensWindow(rest) && !"0".equals(System.getenv("BRIDGEWORK_DAEMON"))
                    ? Resident.serveBeside(layout, command) : null;
            int exit;
            try {
                exit = answers == null ? command.apply(commandArgs)
                        : answers.run(() -> command.apply(commandArgs), product.startFailures().isEmpty());
            } finally {
                if (resident != null) {
                    resident.close();
                }
            }
            Timing.mark("command-done");
            // the command's output is whole: what threads still winding down print while the framework stops (a
            // warm-up loading classes from jars being closed, and Felix's default log, which writes to standard
            // output) goes to standard error, never after a --json document
            System.out.flush();
            System.setOut(System.err);
            return exit;
        } catch (Exception e) {
            System.err.println("bridgework: the product could not start: " + e.getMessage());
            return 1;
        }
    }
}
