package org.bridgework.cli.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;

import picocli.CommandLine;

/**
 * For the tests of bundles that contribute commands (shared as this module's test-jar): runs a command object as the
 * {@code bridgework} root does — a {@link CommandFailure} is one line on standard error with its exit code, a usage
 * error is exit 2 — and returns what it printed.
 */
public final class CommandHarness {

    /** What a command printed and its exit code. */
    public record Result(int exit, String out, String err) {
    }

    private CommandHarness() {
    }

    /** Runs {@code command} (a picocli command object or a {@link CommandLine}) with these arguments. */
    public static Result run(Object command, String... args) {
        CommandLine cl = command instanceof CommandLine c ? c : new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            if (e instanceof CommandFailure f) {
                line.getErr().println(org.bridgework.cli.internal.CommandLineService.qualifiedName(line) + ": " + f.getMessage());
                return f.exitCode();
            }
            throw e;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        });
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
