package org.bridgework.core.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.w3c.dom.Document;

/**
 * Upgrades a project file from one format version to the next (whiteboard: register it as an OSGi service).
 * When a file's {@code formatVersion} is older than {@link ProjectService#FORMAT_VERSION}, the project service
 * parses it (hardened, no DTDs), applies the migrations from its version up to the current one in order, and
 * loads the result; the file itself changes only when the user saves. There is none yet: version 1 is the first.
 */
@ConsumerType
public interface FormatMigration {

    /** The version this migration reads; it produces version {@code fromVersion() + 1}. */
    int fromVersion();

    /**
     * Rewrites {@code document} in place from {@link #fromVersion()} to the next version. The caller then sets the
     * root's {@code formatVersion} attribute.
     *
     * @throws IllegalArgumentException with a message for the user when the file cannot be migrated
     */
    void migrate(Document document);
}
