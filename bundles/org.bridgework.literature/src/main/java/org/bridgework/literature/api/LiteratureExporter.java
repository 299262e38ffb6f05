package org.bridgework.literature.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.osgi.annotation.versioning.ProviderType;

/** Writes a project's sources as RIS, BibTeX, CSL-JSON, EndNote tagged, MEDLINE or refer (or any other {@link ReferenceFormat} installed). */
@ProviderType
public interface LiteratureExporter {

    /** The ids of the formats it writes now. */
    List<String> formats();

    /**
     * Writes every source of the project, in project order, UTF-8 without a byte order mark.
     *
     * @throws IllegalArgumentException when {@code format} is not one of {@link #formats()} (the message lists them)
     */
    void export(GuidanceProject project, String format, OutputStream out) throws IOException;

    /** Writes the given sources. */
    void export(List<Source> sources, String format, Writer out) throws IOException;
}
