package org.bridgework.core.cli;

import org.bridgework.core.api.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.cli.api.CommandFailure;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectService;

/**
 * What {@link ProjectArguments} and {@link ProjectOptions} share: a project file or {@code --sample}, and
 * {@link #open(ProjectService)} turning that into an open {@link Project}.
 */
public abstract class ProjectSelection {

    /** The file named on the command line, or null. */
    public abstract Path file();

    /** True when {@code --sample} was given. */
    public abstract boolean sample();

    /** How the file is named in usage messages ({@code PROJECT} or {@code --project}). */
    protected abstract String fileLabel();

    /**
     * Opens what the user chose: the file, or a throw-away copy of the default sample (deleted when the project is
     * closed, so use try-with-resources).
     *
     * @throws CommandFailure exit code 2 with a message for the user: neither or both given, the file is missing,
     *                        a folder or unreadable, or it cannot be loaded (the {@link ProjectLoadException}'s message)
     */
    public Project open(ProjectService projects) {
        Path file = file();
        if (file == null && !sample()) {
            throw CommandFailure.usage("name a project file (" + fileLabel() + ") or give --sample for the sample project.");
        }
        if (file != null && sample()) {
            throw CommandFailure.usage("give either a project file (" + fileLabel() + ") or --sample, not both.");
        }
        try {
            if (sample()) {
                return projects.sampleCopy();
            }
            String problem = InputFiles.problem(file);
            if (problem != null) {
                throw CommandFailure.usage(InputFiles.message(file, problem.equals("is a folder, not a file.") ? "is a folder, not a project file." : problem));
            }
            return projects.open(file);
        } catch (ProjectLoadException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    /** Describes the choice for messages: the file, or "the sample project". */
    public String describe() {
        return sample() ? "the sample project" : String.valueOf(file());
    }
}
