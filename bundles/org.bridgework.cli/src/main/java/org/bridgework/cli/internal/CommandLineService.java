package org.bridgework.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code bridgework} command. The launcher calls it through the
 * {@code Function<String[], Integer>} service (a JDK type, so the launcher
 * needs no class of ours); the Gogo console calls it through {@link GogoCommands}.
 * Sub-commands are whatever {@link CommandContribution} services are registered now.
 */
@Component(service = Function.class, property = "bridgework.main=true")
public class CommandLineService implements Function<String[], Integer> {

    /**
     * The registered sub-commands. A contribution that declares its name as the {@link CommandContribution#NAME_PROPERTY}
     * service property is activated only when its command runs (or help lists every command); one without it is
     * activated at once, to learn its name.
     */
    private final Map<Object, Contributed> contributions = new ConcurrentHashMap<>();
    private final BundleContext context;

    /** One registered contribution: its declared name (or null) and, once activated, the object. */
    private final class Contributed {
        final ServiceReference<CommandContribution> reference;
        final String declaredName;
        /** The sentence help lists it with, when declared beside the name: it is then listed without activating it. */
        final String declaredSummary;
        volatile CommandContribution service;

        Contributed(ServiceReference<CommandContribution> reference, CommandContribution service) {
            this.reference = reference;
            this.service = service;
            Object property = reference == null ? null : reference.getProperty(CommandContribution.NAME_PROPERTY);
            this.declaredName = property instanceof String name ? name : null;
            Object summary = reference == null ? null : reference.getProperty(CommandContribution.SUMMARY_PROPERTY);
            this.declaredSummary = declaredName != null && summary instanceof String text && !text.isBlank() ? text : null;
        }

        CommandContribution get() {
            CommandContribution current = service;
            if (current == null && reference != null) {
                synchronized (this) {
                    if (service == null) {
                        service = context.getService(reference);
                    }
                    current = service;
                }
            }
            return current;
        }

        String name() {
            if (declaredName != null) {
                return declaredName;
            }
            CommandContribution current = get();
            return current == null ? null : current.name();
        }
    }

    @Activate
    public CommandLineService(BundleContext context) {
        this.context = context;
    }

    @Reference(service = CommandContribution.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ServiceReference<CommandContribution> reference) {
        Contributed contributed = new Contributed(reference, null);
        if (contributed.declaredName == null) {
            contributed.get(); // an older contribution: its name is known only from the object
        }
        contributions.put(reference, contributed);
    }

    void removeContribution(ServiceReference<CommandContribution> reference) {
        Contributed removed = contributions.remove(reference);
        if (removed != null && removed.service != null && context != null) {
            context.ungetService(reference);
        }
    }

    @Deactivate
    void deactivate() {
        for (Object key : List.copyOf(contributions.keySet())) {
            if (key instanceof ServiceReference<?> reference) {
                @SuppressWarnings("unchecked")
                ServiceReference<CommandContribution> typed = (ServiceReference<CommandContribution>) reference;
                removeContribution(typed);
            }
        }
    }

    /** A contribution given directly, not through the service registry (tests). */
    void addForTest(CommandContribution contribution) {
        contributions.put(contribution, new Contributed(null, contribution));
    }

    /** True when a registered contribution has this name (activating only those that do not declare theirs). */
    private boolean offers(String name) {
        return contributions.values().stream().anyMatch(c -> name.equals(c.name()));
    }

