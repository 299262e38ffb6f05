package org.bridgework.drafting.internal.readiness;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.drafting.internal.Milestones;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.derive.Derived;
import org.osgi.service.component.annotations.Component;

/** Every milestone: the review comments raised for it that are still open (for the final milestone, every open comment). */
@Component(service = ReadinessRule.class, property = "service.ranking:Integer=100")
public class OpenCommentsRule implements ReadinessRule {

    @Override
    public boolean appliesTo(MilestoneKind kind) {
        return true;
    }

    @Override
    public List<OpenItem> open(GuidanceProject project, Milestone milestone) {
        boolean fin = milestone.getKind() == MilestoneKind.FINAL;
        List<OpenItem> open = new ArrayList<>();
        for (ReviewComment c : project.getReviewComments()) {
            boolean unresolved = c.getStatus() == null || c.getStatus() == ReviewStatus.OPEN;
            if (unresolved && (c.getMilestone() == milestone || fin)) {
                String on = c.getTarget() == null ? "the project" : Derived.label(c.getTarget());
                open.add(new OpenItem(Kind.REVIEW_COMMENT_OPEN, c.getId(), "review comment on " + on + (c.getReviewerRole() == null ? "" : " by " + c.getReviewerRole())
                        + ": \"" + Milestones.shorten(c.getText()) + "\""));
            }
        }
        return open;
    }
}
