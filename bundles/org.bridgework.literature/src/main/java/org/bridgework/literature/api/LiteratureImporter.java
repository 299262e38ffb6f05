package org.bridgework.literature.api;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports reference files into a project's sources: format found from content ({@link ReferenceFormat}s
 * installed), text decoded (UTF-8 or UTF-16 with a byte order mark, UTF-8, else Windows-1252/Latin-1), duplicates
 * found (same DOI, or same normalised title, year and first author; within the files and against the project) and
 * offered for merge, citation keys kept when usable and unique, generated otherwise ({@code family} + year + a, b, ...).
 * Also registered as the {@code literature} {@link Importer}.
 */
@ProviderType
public interface LiteratureImporter {

    /**
     * Reads the files against the project without changing it.
     *
     * @throws ImportException when a file cannot be read at all (missing, empty, binary, in no known format)
     */
    LiteratureImportPreview preview(List<Path> files, GuidanceProject project) throws ImportException;

    /** The same for text in memory (pasted, dropped); {@code name} is used in messages and as a format hint. */
    LiteratureImportPreview preview(String name, String text, GuidanceProject project) throws ImportException;

    /** The ids of the formats it reads now, for example {@code [bibtex, csljson, ris]}. */
    List<String> formats();
}
