package org.bridgework.drafting.api;

import java.util.List;

/**
 * What is still open before a milestone, derived from the project (nothing stored).
 *
 * @param milestoneId the milestone's id
 * @param open        the open items; empty when the milestone is ready
 */
public record Readiness(String milestoneId, List<OpenItem> open) {

    /** The kinds of open item. */
    public enum Kind {
        CASE_STUDY_UNVERIFIED, CRITERION_WITHOUT_CONSENSUS, REVIEW_COMMENT_OPEN, SECTION_OVER_BUDGET, DOCUMENT_OVER_LENGTH,
        /** @since 1.2 the scope has no recorded agreement (who and when). */
        SCOPE_NOT_AGREED,
        /** @since 1.2 a source with no extracts recorded. */
        SOURCE_WITHOUT_EXTRACTS,
        /** @since 1.2 a challenge with neither mapped evidence nor a recorded evidence gap. */
        CHALLENGE_WITHOUT_EVIDENCE,
        /** @since 1.2 anything a contributed {@link ReadinessRule} reports. */
        OTHER,
        /** @since 1.4 a blocker of the publication gate: the final milestone's readiness is the gate. */
        RELEASE_BLOCKER
    }

    /** One open item: its kind, the element concerned and a sentence saying what is open. */
    public record OpenItem(Kind kind, String elementId, String text) {
    }

    public boolean ready() {
        return open.isEmpty();
    }
}
