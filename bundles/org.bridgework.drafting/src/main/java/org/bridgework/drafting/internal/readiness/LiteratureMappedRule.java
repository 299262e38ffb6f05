package org.bridgework.drafting.internal.readiness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.Challenge;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.osgi.service.component.annotations.Component;

/**
 * Literature collated and mapped: every source has extracts, and every challenge has evidence (an extract mapped to
 * it, or to a solution addressing it) or a recorded evidence gap.
 */
@Component(service = ReadinessRule.class, property = "service.ranking:Integer=500")
public class LiteratureMappedRule extends BuiltInRule {

    public LiteratureMappedRule() {
        super(MilestoneKind.LITERATURE_SUMMARISED);
    }

    @Override
    public List<OpenItem> open(GuidanceProject project, Milestone milestone) {
        List<OpenItem> open = new ArrayList<>();
        Set<Challenge> evidenced = new HashSet<>();
        for (Source source : project.getSources()) {
            if (source.getExtracts().isEmpty()) {
                open.add(new OpenItem(Kind.SOURCE_WITHOUT_EXTRACTS, source.getId(), "source " + sourceLabel(source) + ": no extracts recorded"));
            }
            for (Extract extract : source.getExtracts()) {
                evidenced.addAll(extract.getChallenges());
            }
        }
        for (Solution solution : project.getSolutions()) {
            if (!solution.getEvidencedBy().isEmpty()) {
                evidenced.addAll(solution.getAddresses());
            }
        }
        for (Challenge challenge : project.getChallenges()) {
            boolean gapRecorded = challenge.getEvidenceGap() != null && !challenge.getEvidenceGap().isBlank();
            if (!evidenced.contains(challenge) && !gapRecorded) {
                open.add(new OpenItem(Kind.CHALLENGE_WITHOUT_EVIDENCE, challenge.getId(), "challenge " + label(null, challenge.getTitle(), challenge.getId())
                        + ": no evidence mapped and no evidence gap recorded"));
            }
        }
        return open;
    }

    private static String sourceLabel(Source source) {
        String key = source.getCitationKey() == null ? source.getId() : "@" + source.getCitationKey();
        return source.getTitle() == null || source.getTitle().isBlank() ? key : key + " '" + source.getTitle() + "'";
    }
}
