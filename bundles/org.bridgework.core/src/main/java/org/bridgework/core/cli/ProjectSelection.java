package org.bridgework.core.cli;

import org.bridgework.core.api.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

    /**
     * Opens what the user chose for a command that writes it: as {@link #open(ProjectService)}, and a project file is
     * locked for as long as it is open (until closed), so no other process writes it meanwhile. While someone else
     * holds the lock the command waits up to {@link #lockWait()}, then refuses naming the holder (exit code 2).
     *
     * @param tool what the lock names as its holder, such as {@code "bridgework import"}
     * @since 1.1
     */
    public Project openForEditing(ProjectService projects, String tool) {
        Path file = file();
        if (file == null || sample()) {
            return open(projects); // a sample copy is ours alone; or the usage message
        }
        if (!Files.exists(file) || Files.isDirectory(file) || !Files.isReadable(file)) {
            return open(projects); // its message
        }
        return openForEditing(projects, file, tool);
    }

    /**
     * Opens {@code file} for a command that writes it (see {@link #openForEditing(ProjectService, String)}).
     *
     * @throws CommandFailure exit code 2: the lock is held by someone else after the wait, or the file cannot be loaded
     * @since 1.1
     */
    public static Project openForEditing(ProjectService projects, Path file, String tool) {
        try {
            return projects.openForEditing(file, tool, lockWait());
        } catch (ProjectLoadException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    /**
     * How long a command waits for a project's lock: system property {@code bridgework.lockWaitSeconds}, else
     * {@link ProjectService#DEFAULT_LOCK_WAIT}.
     *
     * @since 1.1
     */
    public static Duration lockWait() {
        String value = System.getProperty("bridgework.lockWaitSeconds");
        if (value != null) {
            try {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(value.strip()) * 1000)));
            } catch (NumberFormatException e) {
                // the default
            }
        }
        return ProjectService.DEFAULT_LOCK_WAIT;
    }

    /**
     * A selection from values parsed elsewhere, for commands whose positional parameters come before the project
     * ({@code COMMAND ID [PROJECT] [--sample]}).
     *
     * @param label how the file is named in usage messages, such as {@code PROJECT}
     * @since 1.2
     */
    public static ProjectSelection of(Path file, boolean sample, String label) {
        return new ProjectSelection() {
            @Override
            public Path file() {
                return file;
            }

            @Override
            public boolean sample() {
                return sample;
            }

            @Override
            protected String fileLabel() {
                return label;
            }
        };
    }

    /** Describes the choice for messages: the file, or "the sample project". */
    public String describe() {
        return sample() ? "the sample project" : String.valueOf(file());
    }
}
