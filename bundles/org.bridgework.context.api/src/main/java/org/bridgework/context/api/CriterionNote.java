package org.bridgework.context.api;

import java.util.Objects;

/**
 * How a criterion applies in this context.
 *
 * @param criterion the criterion's code (for example {@code C4}) or its id; consumers match the code first, then the id
 * @param text      the note, inline Markdown
 */
public record CriterionNote(String criterion, String text) {
    public CriterionNote {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(text, "text");
    }

    /** True when this note is about the criterion with this code or id. */
    public boolean isAbout(String code, String id) {
        return criterion.equalsIgnoreCase(code == null ? "" : code) || criterion.equals(id);
    }
}
