package org.bridgework.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one check every command and importer makes before it reads a file the user named: it must be a regular file
 * (through symbolic links) that can be read. A named pipe would block the reader forever and a device never ends,
 * so both are refused with a message saying what the path is, before anything opens it.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * What is wrong with {@code file} as an input, as the end of a sentence that starts with the file ("is a named pipe
     * (FIFO), not a regular file ..."), or null when it is a readable regular file.
     */
    public static String problem(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "no such file.";
        } catch (IOException | SecurityException e) {
            return "cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").";
        }
        if (attributes.isRegularFile()) {
            return Files.isReadable(file) ? null : "cannot be read (permission denied).";
        }
        if (attributes.isDirectory()) {
            return "is a folder, not a file.";
        }
        return "is " + kind(file) + ", not a regular file: Bridgework reads input only from regular files.";
    }

    /**
     * Throws when {@code file} is not a readable regular file.
     *
     * @throws IOException when it is missing, unreadable, a folder, a named pipe, a device or a socket: the message names
     *                     the file and says which
     */
    public static void requireRegularFile(Path file) throws IOException {
        String problem = problem(file);
        if (problem != null) {
            throw new IOException(message(file, problem));
        }
    }

    /** "FILE: no such file.", "FILE is a named pipe (FIFO), not a regular file: ...". */
    public static String message(Path file, String problem) {
        return file + (problem.startsWith("is ") ? " " : ": ") + problem;
    }

    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException | SecurityException e) {
            return "a special file (a pipe, device or socket)";
        }
    }
}
