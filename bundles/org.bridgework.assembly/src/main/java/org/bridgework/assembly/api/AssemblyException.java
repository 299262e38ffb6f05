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
        CANCELLED
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public AssemblyException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public AssemblyException(Kind kind, String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
