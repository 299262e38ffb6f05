package org.bridgework.drafting.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.drafting.api.Readiness;
import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;

/**
 * Derived readiness of milestones. What counts depends on the milestone's kind:
 * <ul>
 * <li>criteria agreed: criteria without consensus (not rated or no consensus);</li>
 * <li>case studies collected: case studies not yet verified or approved (withdrawn ones do not count);</li>
 * <li>drafts to stakeholders or the Taskforce, Taskforce review: sections over budget and the document over its length target;</li>
 * <li>final: all of the above;</li>
 * <li>every milestone: review comments raised for it that are still open (for the final milestone, every open comment).</li>
 * </ul>
 */
public final class Milestones {

    private Milestones() {
    }

    public static List<Readiness> readiness(GuidanceProject project) {
        List<Readiness> out = new ArrayList<>();
        for (Milestone m : project.getMilestones()) {
            out.add(readiness(project, m));
        }
        return out;
    }

    public static Readiness readiness(GuidanceProject project, Milestone milestone) {
        List<OpenItem> open = new ArrayList<>();
        MilestoneKind kind = milestone.getKind();
        boolean fin = kind == MilestoneKind.FINAL;
        if (kind == MilestoneKind.CRITERIA_AGREED || fin) {
            for (Criterion c : project.getCriteria()) {
                ConsensusStatus s = Derived.consensusStatus(c);
                if (s != ConsensusStatus.INCLUDE && s != ConsensusStatus.EXCLUDE) {
                    open.add(new OpenItem(Kind.CRITERION_WITHOUT_CONSENSUS, c.getId(), "criterion " + label(c.getCode(), c.getTitle(), c.getId()) + ": "
                            + (s == null ? "not rated" : s.getLiteral().replace('-', ' '))));
                }
            }
        }
        if (kind == MilestoneKind.CASE_STUDIES_COLLECTED || fin) {
            for (CaseStudy cs : project.getCaseStudies()) {
                CollectionStatus s = cs.getCollectionStatus();
                if (s != CollectionStatus.VERIFIED && s != CollectionStatus.APPROVED && s != CollectionStatus.WITHDRAWN) {
                    open.add(new OpenItem(Kind.CASE_STUDY_UNVERIFIED, cs.getId(), "case study '" + cs.getTitle() + "': " + (s == null ? "identified" : s.getLiteral())
                            + ", not yet verified"));
                }
            }
        }
        boolean draft = kind == MilestoneKind.DRAFT_TO_STAKEHOLDERS || kind == MilestoneKind.DRAFT_TO_TASKFORCE || kind == MilestoneKind.TASKFORCE_REVIEW;
        GuidanceDocument document = project.getDocument();
        if ((draft || fin) && document != null) {
            document.eAllContents().forEachRemaining(e -> {
                if (e instanceof Section s && s.getWordBudget() > 0) {
                    int words = Derived.wordCount(s);
                    if (words > s.getWordBudget()) {
                        open.add(new OpenItem(Kind.SECTION_OVER_BUDGET, s.getId(), "section '" + s.getHeading() + "': " + words + " words, "
                                + (words - s.getWordBudget()) + " over its budget of " + s.getWordBudget()));
                    }
                }
            });
            int words = Derived.wordCount(document);
            if (document.getLengthTargetWords() > 0 && words > document.getLengthTargetWords()) {
                open.add(new OpenItem(Kind.DOCUMENT_OVER_LENGTH, document.getId(), "document: " + words + " words, " + (words - document.getLengthTargetWords())
                        + " over its length target of " + document.getLengthTargetWords()));
            }
        }
        for (ReviewComment c : project.getReviewComments()) {
            boolean unresolved = c.getStatus() == null || c.getStatus() == ReviewStatus.OPEN;
            if (unresolved && (c.getMilestone() == milestone || (fin && c.getMilestone() != milestone))) {
                String on = c.getTarget() == null ? "the project" : Derived.label(c.getTarget());
                open.add(new OpenItem(Kind.REVIEW_COMMENT_OPEN, c.getId(), "review comment on " + on + (c.getReviewerRole() == null ? "" : " by " + c.getReviewerRole())
                        + ": \"" + shorten(c.getText()) + "\""));
            }
        }
        return new Readiness(milestone.getId(), List.copyOf(open));
    }

    private static String label(String code, String title, String id) {
        return (code == null ? "" : code + " ") + "'" + (title == null ? id : title) + "'";
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 77).strip() + "...";
    }
}
