package org.bridgework.assembly.api;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.Problem;

/**
 * What an assembly wrote.
 *
 * @param outDir         the output folder (absolute)
 * @param files          every file written (main files and side files), in the order of the formats
 * @param sections       words and estimated pages per section, in reading order (subsections included)
 * @param words          words of the body
 * @param estimatedPages estimated A4 pages of the body (about 450 words a page, plus tables and images)
 * @param warnings       builder warnings, and the validation problems when assembly was forced
 * @param variant        the local context applied, or null
 */
public record AssemblyResult(Path outDir, List<OutputFile> files, List<SectionSummary> sections, int words,
        double estimatedPages, List<Problem> warnings, AssembledDocument.Variant variant) {
    public AssemblyResult {
        files = List.copyOf(files);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /**
     * One written file.
     *
     * @param format the format that wrote it
     * @param path   absolute path
     * @param bytes  its size
     * @param main   false for a side file (for example the Markdown bibliography)
     * @param millis how long the renderer took (the same figure for a main file and its side files)
     */
    public record OutputFile(String format, Path path, long bytes, boolean main, long millis) {
    }

    /** Words and estimated pages of one section (subsections included in its figures). */
    public record SectionSummary(String anchor, String heading, int level, int words, double estimatedPages) {
    }
}
