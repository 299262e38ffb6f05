package org.bridgework.core.api;

/**
 * One diagnostic about a project, for people: what is wrong, on which element, how bad.
 *
 * @param severity  how bad it is
 * @param code      a stable short code of the rule, for example {@code unique-id} (lets users configure checks)
 * @param elementId the id of the element concerned, or {@code null} for the project as a whole
 * @param message   a sentence a user understands, naming the element and what to do
 */
public record Problem(Severity severity, String code, String elementId, String message) {

    public enum Severity {
        ERROR, WARNING, INFO
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + (elementId != null ? " [" + elementId + "]" : "") + ": " + message + " (" + code + ")";
    }
}
