package org.bridgework.assembly.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a {@link Renderer} writes. The assembly service gives each renderer one sink whose streams go to temporary
 * files in the output folder; they are moved into place (main file {@code <baseName>.<extension>}, side files under
 * their own names) only when every requested format rendered successfully. Streams need not be closed by the
 * renderer (closing them is harmless). {@link #inMemory(String)} gives a sink for tests.
 */
@ProviderType
public interface OutputSink {

    /** A side file name: a plain file name, no folders, no leading dot. */
    Pattern SIDE_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    /** The main file's name without extension, for example {@code he-nhs-partnerships}; side files usually start with it. */
    String baseName();

    /** The main output file's stream. Calling it again returns the same stream. */
    OutputStream main() throws IOException;

    /**
     * A paged format (PDF) reports how many pages its main file has, so lengths shown to people are real pages rather
     * than an estimate. Sinks that do not record it ignore it.
     *
     * @since 1.3
     */
    default void pages(int count) {
    }

    /**
     * A side file written next to the main file, for example {@code baseName() + ".json"} for the Markdown
     * renderer's CSL-JSON bibliography.
     *
     * @param fileName a plain file name matching {@link #SIDE_FILE_NAME}, different from the main file's name
     * @throws IllegalArgumentException for a name with folders or other characters
     */
    OutputStream side(String fileName) throws IOException;

    /** A sink that keeps everything in memory: handy for renderer tests. */
    static InMemory inMemory(String baseName) {
        return new InMemory(baseName);
    }

    /** An in-memory sink; {@link #mainBytes()} and {@link #sideBytes()} give what was written. */
    final class InMemory implements OutputSink {
        private final String baseName;
        private final ByteArrayOutputStream main = new ByteArrayOutputStream();
        private final Map<String, ByteArrayOutputStream> sides = new TreeMap<>();

        InMemory(String baseName) {
            this.baseName = baseName;
        }

        @Override
        public String baseName() {
            return baseName;
        }

        @Override
        public OutputStream main() {
            return main;
        }

        @Override
        public synchronized OutputStream side(String fileName) {
            if (fileName == null || !SIDE_FILE_NAME.matcher(fileName).matches()) {
                throw new IllegalArgumentException("Not a plain file name for a side file: " + fileName);
            }
            return sides.computeIfAbsent(fileName, k -> new ByteArrayOutputStream());
        }

        private Integer pages;

        @Override
        public void pages(int count) {
            pages = count;
        }

        /** The page count the renderer reported, or null. */
        public Integer reportedPages() {
            return pages;
        }

        public byte[] mainBytes() {
            return main.toByteArray();
        }

        /** Side files by name, sorted. */
        public synchronized Map<String, byte[]> sideBytes() {
            Map<String, byte[]> copy = new TreeMap<>();
            sides.forEach((k, v) -> copy.put(k, v.toByteArray()));
            return Collections.unmodifiableMap(copy);
        }
    }
}
