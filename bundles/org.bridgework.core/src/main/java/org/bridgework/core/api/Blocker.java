package org.bridgework.core.api;

import java.util.Objects;

/**
 * Something that stops a release: what, where, why and how to fix it.
 *
 * @param code      a stable short code, for example {@code placeholder-text}
 * @param elementId the id of the element concerned, or {@code null} for the project as a whole
 * @param reason    a sentence naming the element and what is wrong
 * @param fix       what to do about it, as an instruction
 */
public record Blocker(String code, String elementId, String reason, String fix) {

    public Blocker {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        fix = fix == null ? "" : fix;
    }

    /** The blocker as a warning, for {@code check} and the Problems view. */
    public Problem asWarning() {
        return new Problem(Problem.Severity.WARNING, code, elementId, "Blocks release: " + reason + (fix.isEmpty() ? "" : " Fix: " + fix));
    }

    @Override
    public String toString() {
        return (elementId != null ? "[" + elementId + "] " : "") + reason + (fix.isEmpty() ? "" : " Fix: " + fix) + " (" + code + ")";
    }
}
