package org.bridgework.drafting.internal.cli;

import java.nio.file.Path;

import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ModelEditCommand;
import org.bridgework.core.cli.ProjectSelection;

import picocli.CommandLine.Option;

/**
 * A model edit on the project named by a positional PROJECT (after the edit's own arguments) or {@code --sample}: the
 * shape of {@code review respond|accept|reject}, {@code review recipients set|remove} and {@code terms set}.
 */
abstract class ProjectFileEdit extends ModelEditCommand {

    @Option(names = "--sample", description = "Use a copy of the sample project shipped with Bridgework (the shipped copy is never changed).")
    boolean sample;

    private final ProjectService projects;

    ProjectFileEdit(ProjectService projects) {
        this.projects = projects;
    }

    /** The PROJECT argument, or null. */
    abstract Path file();

    @Override
    protected ProjectService projects() {
        return projects;
    }

    @Override
    protected ProjectSelection selection() {
        return ProjectSelection.of(file(), sample, "PROJECT");
    }
}
