package org.bridgework.criteria.internal.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.Assessment;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.derive.Derived;
import org.osgi.service.component.annotations.Component;

/**
 * Release rule: the consensus the guidance reports happened. A round never opened would appear in the consensus
 * report as if it had; a criterion used to assess case studies must have been agreed (consensus to include).
 */
@Component(service = ReleaseRule.class)
public class ConsensusRule implements ReleaseRule {

    public static final String ROUND_NOT_HELD = "round-not-held";
    public static final String CRITERION_WITHOUT_CONSENSUS = "criterion-without-consensus";

    @Override
    public String id() {
        return "criteria.consensus";
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        List<Blocker> blockers = new ArrayList<>();
        for (ConsensusRound round : project.getRounds()) {
            if (round.getOpened() == null) {
                blockers.add(new Blocker(ROUND_NOT_HELD, round.getId(), "Consensus round " + round.getNumber() + " ('" + Derived.label(round)
                        + "') was never opened, but the consensus report would present it.",
                        "Open the round, collect the panel's ratings and close it ('bridgework consensus'), or delete the round."));
            } else if (round.getClosed() == null) {
                blockers.add(new Blocker(ROUND_NOT_HELD, round.getId(), "Consensus round " + round.getNumber() + " is still open: its outcome is not final.",
                        "Close the round once the panel has rated, or release after it closes."));
            }
        }
        Map<Criterion, List<String>> used = new LinkedHashMap<>();
        for (CaseStudy cs : project.getCaseStudies()) {
            if (cs.getCollectionStatus() == CollectionStatus.WITHDRAWN) {
                continue;
            }
            for (Assessment a : cs.getAssessments()) {
                if (a.getCriterion() != null) {
                    used.computeIfAbsent(a.getCriterion(), c -> new ArrayList<>()).add(cs.getId());
                }
            }
        }
        for (Map.Entry<Criterion, List<String>> e : used.entrySet()) {
            Criterion c = e.getKey();
            ConsensusStatus status = Derived.consensusStatus(c);
            if (status != ConsensusStatus.INCLUDE) {
                blockers.add(new Blocker(CRITERION_WITHOUT_CONSENSUS, c.getId(), "Criterion " + (c.getCode() == null ? c.getId() : c.getCode())
                        + " is used to assess " + String.join(", ", e.getValue()) + " but has no consensus to include it (" + status.getLiteral() + ").",
                        "Rate it in a consensus round until the panel agrees to include it, or remove the assessments against it."));
            }
        }
        return blockers;
    }
}
