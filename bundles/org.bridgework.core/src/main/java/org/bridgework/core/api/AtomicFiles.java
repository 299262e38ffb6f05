package org.bridgework.core.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either wholly there or unchanged: a temporary file in the same folder (so the rename
 * stays on one file system), then a rename over the target; the temporary file never outlives a failure. Every
 * exported file, form, template, setting and cache goes through here (the project file has its own, locked save).
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target}; its folder must exist (a clear message names it otherwise). */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        // not createTempFile, which makes the file owner-only: a new file gets the folder's usual permissions (the
        // umask's), a replaced one keeps its own, so an exported document stays readable by whoever could read it
        Path temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp"));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (Files.exists(existing) && Files.getFileStore(replacement).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        }
    }

    /** Writes {@code bytes} to {@code target} in the same way. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Replaces {@code target} with a copy of {@code source} in the same way. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }
}
