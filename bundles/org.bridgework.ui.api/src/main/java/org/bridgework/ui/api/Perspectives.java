package org.bridgework.ui.api;

import java.util.List;

/**
 * The perspectives of the workbench, one per stage of the work. A {@link ViewContribution} names the ones that
 * show it; the toolbar's switcher changes between them.
 */
public final class Perspectives {
    /** Audiences, purpose, structure, milestones. */
    public static final String SCOPE = "scope";
    /** Sources, extracts, the evidence map. */
    public static final String LITERATURE = "literature";
    /** Criteria and consensus rounds. */
    public static final String CRITERIA = "criteria";
    /** Case studies, their collection and assessment. */
    public static final String CASE_STUDIES = "case-studies";
    /** The guidance document. */
    public static final String DRAFTING = "drafting";
    /** Review comments and checks. */
    public static final String REVIEW = "review";
    /** Rendering to HTML, Word, PDF and Markdown. */
    public static final String ASSEMBLY = "assembly";
    /** In {@link ViewContribution#perspectives()}: every perspective. */
    public static final String ALL = "*";

    /** Every perspective id, in the order of the work (and of the switcher). */
    public static final List<String> IDS = List.of(SCOPE, LITERATURE, CRITERIA, CASE_STUDIES, DRAFTING, REVIEW, ASSEMBLY);

    private Perspectives() {
    }
}
