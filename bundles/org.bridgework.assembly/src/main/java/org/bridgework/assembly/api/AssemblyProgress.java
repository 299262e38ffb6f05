package org.bridgework.assembly.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Progress and cancellation for a long job, in the style of Eclipse's {@code IProgressMonitor}: the command line
 * prints it on stderr, the workbench shows it in a job. Calls come from the thread doing the work.
 */
@ConsumerType
public interface AssemblyProgress {

    /** Does nothing and is never cancelled. */
    AssemblyProgress NONE = new AssemblyProgress() {
    };

    /** The job starts: its name and the total units of work it will report with {@link #worked(int)}. */
    default void begin(String name, int totalWork) {
    }

    /** A step inside the job, for example "Rendering PDF". */
    default void subTask(String name) {
    }

    /** Some units of work are done. */
    default void worked(int units) {
    }

    /** The job is over (successfully or not). */
    default void done() {
    }

    /** True when the user asked to stop: the worker then throws {@link AssemblyException} of kind CANCELLED and leaves nothing behind. */
    default boolean isCancelled() {
        return false;
    }
}
