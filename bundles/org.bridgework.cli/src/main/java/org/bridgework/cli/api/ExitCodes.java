package org.bridgework.cli.api;

/** The exit codes every command uses. */
public final class ExitCodes {
    /** The work was done and found nothing wrong. */
    public static final int OK = 0;
    /** The work was done and found problems (for example validation errors). */
    public static final int PROBLEMS = 1;
    /** Bad usage, or input that could not be read. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
