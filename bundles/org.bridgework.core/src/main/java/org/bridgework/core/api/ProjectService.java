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
 * <p>
 * <b>No lost updates.</b> A project is written only under its lock: a file {@code .~lock.NAME#} beside the (real)
 * project file, held with an operating-system lock and naming its holder (user, host, process, tool, time).
 * {@link #openForEditing} takes it for as long as the project is open (the workbench; command-line commands that
 * write, for their duration); {@link #save} takes it for the duration of the save when the project does not hold it.
 * A second writer is refused with a {@link ProjectLockedException} naming the holder (after waiting a bounded time,
 * when asked to). A lock whose holder is gone (the process ended or was killed) is taken over with a note. Read-only
 * commands use {@link #open} and need no lock. Every save first checks that the file on disk is still the one that
 * was opened or last saved (size and SHA-256 of its content) and otherwise refuses with a
 * {@link ProjectChangedOnDiskException}. Saves go through symbolic links to the real file (the link stays) and
 * refuse read-only files. Hidden temporary files left by a killed save ({@code .NAME.xxxxxxxx.tmp}) are deleted
 * when the project is next opened and nobody holds its lock.
 * <p>
 * <b>Limits</b> checked while loading (configurable, see {@code ProjectServiceImpl.Config}): elements nested at most
 * {@link #DEFAULT_MAX_DEPTH} deep, attribute values and text at most {@link #DEFAULT_MAX_VALUE_CHARS} characters;
 * over them the load fails with a message naming the element and line.
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
     * Default limit on how deep elements nest in a project file: 64 (the sample's deepest element is at depth 6; a
     * section nested in sections 50 deep is still well within it). Deeper files are refused at load, before any
     * recursive code (validation, assembly) could overflow its stack.
     */
    int DEFAULT_MAX_DEPTH = 64;

    /**
     * Default limit on one attribute value or one text run in a project file: 1,048,576 characters (1 MB of text,
     * about 150,000 words: far more than any block of guidance). Larger values are refused at load.
     */
    int DEFAULT_MAX_VALUE_CHARS = 1 << 20;

    /** How long a command-line write waits for a project's lock held by someone else before it refuses: 30 s. */
    java.time.Duration DEFAULT_LOCK_WAIT = java.time.Duration.ofSeconds(30);

    /**
     * Opens a project file. Older format versions are migrated in memory (the file changes only when saved).
     *
     * @throws ProjectLoadException what was wrong and where, in words a user understands
     */
    Project open(Path file) throws ProjectLoadException;

    /**
     * Opens a project file for editing: takes its lock (see above) and keeps it until the project is closed, so no
     * other process writes it meanwhile.
     *
     * @param tool what holds the lock, shown to whoever is refused (for example {@code "bridgework import"})
     * @param wait how long to wait for a lock held by someone else ({@link java.time.Duration#ZERO}: refuse at once)
     * @throws ProjectLoadException as {@link #open}; when the lock is held by someone else its message names the
     *                              holder and its cause is a {@link ProjectLockedException}
     * @since 1.2
     */
    Project openForEditing(Path file, String tool, java.time.Duration wait) throws ProjectLoadException;

    /**
     * Who holds the lock of a project file now, in words, or empty when nobody does.
     *
     * @since 1.2
     */
    Optional<String> lockHolder(Path file);

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
     * @throws ProjectChangedOnDiskException when the file on disk is not the one opened or last saved
     * @throws ProjectLockedException         when someone else holds the project's lock
     * @throws IOException                    with a message saying why (read-only file, disk full...); the file on
     *                                        disk is then unchanged
     */
    void save(Project project) throws IOException;

    /**
     * Saves as {@link #save(Project)}; with {@code overwrite} true, also when the file on disk changed since it was
     * opened or last saved (the other version is replaced; it is kept as the {@code .bak}).
     *
     * @since 1.2
     */
    void save(Project project, boolean overwrite) throws IOException;

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
