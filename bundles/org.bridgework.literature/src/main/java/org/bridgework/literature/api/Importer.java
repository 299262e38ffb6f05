package org.bridgework.literature.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads files of some kind into changes to a project (whiteboard: register it as an OSGi service).
 * {@code bridgework import FILE...} and the workbench's import wizard give each file to the importer that
 * {@link #accepts(Path, byte[]) accepts} it, judged by content (the highest service ranking wins when several do),
 * then group the files by importer and call {@link #preview(List, GuidanceProject)} once per importer.
 */
@ConsumerType
public interface Importer {

    /** How many leading bytes of a file {@link #accepts(Path, byte[])} is shown (fewer for a shorter file). */
    int HEAD_BYTES = 16 * 1024;

    /** A short stable id, for example {@code literature} or {@code case-study-template}. */
    String id();

    /** What it imports, for help texts and messages, for example {@code references (RIS, BibTeX, CSL-JSON)}. */
    String description();

    /**
     * True when this importer reads the file. Decide from {@code head} (the file's first bytes), not only from the
     * name: exports are often saved as {@code .txt} or with no extension. Must be quick and must not throw.
     */
    boolean accepts(Path file, byte[] head);

    /**
     * Reads the files (each accepted by this importer) against {@code project} without changing it. Problems in
     * parts of a file (a malformed entry) are reported in the preview with file, line and reason while the rest is
     * read.
     *
     * @throws ImportException when a whole file cannot be read: missing, empty, binary, not in the expected format
     */
    ImportPreview preview(List<Path> files, GuidanceProject project) throws ImportException;

    /**
     * As {@link #preview(List, GuidanceProject)}, for changes that happened on {@code date} rather than today (a
     * template returned last week): importers that record dated changes use it, and refuse (an
     * {@link ImportException}) a date that would put a history out of order. The default ignores the date.
     *
     * @since 1.1
     */
    default ImportPreview preview(List<Path> files, GuidanceProject project, LocalDate date) throws ImportException {
        return preview(files, project);
    }
}
