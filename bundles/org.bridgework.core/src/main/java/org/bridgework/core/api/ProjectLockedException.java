package org.bridgework.core.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another process (or another window of this one) holds the project's lock: it is being written, or open for
 * editing, elsewhere. The message names the holder (user, host, process, tool, since when); nothing was changed.
 */
public class ProjectLockedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String holder;

    public ProjectLockedException(Path file, String holder, String message) {
        super(message);
        this.file = file;
        this.holder = holder;
    }

    /** The project file that is locked. */
    public Path file() {
        return file;
    }

    /** Who holds the lock, in words ("alice on host1, process 4242 (bridgework import), since 14:02:11"). */
    public String holder() {
        return holder;
    }
}
