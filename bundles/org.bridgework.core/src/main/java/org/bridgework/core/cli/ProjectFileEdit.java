package org.bridgework.core.cli;

import java.nio.file.Path;

import org.bridgework.core.api.ProjectService;

import picocli.CommandLine.Option;

/**
 * A {@link ModelEditCommand} on the project named by a positional {@code PROJECT} after the command's own arguments, or
 * by {@code --sample}: {@code COMMAND ID [PROJECT] [--sample] [--dry-run] [--json]}, the shape of {@code milestones set},
 * {@code review respond}, {@code assessments set} and the {@code map} edits. The subclass declares the PROJECT
 * parameter (its index depends on the arguments before it) and returns it from {@link #file()}.
 *
 * @since 1.3
 */
public abstract class ProjectFileEdit extends ModelEditCommand {

    @Option(names = "--sample", description = "Use a copy of the sample project shipped with Bridgework (the shipped copy is never changed).")
    protected boolean sample;

    private final ProjectService projects;

    /** For a command that reaches the project service another way (its parent command): it overrides {@link #projects()}. */
    protected ProjectFileEdit() {
        this(null);
    }

    protected ProjectFileEdit(ProjectService projects) {
        this.projects = projects;
    }

    /** The PROJECT argument, or null when none was given. */
    protected abstract Path file();

    @Override
    protected ProjectService projects() {
        return projects;
    }

    @Override
    protected ProjectSelection selection() {
        return ProjectSelection.of(file(), sample, "PROJECT");
    }
}
