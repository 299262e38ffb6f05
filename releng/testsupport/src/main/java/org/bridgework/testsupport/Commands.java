package org.bridgework.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.bridgework.cli.testing.CommandHarness;

/**
 * A bundle's commands run by name as the {@code bridgework} root runs them (a command failure is one line on standard
 * error with its exit code; see {@link CommandHarness}). A bundle's test helper extends it, builds the services its
 * commands need and adds each command's factory; a test then calls {@code run("review", "export", ...)}.
 */
public class Commands {

    /** What a command printed and its exit code. */
    public record Result(int exit, String out, String err) {
    }

    private final Map<String, Supplier<Object>> commands = new LinkedHashMap<>();

    /** Adds a command under its name: {@code create} makes a fresh command object (a {@code CommandContribution.create()}). */
    protected final void add(String name, Supplier<Object> create) {
        commands.put(name, create);
    }

    /** Runs the command {@code name} (added before) with these arguments. */
    public Result run(String name, String... args) {
        Supplier<Object> create = commands.get(name);
        if (create == null) {
            throw new IllegalArgumentException(name + " (this helper runs " + String.join(", ", commands.keySet()) + ")");
        }
        CommandHarness.Result result = CommandHarness.run(create.get(), args);
        return new Result(result.exit(), result.out(), result.err());
    }
}
