package org.bridgework.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.Organisation;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.StakeholderGroup;
import org.bridgework.model.derive.Derived;
import org.junit.jupiter.api.Test;

/** Status split by stakeholder group, and the rule that consensus needs agreement in every group. */
class StakeholderGroupsTest {

    /** 8 members: 5 HE (all agree), 3 NHS (1 agrees): 6 of 8 = 75% overall. */
    private static GuidanceProject heOutvotesNhs() {
        GuidanceProject p = ConsensusMathTest.project(8, ConsensusScale.NINE_POINT, 75, 15);
        Organisation uni = ConsensusMathTest.F.createOrganisation();
        uni.setKind(OrganisationKind.HEP);
        Organisation trust = ConsensusMathTest.F.createOrganisation();
        trust.setKind(OrganisationKind.NHS_TRUST);
        List<Member> panel = p.getRounds().get(0).getPanel();
        for (int i = 0; i < 8; i++) {
            if (i < 4) {
                panel.get(i).setOrganisation(uni);
            } else if (i == 4) {
                panel.get(i).setStakeholderGroup(StakeholderGroup.HE); // set on the member, no organisation
            } else {
                panel.get(i).setOrganisation(trust);
            }
        }
        ConsensusMathTest.rated(p, 8, 8, 9, 7, 8, 8, 5, 5);
        return p;
    }

    @Test
    void groupsComeFromTheMemberOrTheOrganisation() {
        GuidanceProject p = heOutvotesNhs();
        List<Member> panel = p.getRounds().get(0).getPanel();
        assertEquals(StakeholderGroup.HE, Derived.stakeholderGroup(panel.get(0)));
        assertEquals(StakeholderGroup.HE, Derived.stakeholderGroup(panel.get(4)));
        assertEquals(StakeholderGroup.NHS, Derived.stakeholderGroup(panel.get(5)));
        panel.get(5).setStakeholderGroup(StakeholderGroup.STUDENTS);
        assertEquals(StakeholderGroup.STUDENTS, Derived.stakeholderGroup(panel.get(5)), "the member's own setting wins");
        assertEquals(StakeholderGroup.UNSPECIFIED, Derived.stakeholderGroup(ConsensusMathTest.F.createMember()));
    }

    @Test
    void feedbackIsSplitByGroupWhetherOrNotTheRuleIsOn() {
        GuidanceProject p = heOutvotesNhs();
        ConsensusRound r = p.getRounds().get(0);
        Map<StakeholderGroup, Derived.Tally> byGroup = Derived.tallyByGroup(r, r.getCriteria().get(0));
        assertEquals(List.of(StakeholderGroup.HE, StakeholderGroup.NHS), List.copyOf(byGroup.keySet()));
        assertEquals(5, byGroup.get(StakeholderGroup.HE).raters());
        assertEquals(100.0, byGroup.get(StakeholderGroup.HE).agreementPercent());
        assertEquals(3, byGroup.get(StakeholderGroup.NHS).raters());
        assertEquals(ConsensusStatus.NO_CONSENSUS, byGroup.get(StakeholderGroup.NHS).status());
        assertEquals(ConsensusStatus.INCLUDE, Derived.tally(r, r.getCriteria().get(0)).status(), "75% overall: consensus without the rule");
    }

    @Test
    void theRuleWithholdsConsensusWhenAGroupIsOutvotedEverywhereTheTallyIsUsed() {
        GuidanceProject p = heOutvotesNhs();
        ConsensusRound r = p.getRounds().get(0);
        p.getConsensusSettings().setAgreementInEveryGroup(true);
        Derived.Tally t = Derived.tally(r, r.getCriteria().get(0));
        assertEquals(ConsensusStatus.NO_CONSENSUS, t.status());
        assertEquals(ConsensusStatus.INCLUDE, t.overallStatus());
        assertEquals(List.of(StakeholderGroup.NHS), t.dissentingGroups());
        ConsensusServiceImpl service = new ConsensusServiceImpl();
        assertEquals(ConsensusStatus.NO_CONSENSUS, service.status(r, r.getCriteria().get(0)));
        assertEquals(ConsensusStatus.NO_CONSENSUS, service.summary(r).criteria().get(0).status(), "the dashboard and forms' summary");
        assertEquals(ConsensusStatus.NO_CONSENSUS, service.report(p).outcomes().get(0).finalStatus(), "the report");
        assertEquals(ConsensusStatus.NO_CONSENSUS, r.getCriteria().get(0).getConsensusStatus(), "the model's derived status (search, assembly)");
        // the NHS members come round: consensus in every group
        ConsensusMathTest.rate(r, r.getPanel().get(6), 8);
        ConsensusMathTest.rate(r, r.getPanel().get(7), 9);
        assertEquals(ConsensusStatus.INCLUDE, Derived.tally(r, r.getCriteria().get(0)).status());
    }
}
