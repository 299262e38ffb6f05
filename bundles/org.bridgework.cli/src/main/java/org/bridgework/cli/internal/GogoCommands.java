package org.bridgework.cli.internal;

import java.io.PrintWriter;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Makes {@code bridgework <command> ...} available in the Gogo shell ({@code --console}). */
@Component(service = GogoCommands.class, property = {"osgi.command.scope=bridgework", "osgi.command.function=bridgework"})
public class GogoCommands {
    private final CommandLineService commandLine;

    @Activate
    public GogoCommands(@Reference(target = "(bridgework.main=true)") Function<String[], Integer> commandLine) {
        this.commandLine = (CommandLineService) commandLine;
    }

    public int bridgework(String... args) {
        // Gogo swaps System.out per session, so take the streams at call time
        return commandLine.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
