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
 * @param words          words of the body: the document's sections counted as {@code check} and the milestones count
 *                       them ({@code Derived.wordCount}), plus text a local variant adds; appendices are not included
 * @param estimatedPages estimated A4 pages of the body (the model's one {@code PageEstimate}: the same number {@code check} shows)
 * @param warnings       builder warnings, and the validation problems when assembly was forced
 * @param variant        the local context applied, or null
 * @param appendixWords  words of the appendices, shown apart from the body (since 1.3)
 * @param targetWords    the document's length target in words, 0 when it has none (since 1.3)
 * @param pages          pages of the PDF actually written, or null when no renderer reported pages (since 1.3)
 */
public record AssemblyResult(Path outDir, List<OutputFile> files, List<SectionSummary> sections, int words,
        double estimatedPages, List<Problem> warnings, AssembledDocument.Variant variant, int appendixWords, int targetWords,
        Integer pages) {
    public AssemblyResult {
        files = List.copyOf(files);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** The 1.2 shape: no appendix words, target or real page count. */
    public AssemblyResult(Path outDir, List<OutputFile> files, List<SectionSummary> sections, int words, double estimatedPages,
            List<Problem> warnings, AssembledDocument.Variant variant) {
        this(outDir, files, sections, words, estimatedPages, warnings, variant, 0, 0, null);
    }

    /**
     * One written file.
     *
     * @param format the format that wrote it
     * @param path   absolute path
     * @param bytes  its size
     * @param main   false for a side file (for example the Markdown bibliography)
     * @param millis how long the renderer took (the same figure for a main file and its side files)
     * @param pages  pages of a paged main file as its renderer reported them ({@link OutputSink#pages(int)}), else null
     *               (since 1.3)
     */
    public record OutputFile(String format, Path path, long bytes, boolean main, long millis, Integer pages) {
        public OutputFile(String format, Path path, long bytes, boolean main, long millis) {
            this(format, path, bytes, main, millis, null);
        }
    }

    /** Words and estimated pages of one section (subsections included in its figures). */
    public record SectionSummary(String anchor, String heading, int level, int words, double estimatedPages) {
    }
}
