package org.bridgework.core.api;

import java.nio.file.Path;

/**
 * A project file that could not be read: says what was wrong and where (file, line, column, element id),
 * in one paragraph a user understands. Commands turn it into exit code 2.
 */
public class ProjectLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final int column;

    public ProjectLoadException(Path file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}
