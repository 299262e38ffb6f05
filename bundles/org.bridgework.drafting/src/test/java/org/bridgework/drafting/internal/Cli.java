package org.bridgework.drafting.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;

import picocli.CommandLine;

/** Runs our commands as the bridgework root does (same failure handling), over the real project and validation services. */
final class Cli {

    record Result(int exit, String out, String err) {
    }

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final ValidationServiceImpl validation = new ValidationServiceImpl();
    final DraftingChecksImpl checks = new DraftingChecksImpl();

    Cli() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        validation.addRule(checks);
    }

    Result run(String command, String... args) {
        Object cmd = switch (command) {
            case "check" -> new CheckCommand(projects, validation, checks).create();
            case "milestones" -> new MilestonesCommand(projects, MilestoneReadinessImpl.withBuiltInRules()).create();
            case "review" -> new ReviewCommand(projects, new ReviewPacksImpl()).create();
            case "scope" -> new ScopeCommand(projects).create();
            default -> throw new IllegalArgumentException(command);
        };
        CommandLine cl = cmd instanceof CommandLine c ? c : new CommandLine(cmd);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            if (e instanceof CommandFailure f) {
                line.getErr().println("bridgework " + line.getCommandName() + ": " + f.getMessage());
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
