package org.bridgework.assembly.api;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One output format (whiteboard service). Register an implementation as an OSGi service and
 * {@code bridgework assemble --format <format()>} uses it; the assembly service picks renderers up and drops them
 * dynamically. Implementations must be thread-safe (one instance renders several documents, possibly at once) and
 * stateless between calls.
 * <p>
 * Contract:
 * <ul>
 * <li>write the main file to {@link OutputSink#main()} and, when the format needs them, side files (for example a
 * bibliography) to {@link OutputSink#side(String)}; never touch the file system directly: the assembly service writes
 * everything to temporary files and moves them into place only when every renderer succeeded;</li>
 * <li>throw {@link IOException} (or an unchecked exception) when rendering fails: the message must say what was wrong
 * and where (element id); nothing is left behind;</li>
 * <li>same {@link AssembledDocument} → same bytes when {@link #deterministic()} is true: take dates only from
 * {@link AssembledDocument.Metadata#date()}, never from a clock; keep ids and ordering stable;</li>
 * <li>check {@link AssemblyProgress#isCancelled()} between large steps when rendering is slow.</li>
 * </ul>
 */
@ConsumerType
public interface Renderer {

    /** The format id typed after {@code --format}: lower case, for example {@code html}, {@code docx}, {@code pdf}, {@code md}. */
    String format();

    /** File extension of the main file, without the dot, for example {@code html}, {@code docx}, {@code pdf}, {@code md}. */
    String fileExtension();

    /** One line for {@code bridgework assemble --help}, for example "Accessible HTML, one self-contained file". */
    String description();

    /** True when the same document always gives byte-identical output (HTML, Markdown and DOCX must be). */
    default boolean deterministic() {
        return true;
    }

    /**
     * Gets ready to render: called once per assembly that will use this renderer, on a background thread, while the
     * project is validated and the document built, so the first render does not pay alone for what it loads (class
     * initialisation of a large library, fonts). Must be thread-safe like {@link #render}; it may still run when
     * {@code render} starts. Optional; what it throws is ignored (the render reports its own failures).
     *
     * @since 1.6
     */
    default void prepare() {
        // nothing to load ahead
    }

    /**
     * Renders the document.
     *
     * @param document the resolved document; every {@link AssembledDocument.Image} has alt text
     * @param out      where to write: the main file and any side files
     * @param progress for {@link AssemblyProgress#subTask(String)} and {@link AssemblyProgress#isCancelled()}; never null
     */
    void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException;
}
