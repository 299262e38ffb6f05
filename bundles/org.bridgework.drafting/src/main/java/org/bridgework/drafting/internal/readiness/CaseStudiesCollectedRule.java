package org.bridgework.drafting.internal.readiness;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.derive.Derived;
import org.osgi.service.component.annotations.Component;

/**
 * Case studies collected: every case study is collected ({@link Derived#awaitsCollection}). The collection board's
 * overdue flag is this rule's items on the collection deadline, so it also counts for the draft to stakeholders when
 * the project plans no case-studies-collected milestone (that draft is then the deadline, as the board says).
 */
@Component(service = ReadinessRule.class, property = "service.ranking:Integer=300")
public class CaseStudiesCollectedRule extends BuiltInRule {

    public CaseStudiesCollectedRule() {
        super(MilestoneKind.CASE_STUDIES_COLLECTED, MilestoneKind.DRAFT_TO_STAKEHOLDERS);
    }

    @Override
    public List<OpenItem> open(GuidanceProject project, Milestone milestone) {
        List<OpenItem> open = new ArrayList<>();
        if (milestone.getKind() == MilestoneKind.DRAFT_TO_STAKEHOLDERS
                && project.getMilestones().stream().anyMatch(m -> m.getKind() == MilestoneKind.CASE_STUDIES_COLLECTED && m.getDate() != null)) {
            return open; // collection has its own deadline
        }
        for (CaseStudy cs : project.getCaseStudies()) {
            if (Derived.awaitsCollection(cs)) {
                open.add(new OpenItem(Kind.CASE_STUDY_UNVERIFIED, cs.getId(), "case study '" + cs.getTitle() + "': "
                        + (cs.getCollectionStatus() == null ? "identified" : cs.getCollectionStatus().getLiteral().replace('-', ' ')) + ", not yet verified"));
            }
        }
        return open;
    }
}
