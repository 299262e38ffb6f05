package org.bridgework.assembly.api;

import java.util.List;

import org.bridgework.core.api.Problem;

/** Assembly stopped. The message says what was wrong and where (element id, file); {@link #problems()} lists details. */
public class AssemblyException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why assembly stopped; the command line maps USAGE and OUTPUT to exit code 2, VALIDATION to 1. */
    public enum Kind {
        /** Unknown format or context id: the message lists the known ones. */
        USAGE,
        /** The project has validation errors and force was off: {@link #problems()} lists them. */
        VALIDATION,
        /** Content that cannot be rendered, for example an image without alt text (the message names it). */
        CONTENT,
        /** The output folder cannot be created or written. */
        OUTPUT,
        /** A renderer failed. */
        RENDER,
        /** The user cancelled. */
        CANCELLED,
        /** A release was asked for and the publication gate found blockers: {@link #blockers()} lists them. */
        RELEASE_BLOCKED
    }

    private final Kind kind;
    private final transient List<Problem> problems;
    private final transient List<org.bridgework.core.api.Blocker> blockers;

    public AssemblyException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public AssemblyException(Kind kind, String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.blockers = List.of();
    }

    /** A release the publication gate stopped. */
    public AssemblyException(String message, List<org.bridgework.core.api.Blocker> blockers) {
        super(message);
        this.kind = Kind.RELEASE_BLOCKED;
        this.problems = List.of();
        this.blockers = List.copyOf(blockers);
    }

    /** What stopped a release (empty for other kinds). */
    public List<org.bridgework.core.api.Blocker> blockers() {
        return blockers;
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
