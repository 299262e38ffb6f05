package org.bridgework.assembly.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to assemble.
 *
 * @param formats   format ids in the order to render them (for example {@code html, docx, pdf}); duplicates are ignored
 * @param outDir    the output folder (created when missing)
 * @param contextId a local context to apply, or null for the national guidance
 * @param force     assemble even when validation finds errors (they are then reported as warnings)
 * @param baseName  the output files' name without extension, or null for the default: the project's document id
 *                  (or project id), with {@code -<contextId>} appended for a variant
 * @param release   a release: the publication gate runs first and nothing is written unless it passes
 */
public record AssemblyOptions(List<String> formats, Path outDir, String contextId, boolean force, String baseName, boolean release) {
    public AssemblyOptions {
        formats = List.copyOf(formats);
        Objects.requireNonNull(outDir, "outDir");
    }

    /** Options of earlier versions of this API: not a release. */
    public AssemblyOptions(List<String> formats, Path outDir, String contextId, boolean force, String baseName) {
        this(formats, outDir, contextId, force, baseName, false);
    }

    public AssemblyOptions withRelease(boolean release) {
        return new AssemblyOptions(formats, outDir, contextId, force, baseName, release);
    }

    public static AssemblyOptions of(Path outDir, String... formats) {
        return new AssemblyOptions(List.of(formats), outDir, null, false, null);
    }

    public AssemblyOptions withContext(String contextId) {
        return new AssemblyOptions(formats, outDir, contextId, force, baseName, release);
    }

    public AssemblyOptions withForce(boolean force) {
        return new AssemblyOptions(formats, outDir, contextId, force, baseName, release);
    }

    public AssemblyOptions withBaseName(String baseName) {
        return new AssemblyOptions(formats, outDir, contextId, force, baseName, release);
    }
}
