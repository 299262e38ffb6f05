package org.bridgework.literature.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.model.Source;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A reference file format (whiteboard: register it as an OSGi service). This bundle provides RIS
 * ({@code ris}), BibTeX/BibLaTeX ({@code bibtex}) and CSL-JSON ({@code csljson}).
 */
@ConsumerType
public interface ReferenceFormat {

    /** A short stable id, used by {@code --format}: {@code ris}, {@code bibtex}, {@code csljson}. */
    String id();

    /** The format's name for people, for example {@code BibTeX/BibLaTeX}. */
    String name();

    /** The usual file extension, without the dot. */
    String extension();

    /**
     * True when {@code head} (the start of the file, decoded, without a byte order mark) is in this format.
     * Judge by content; the file name is only a hint. Must be quick and must not throw.
     */
    boolean accepts(Path file, String head);

    /**
     * Reads every entry of a file. A malformed entry is reported in {@link Read#problems()} with its line and the
     * reason, and the others are still read. The sources returned are new, not in any project; their
     * {@code citationKey} is the key in the file (or {@code null}), their {@code id} is not set.
     *
     * @param file for messages only
     * @param text the whole file, decoded, without a byte order mark, line ends as in the file
     */
    Read read(Path file, String text);

    /** Writes the sources in this format. */
    void write(List<Source> sources, Writer out) throws IOException;

    /** What {@link #read} found. */
    record Read(List<Entry> entries, List<ImportProblem> problems) {
    }

    /**
     * One entry read.
     *
     * @param source the source (not in a project)
     * @param line   the 1-based line where the entry starts
     */
    record Entry(Source source, int line) {
    }
}
