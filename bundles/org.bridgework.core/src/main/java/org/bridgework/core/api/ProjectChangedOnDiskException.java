package org.bridgework.core.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save was refused because the project file on disk is no longer the one that was opened or last saved (another
 * program or process changed, replaced or deleted it since). Nothing was written. The caller may reload the project,
 * or save again with {@link ProjectService#save(Project, boolean) overwrite} set, which replaces the other version.
 */
public class ProjectChangedOnDiskException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ProjectChangedOnDiskException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /** The project file that changed on disk. */
    public Path file() {
        return file;
    }
}
