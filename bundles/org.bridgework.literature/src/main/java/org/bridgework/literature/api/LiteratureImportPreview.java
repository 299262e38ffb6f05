package org.bridgework.literature.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bridgework.model.Source;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a literature import would do. Duplicates are never dropped silently: each is a {@link Merge}, resolved by
 * default as {@link Resolution#MERGE}, which the user may change before executing the {@link #command}.
 */
@ProviderType
public interface LiteratureImportPreview extends ImportPreview {

    /** New sources to add, with their citation keys and ids assigned (not in the project yet). */
    List<Source> added();

    /** Entries that duplicate a source of the project or an earlier entry of the import. */
    List<Merge> merges();

    /** The format id each file was read as. */
    Map<Path, String> formats();

    /** How many entries were read (added, merged or duplicated), malformed ones not counted. */
    int entriesRead();

    /** How a merge is resolved now. */
    Resolution resolution(Merge merge);

    /** Changes how a merge is resolved; {@link #changes()} and {@link #command} follow. */
    void resolve(Merge merge, Resolution resolution);

    /**
     * A duplicate.
     *
     * @param existing          the source it duplicates: in the project, or one of {@link #added()}
     * @param incoming          the entry read (not in the project)
     * @param existingInProject true when {@code existing} is already in the project
     * @param file              where the entry was read
     * @param line              its 1-based line
     * @param reason            why it is a duplicate, for people ("same DOI 10.1/x")
     * @param fills             the fields of {@code existing} that are empty and that merging fills from {@code incoming}
     */
    record Merge(Source existing, Source incoming, boolean existingInProject, Path file, int line, String reason, List<String> fills) {
    }

    enum Resolution {
        /** Fill the existing source's empty fields from the entry (nothing already there is overwritten). */
        MERGE,
        /** Add the entry as a separate source with its own key. */
        KEEP_BOTH,
        /** Leave the entry out. */
        SKIP
    }
}
