package org.bridgework.drafting.internal.readiness;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.derive.Derived;
import org.osgi.service.component.annotations.Component;

/** Criteria agreed: every criterion has consensus (to include or to exclude it). */
@Component(service = ReadinessRule.class, property = "service.ranking:Integer=400")
public class CriteriaAgreedRule extends BuiltInRule {

    public CriteriaAgreedRule() {
        super(MilestoneKind.CRITERIA_AGREED);
    }

    @Override
    public List<OpenItem> open(GuidanceProject project, Milestone milestone) {
        List<OpenItem> open = new ArrayList<>();
        for (Criterion c : project.getCriteria()) {
            ConsensusStatus s = Derived.consensusStatus(c);
            if (s != ConsensusStatus.INCLUDE && s != ConsensusStatus.EXCLUDE) {
                open.add(new OpenItem(Kind.CRITERION_WITHOUT_CONSENSUS, c.getId(), "criterion " + label(c.getCode(), c.getTitle(), c.getId()) + ": "
                        + (s == null ? "not rated" : s.getLiteral().replace('-', ' '))));
            }
        }
        return open;
    }
}
