package org.bridgework.criteria.api;

import java.util.List;

/**
 * A panel member who has not returned a complete rating form for the open round, with a letter or e-mail to copy
 * (nothing is sent: the project team sends it from their own mail).
 *
 * @param memberId   the member's id
 * @param label      role and organisation, as the letter addresses them (never a personal name: the model has none)
 * @param rated      criteria of the round the member has rated (a score or an abstention)
 * @param criteria   criteria in the round
 * @param missing    codes (or ids) of the criteria still to rate, in the round's order
 * @param subject    the e-mail subject
 * @param body       the letter or e-mail body, plain text
 * @since 1.2
 */
public record Reminder(String memberId, String label, int rated, int criteria, List<String> missing, String subject, String body) {

    public Reminder {
        missing = List.copyOf(missing);
    }

    /** True when the member has not rated anything yet (no form returned at all). */
    public boolean notReturned() {
        return rated == 0;
    }
}
