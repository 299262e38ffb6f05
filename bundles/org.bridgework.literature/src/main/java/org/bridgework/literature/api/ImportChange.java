package org.bridgework.literature.api;

import java.nio.file.Path;

/**
 * One change an import makes.
 *
 * @param kind      what happens to the element
 * @param elementId the id of the element added, merged into or updated
 * @param label     the element as people know it (for a source: its citation key and title)
 * @param file      the file it comes from
 * @param line      the 1-based line of the entry in that file (0 when unknown)
 * @param detail    a sentence of detail (for a merge: why it is a duplicate and what it fills in), or {@code null}
 */
public record ImportChange(Kind kind, String elementId, String label, Path file, int line, String detail) {

    public enum Kind {
        /** A new element. */
        ADD,
        /** A duplicate of an element already there (or earlier in the import): its missing details are filled in. */
        MERGE,
        /** An existing element's values are replaced (for example a returned case-study template). */
        UPDATE
    }
}
