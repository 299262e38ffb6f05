package org.bridgework.team.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A project in a Git repository: set up, sync with a shared repository, history and differences by element, and
 * sign-offs tied to commits. Plain {@code git} works alongside (the merge driver is registered for it).
 * Every method throws {@link TeamException} with a sentence for the user when something cannot be done.
 */
@ProviderType
public interface TeamService {

    /** What {@link #init} did or would do. */
    record InitResult(Path repository, boolean created, boolean attributesWritten, String driverCommand) {
    }

    /**
     * Makes the project's folder a repository (or uses the one it is in), writes {@code .gitattributes} so that
     * {@code *.guidance} files merge with Bridgework's merge driver, and registers the driver in the repository's config.
     *
     * @param launcher the {@code bridgework} launcher git should run
     */
    InitResult init(Path project, Path launcher, boolean dryRun) throws TeamException;

    /** What {@link #sync} did. */
    record SyncResult(String committed, boolean fetched, boolean merged, int conflicts, boolean pushed, boolean offline,
            String head, List<String> messages) {
    }

    /**
     * Commits local changes, fetches, merges what others pushed with the model merge, and pushes; without a
     * reachable remote it commits and says it will sync later.
     *
     * @param remote  a remote URL to use as {@code origin} (set or changed), or null for the configured one
     * @param message the commit message for local changes, or null for a default
     */
    SyncResult sync(Path project, String remote, String message, boolean dryRun) throws TeamException;

    /** One commit that changed the project (or the element asked about). */
    record LogEntry(String commit, String author, String email, String time, String message, String change) {
    }

    /** Commits that changed the project, newest first; with {@code elementId}, only those that changed that element. */
    List<LogEntry> log(Path project, String elementId, int limit) throws TeamException;

    /**
     * Differences by element between two versions: {@code from}/{@code to} are revisions (commit ids, branches,
     * tags); {@code from} null means HEAD, {@code to} null means the file on disk.
     */
    List<ElementChange> diff(Path project, String from, String to) throws TeamException;

    /** Records an approval of the current committed version in the project (committed) and as an annotated tag. */
    record Approval(String id, String milestone, String name, String role, String organisation, String note, String commit,
            String time, String tag, String supersededBy) {
    }

    Approval approve(Path project, String milestone, String name, String role, String organisation, String note, boolean dryRun)
            throws TeamException;

    /** The approvals recorded in the project, each with whether a later change superseded it. */
    List<Approval> signoffs(Path project) throws TeamException;

    /** The author name and e-mail used for commits: Git config, else Bridgework settings, else the system user. */
    String[] author(Path project) throws TeamException;

    /**
     * Where the project's repository stands, from what is on disk (no fetch): its branch and how many commits it is
     * ahead of and behind the branch it tracks ({@code tracking} false when it tracks none).
     *
     * @since 1.1
     */
    record RepositoryStatus(String branch, int ahead, int behind, boolean tracking) {
    }

    /**
     * The status of the repository the project file is in, or empty when it is in none.
     *
     * @since 1.1
     */
    java.util.Optional<RepositoryStatus> status(Path project) throws TeamException;

    /** A failure for the user: what and why, never a stack trace. */
    class TeamException extends IOException {
        private static final long serialVersionUID = 1L;

        public TeamException(String message) {
            super(message);
        }

        public TeamException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
