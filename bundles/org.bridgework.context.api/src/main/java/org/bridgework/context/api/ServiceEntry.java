package org.bridgework.context.api;

import java.util.Objects;

/**
 * One entry of a context's local service directory. Contexts never invent contact details: where they are not
 * known the text says so ({@link #TO_BE_COMPLETED}).
 *
 * @param id      slug, unique within the context
 * @param name    the service's name as people know it
 * @param kind    what sort of service it is
 * @param contact how to reach it (a sentence, a phone number the institution checked, opening times), or {@link #TO_BE_COMPLETED}
 * @param url     web address, or {@code null}
 * @param note    when and why to use it, or {@code null}
 */
public record ServiceEntry(String id, String name, Kind kind, String contact, String url, String note) {

    /** The placeholder for contact details an institution must fill in. */
    public static final String TO_BE_COMPLETED = "To be completed locally";

    public enum Kind {
        NHS_TRUST, INTEGRATED_CARE_BOARD, GP_PRACTICE, CRISIS_LINE, VOLUNTARY_SECTOR, HEP_SERVICE, OTHER
    }

    public ServiceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        contact = contact == null || contact.isBlank() ? TO_BE_COMPLETED : contact;
    }
}
