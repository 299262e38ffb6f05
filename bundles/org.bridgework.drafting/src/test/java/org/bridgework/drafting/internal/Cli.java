package org.bridgework.drafting.internal;

import java.util.Map;

import org.bridgework.cli.testing.CommandHarness;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;


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
            case "terms" -> new TermsCommand(projects, new TermListsImpl()).create();
            default -> throw new IllegalArgumentException(command);
        };
        CommandHarness.Result result = CommandHarness.run(cmd, args);
        return new Result(result.exit(), result.out(), result.err());
    }
}
