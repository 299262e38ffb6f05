package org.bridgework.drafting.api;

import org.bridgework.core.api.Problem;

/**
 * A problem found by a drafting check, with where it is in the document and what would fix it.
 *
 * @param problem   the problem (its element is the block or section concerned)
 * @param sectionId the innermost section holding the element, or {@code null} for the document as a whole
 * @param quickFix  one sentence describing the fix (for example "write 'community mental health team (CMHT)' at its
 *                  first use"), or {@code null} when there is no mechanical fix
 */
public record Finding(Problem problem, String sectionId, String quickFix) {
}
