package org.bridgework.literature.api;

import java.nio.file.Path;

/**
 * A problem met while reading a file: what and where.
 *
 * @param severity {@code ERROR}: the entry was not read; {@code WARNING}: it was read with something left out or
 *                 guessed
 * @param file     the file
 * @param line     the 1-based line (0 when it concerns the whole file)
 * @param message  a sentence a user understands, saying what is wrong and, where possible, what to do
 */
public record ImportProblem(Severity severity, Path file, int line, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    @Override
    public String toString() {
        return (file == null ? "" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
