package org.bridgework.assembly.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import org.bridgework.assembly.api.AssembledDocument.Status;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Publication;
import org.bridgework.model.PublicationStatus;
import org.eclipse.emf.ecore.resource.Resource;

/** What an assembled document says about itself: status, version (with the Git commit) and the day it was assembled. */
final class Releases {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private Releases() {
    }

    static Status status(Publication publication) {
        PublicationStatus status = publication == null ? PublicationStatus.WORKING_DRAFT : publication.getStatus();
        String custom = publication == null || publication.getStatusLabel() == null || publication.getStatusLabel().isBlank()
                ? null : publication.getStatusLabel().strip();
        return switch (status) {
            case FINAL -> new Status(status.getLiteral(), custom != null ? custom : "Final", true);
            case STAKEHOLDER_DRAFT -> new Status(status.getLiteral(), custom != null ? custom : "Stakeholder draft — not for circulation", false);
            case TASKFORCE_DRAFT -> new Status(status.getLiteral(), custom != null ? custom : "Taskforce draft — not for circulation", false);
            default -> new Status(status.getLiteral(), custom != null ? custom : "Working draft — not for circulation", false);
        };
    }

    /**
     * The day the document is assembled: {@code SOURCE_DATE_EPOCH} (seconds, the reproducible-builds convention) when
     * set, so an assembly can be repeated byte for byte; otherwise today in UTC.
     */
    static LocalDate assembledDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            epoch = System.getProperty("bridgework.sourceDateEpoch");
        }
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // an unusable value: fall back to the clock rather than failing the assembly
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The project's version, with the short Git commit when the project file is in a Git working tree. */
    static String version(GuidanceProject project) {
        Publication publication = project.getPublication();
        String version = publication == null || publication.getVersion() == null || publication.getVersion().isBlank()
                ? null : publication.getVersion().strip();
        String commit = gitCommit(project.eResource());
        if (commit == null) {
            return version;
        }
        String shortCommit = commit.substring(0, 7);
        return version == null ? "commit " + shortCommit : version + " (commit " + shortCommit + ")";
    }

    /**
     * The commit checked out where the project file lives, read from {@code .git/HEAD} (a branch via its loose ref or
     * {@code packed-refs}; worktrees' {@code .git} files followed). Null when there is none or it cannot be read.
     * A Git bundle can replace this with a service later; plain files are enough to name the version.
     */
    static String gitCommit(Resource resource) {
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            return null;
        }
        try {
            Path dir = Path.of(resource.getURI().toFileString()).toAbsolutePath().getParent();
            for (; dir != null; dir = dir.getParent()) {
                Path git = dir.resolve(".git");
                if (Files.isDirectory(git)) {
                    return head(git, git);
                }
                if (Files.isRegularFile(git)) {
                    String line = Files.readString(git, StandardCharsets.UTF_8).strip();
                    if (!line.startsWith("gitdir:")) {
                        return null;
                    }
                    Path gitDir = dir.resolve(line.substring("gitdir:".length()).strip()).normalize();
                    Path common = gitDir;
                    Path commonFile = gitDir.resolve("commondir");
                    if (Files.isRegularFile(commonFile)) {
                        common = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).strip()).normalize();
                    }
                    return head(gitDir, common);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String head(Path gitDir, Path commonDir) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
        if (COMMIT.matcher(head).matches()) {
            return head;
        }
        if (!head.startsWith("ref:")) {
            return null;
        }
        String ref = head.substring(4).strip();
        for (Path dir : List.of(gitDir, commonDir)) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String id = Files.readString(loose, StandardCharsets.UTF_8).strip();
                return COMMIT.matcher(id).matches() ? id : null;
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[1].equals(ref) && COMMIT.matcher(parts[0]).matches()) {
                    return parts[0];
                }
            }
        }
        return null;
    }

    /** "A", "A and B", "A, B and C". */
    static String joined(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
