package org.bridgework.literature.api;

import java.io.IOException;
import java.io.Writer;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The evidence gap map: the project's challenges as rows, evidence as columns (one per source type that has
 * sources, then case studies), with the count of extracts or case studies and the strength of the evidence in each
 * cell. Deterministic: the same project gives the same map, CSV and SVG, byte for byte.
 */
@ProviderType
public interface EvidenceGapMaps {

    GapMap compute(GuidanceProject project);

    /** One row per challenge; per column a count and a strength column. RFC 4180, UTF-8, CRLF. */
    void writeCsv(GapMap map, Writer out) throws IOException;

    /** A heatmap with a title, labels, a legend and a text alternative ({@code <title>}, {@code <desc>}). */
    void writeSvg(GapMap map, Writer out) throws IOException;
}
