package org.bridgework.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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

    private final Map<String, CommandContribution> contributions = new ConcurrentSkipListMap<>();
    private final BundleContext context;

    @Activate
    public CommandLineService(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(CommandContribution contribution) {
        contributions.put(contribution.name(), contribution);
    }

    void removeContribution(CommandContribution contribution) {
        contributions.remove(contribution.name(), contribution);
    }

    @Override
    public Integer apply(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine root = build(out, err);
        if (args.length == 0) {
            // with a display and a workbench installed, no command means "open the workbench"
            if (System.getenv("DISPLAY") != null && root.getSubcommands().containsKey("workbench")) {
                args = new String[] {"workbench"};
            } else {
                root.usage(out);
                return ExitCodes.OK;
            }
        }
        try {
            return root.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return reportExhausted(e, args, err);
        }
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
        CommandLine root = new CommandLine(new Root(context));
        // copy before iterating: bundles may come and go while we build
        for (CommandContribution contribution : List.copyOf(contributions.values())) {
            try {
                root.addSubcommand(contribution.name(), contribution.create());
            } catch (RuntimeException e) {
                err.println("bridgework: the '" + contribution.name() + "' command could not be loaded: " + e.getMessage());
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

    private int handleFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CommandFailure failure) {
            err.println("bridgework " + commandLine.getCommandName() + ": " + failure.getMessage());
            return failure.exitCode();
        }
        err.println("bridgework " + commandLine.getCommandName() + ": internal error: " + e
                + (e.getCause() != null ? " (caused by " + e.getCause() + ")" : ""));
        err.println("Please report this with the command you ran.");
        return ExitCodes.PROBLEMS;
    }

    @Command(name = "bridgework", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Bridgework: joint guidance on partnerships between universities and colleges and NHS mental health services.",
                    "With no command and a display, opens the workbench."},
            footer = {"", "Exit codes: 0 ok, 1 the work found problems, 2 bad usage or unreadable input.",
                    "--console opens a Gogo shell with the same commands (bridgework <command> ...)."})
    static final class Root implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--console", description = "Open a Gogo shell inside the running product.")
        boolean console;

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
