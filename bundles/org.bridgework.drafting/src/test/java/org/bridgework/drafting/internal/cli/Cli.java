package org.bridgework.drafting.internal.cli;

import java.util.Map;

import org.bridgework.cli.testing.CommandHarness;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.drafting.internal.MilestoneReadinessImpl;
import org.bridgework.drafting.internal.ReviewPacksImpl;
import org.bridgework.drafting.internal.TermListsImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;


/** Runs our commands as the bridgework root does (same failure handling), over the real project and validation services. */
public final class Cli {

    public record Result(int exit, String out, String err) {
    }

    public final ProjectServiceImpl projects = new ProjectServiceImpl();
    public final ValidationServiceImpl validation = new ValidationServiceImpl();
    public final DraftingChecksImpl checks = new DraftingChecksImpl();

    public Cli() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        validation.addRule(checks);
    }

    public Result run(String command, String... args) {
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
