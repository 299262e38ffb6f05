package org.bridgework.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a {@link ProjectSession} and its {@link RecoveryJournal} report what they recover from (a failed journal write,
 * a failing listener): the workbench's error log, or whatever a test or tool gives them.
 */
@ConsumerType
public interface SessionLog {

    /** Something failed that should not have: counted as an error. */
    void error(String what, Throwable e);

    /** Worth a line, not an error. */
    void warn(String message);

    /** A listener from another bundle failed: reported, not counted against the session itself. */
    default void contributionFailed(String what, Throwable e) {
        error(what, e);
    }
}
