package org.bridgework.drafting.internal.cli;

import java.util.Map;

import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.drafting.internal.MilestoneReadinessImpl;
import org.bridgework.drafting.internal.ReviewPacksImpl;
import org.bridgework.drafting.internal.TermListsImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.testsupport.Commands;

/** Runs drafting's commands as the bridgework root does (same failure handling), over the real project and validation services. */
public final class Cli extends Commands {

    public final ProjectServiceImpl projects = new ProjectServiceImpl();
    public final ValidationServiceImpl validation = new ValidationServiceImpl();
    public final DraftingChecksImpl checks = new DraftingChecksImpl();

    public Cli() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        validation.addRule(checks);
        add("check", () -> new CheckCommand(projects, validation, checks).create());
        add("milestones", () -> new MilestonesCommand(projects, MilestoneReadinessImpl.withBuiltInRules()).create());
        add("review", () -> new ReviewCommand(projects, new ReviewPacksImpl()).create());
        add("scope", () -> new ScopeCommand(projects).create());
        add("terms", () -> new TermsCommand(projects, new TermListsImpl()).create());
    }
}
