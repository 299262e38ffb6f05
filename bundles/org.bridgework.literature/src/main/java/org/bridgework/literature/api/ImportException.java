package org.bridgework.literature.api;

import java.nio.file.Path;

/** A file that cannot be imported at all (missing, empty, binary, unreadable, not the format it should be). */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ImportException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public ImportException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
