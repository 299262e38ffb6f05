package org.bridgework.core.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens, creates and saves {@code .guidance} projects (XMI, UTF-8).
 * <p>
 * Loading is hardened: no DOCTYPE, DTD or entities; a size limit; every problem (malformed or truncated XML,
 * unknown elements, dangling references, a newer format) is a {@link ProjectLoadException} with one paragraph
 * saying what and where. Saving is deterministic (an unchanged project saves to identical bytes; one attribute
 * per line, so a changed value is a one-line diff) and atomic (temporary file in the same folder, fsync, rename
 * over the target; the previous version is kept as {@code NAME.guidance.bak}). A failed operation never
 * changes the file on disk.
 */
@ProviderType
public interface ProjectService {

    /** The file format version this version of Bridgework writes and reads ({@code formatVersion} in the file). */
    int FORMAT_VERSION = 1;

    /** The file extension of projects, without the dot. */
    String FILE_EXTENSION = "guidance";

    /** Suffix added to a project file's name for the backup of its previous version. */
    String BACKUP_SUFFIX = ".bak";

    /** Default limit on the size of a project file: 200 MB (configurable, see the component configuration). */
    long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;

    /**
     * Opens a project file. Older format versions are migrated in memory (the file changes only when saved).
     *
     * @throws ProjectLoadException what was wrong and where, in words a user understands
     */
    Project open(Path file) throws ProjectLoadException;

    /**
     * A new, empty project to be saved to {@code file} (nothing is written until {@link #save(Project)}).
     *
     * @param id    the project's id (a slug such as {@code he-nhs-guidance})
     * @param title its title
     * @throws IOException when {@code file} already exists (a new project never replaces a file) or its folder does not
     */
    Project create(Path file, String id, String title) throws IOException;

    /**
     * Saves the project to its file atomically, keeping the previous version as {@code NAME.guidance.bak}.
     *
     * @throws IOException with a message saying why; the file on disk is then unchanged
     */
    void save(Project project) throws IOException;

    /** Saves the project to another file (atomically, as {@link #save(Project)}); the project then belongs to that file. */
    void saveAs(Project project, Path file) throws IOException;

    /** The sample projects installed ({@link SampleProject} services), the default first. */
    List<SampleProject> samples();

    /**
     * The sample that {@code --sample} means: the one with service property
     * {@code bridgework.sample.default=true}, or else the only one.
     */
    Optional<SampleProject> defaultSample();

    /**
     * Copies the default sample into {@code workFolder} (created if missing) and opens the copy, so the
     * shipped sample is never modified.
     *
     * @throws ProjectLoadException when there is no sample, the copy cannot be written (for example a file of that
     *                              name is already there) or the sample cannot be read
     */
    Project openSample(Path workFolder) throws ProjectLoadException;

    /**
     * A throw-away copy of the default sample in a new folder under the system's temporary folder, deleted
     * when the project is closed. What {@code --sample} opens.
     */
    Project sampleCopy() throws ProjectLoadException;
}