    @Override
    public Integer apply(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public int run(String[] args, PrintWriter out, PrintWriter err) {
        // a command that is named is built alone, so only its contribution is activated; the others are listed by summary
        if (args.length == 0 && System.getenv("DISPLAY") != null && offers("workbench")) {
            args = new String[] {"workbench"}; // with a display and a workbench installed, no command means "open the workbench"
        }
        String command = args.length > 0 && !args[0].startsWith("-") && !args[0].equals("help") && !args[0].equals("completion") ? args[0] : null;
        if (args.length > 1 && args[0].equals("help") && !args[1].startsWith("-")) {
            command = args[1]; // 'help COMMAND' needs that command in full, not the others
        }
        // completion describes every command in full; everything else that names no installed command (the list of
        // commands, version, a misspelt command) lists them by their declared sentences
        boolean full = args.length > 0 && args[0].equals("completion");
        CommandLine root = full ? build(out, err) : build(out, err, command, true);
        if (args.length == 0) {
            root.usage(out);
            markArgumentsOnly();
            return ExitCodes.OK;
        }
        boolean[] executing = {false};
        root.setExecutionStrategy(parseResult -> {
            Integer help = CommandLine.executeHelpRequest(parseResult);
            if (help != null || lastCommand(parseResult) instanceof CommandLine.HelpCommand) {
                markArgumentsOnly(); // usage or version help, or 'help COMMAND'
                if (help != null) {
                    return help;
                }
            }
            executing[0] = true;
            return new CommandLine.RunLast().execute(parseResult);
        });
        CommandLine.IParameterExceptionHandler parseErrors = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((ex, arguments) -> {
            if (!executing[0]) {
                markArgumentsOnly(); // found while parsing, not thrown by a command at work
            }
            return parseErrors.handleParseException(ex, arguments);
        });
        try {
            return root.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return reportExhausted(e, args, err);
        }
    }

    /**
     * Tells the launcher that this run's output depended only on the arguments and the installed commands (help,
     * version, a parse error), so it may answer the same arguments again without starting the product. The launcher
     * (org.bridgework.launcher.UsageAnswers) clears the property before the run and reads it after.
     */
    private static void markArgumentsOnly() {
        System.setProperty("bridgework.cli.outcome", "arguments-only");
    }

    private static Object lastCommand(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last.commandSpec().userObject();
    }

    /**
     * The JVM ran out of stack or heap in a command: one paragraph, exit code 2, never a trace. Whatever the command
     * had made is released as the error unwinds (its try-with-resources blocks close projects and delete temporary
     * copies), and the error is not rethrown: the product stays up for the next command (the console).
     */
    static int reportExhausted(Error e, String[] args, PrintWriter err) {
        String command = args.length == 0 ? "" : " " + args[0];
        if (e instanceof StackOverflowError) {
            err.println("bridgework" + command + ": the input is nested too deeply to process (the work ran out of stack space). "
                    + "Is an element inside itself over and over? Check it with 'bridgework validate'. Nothing was written.");
        } else {
            err.println("bridgework" + command + ": the input is too large to process in the memory given to Java ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB). Nothing was written. Check its size, or give Java more "
                    + "memory with BRIDGEWORK_JAVA_OPTS=-Xmx4g.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    CommandLine build(PrintWriter out, PrintWriter err) {
        return build(out, err, null, false);
    }

    /**
     * The command tree: with {@code only}, just that command when a contribution declares it; otherwise every command,
     * each one that declares its summary as a placeholder when {@code summaries} (listed without being activated; run,
     * it builds the whole tree and runs the arguments again).
     */
    CommandLine build(PrintWriter out, PrintWriter err, String only, boolean summaries) {
        CommandLine root = new CommandLine(new Root(context));
        // copy before iterating: bundles may come and go while we build
        List<Contributed> all = new java.util.ArrayList<>(contributions.values());
        all.sort(java.util.Comparator.comparing(c -> String.valueOf(c.name())));
        List<Contributed> chosen = only == null ? all : all.stream().filter(c -> only.equals(c.declaredName)).toList();
        if (chosen.isEmpty()) {
            chosen = all;
        }
        for (Contributed contributed : chosen) {
            if (summaries && chosen == all && contributed.declaredSummary != null && contributed.service == null) {
                String name = contributed.declaredName;
                root.addSubcommand(name, DeferredCommands.placeholder(name, contributed.declaredSummary, () -> runInFull(root, name, out, err)));
                continue;
            }
            CommandContribution contribution = contributed.get();
            if (contribution == null) {
                continue; // unregistered meanwhile
            }
            try {
                root.addSubcommand(contribution.name(), contribution.create());
            } catch (RuntimeException e) {
                err.println("bridgework: the '" + contribution.name() + "' command could not be loaded: " + e.getMessage());
            }
        }
        for (DeferredCommands.Deferred deferred : DeferredCommands.find(context)) {
            if (!root.getSubcommands().containsKey(deferred.name())) {
                root.addSubcommand(deferred.name(), DeferredCommands.placeholder(deferred, () -> startThenRun(deferred, root, out, err)));
            }
        }
        if (!root.getSubcommands().containsKey("help")) {
            root.addSubcommand("help", new CommandLine.HelpCommand());
        }
        if (!root.getSubcommands().containsKey("completion")) {
            root.addSubcommand("completion", new CompletionCommand());
        }
        HelpEverywhere.apply(root);
        root.setOut(out);
        root.setErr(err);
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setExecutionExceptionHandler(this::handleFailure);
        return root;
    }

    /** Starts the bundles of a command this run did not start, waits for its contribution, then runs it for real. */
    private int startThenRun(DeferredCommands.Deferred deferred, CommandLine placeholderRoot, PrintWriter out, PrintWriter err) {
        try {
            DeferredCommands.startGroup(context, deferred.bundle());
        } catch (org.osgi.framework.BundleException | IllegalStateException e) {
            err.println("bridgework " + deferred.name() + ": its bundle " + deferred.bundle().getSymbolicName() + " could not be started: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!offers(deferred.name()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!offers(deferred.name())) {
            err.println("bridgework " + deferred.name() + ": its bundle " + deferred.bundle().getSymbolicName()
                    + " started but did not offer the command within 10 s; run 'bridgework bundles' to see why.");
            return ExitCodes.PROBLEMS;
        }
        return runInFull(placeholderRoot, deferred.name(), out, err);
    }

    /** Runs the arguments a placeholder was reached with again, on the whole command tree. */
    private int runInFull(CommandLine placeholderRoot, String name, PrintWriter out, PrintWriter err) {
        CommandLine.ParseResult parsed = placeholderRoot.getParseResult();
        List<String> again = parsed == null ? List.of(name) : parsed.originalArgs();
        return build(out, err).execute(again.toArray(String[]::new));
    }

    /** "bridgework element delete", not just "delete": a nested command's message names the whole command. */
    public static String qualifiedName(CommandLine commandLine) {
        String name = commandLine.getCommandSpec().qualifiedName(" ");
        return name.startsWith("bridgework") ? name : "bridgework " + name;
    }

    private int handleFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CommandFailure failure) {
            err.println(qualifiedName(commandLine) + ": " + failure.getMessage());
            return failure.exitCode();
        }
        err.println(qualifiedName(commandLine) + ": internal error: " + e
                + (e.getCause() != null ? " (caused by " + e.getCause() + ")" : ""));
        err.println("Please report this with the command you ran.");
        return ExitCodes.PROBLEMS;
    }

    @Command(name = "bridgework", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Bridgework: joint guidance on partnerships between universities and colleges and NHS mental health services.",
                    "With no command and a display, opens the workbench."},
            footer = {"", "Exit codes: 0 ok, 1 the work found problems, 2 bad usage or unreadable input.",
                    "--console opens a Gogo shell with the same commands (bridgework <command> ...).",
                    "--daemon keeps the product resident for the headless commands given later in the same folder."})
    static final class Root implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--console", description = "Open a Gogo shell inside the running product.")
        boolean console;

        @Option(names = "--daemon", description = {"Stay resident and run the headless commands later given in this folder, so they "
                + "do not start the product again (they use it when it answers, and start as usual when not). Stops after "
                + "BRIDGEWORK_DAEMON_IDLE_MINUTES (180) idle, or on Ctrl+C. BRIDGEWORK_DAEMON=0 makes a command start on its own."})
        boolean daemon;

        private final BundleContext context;

        Root(BundleContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            // --console is handled by the launcher before we are called; reaching here means no sub-command
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Bridgework " + ProductInfo.version()};
        }
    }
}
