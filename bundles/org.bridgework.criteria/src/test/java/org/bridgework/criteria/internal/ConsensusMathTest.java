package org.bridgework.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.criteria.api.RoundSummary;
import org.bridgework.criteria.api.RoundSummary.CriterionSummary;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.Rating;
import org.bridgework.model.derive.Derived;
import org.junit.jupiter.api.Test;

/** Threshold arithmetic on edge cases, on projects built in code. */
class ConsensusMathTest {

    static final GuidanceFactory F = GuidanceFactory.eINSTANCE;
    final ConsensusServiceImpl service = new ConsensusServiceImpl();

    /** A project with one criterion and a round whose panel has {@code panel} members; settings null = none in the file. */
    static GuidanceProject project(int panel, ConsensusScale scale, Integer include, Integer opposite) {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("p");
        if (scale != null || include != null || opposite != null) {
            ConsensusSettings s = F.createConsensusSettings();
            if (scale != null) {
                s.setScale(scale);
            }
            if (include != null) {
                s.setIncludeThresholdPercent(include);
            }
            if (opposite != null) {
                s.setExcludeOppositeThresholdPercent(opposite);
            }
            p.setConsensusSettings(s);
        }
        Criterion c = F.createCriterion();
        c.setId("c1");
        c.setCode("C1");
        p.getCriteria().add(c);
        ConsensusRound r = F.createConsensusRound();
        r.setId("round-1");
        r.setNumber(1);
        r.getCriteria().add(c);
        p.getRounds().add(r);
        for (int i = 0; i < panel; i++) {
            Member m = F.createMember();
            m.setId("m" + i);
            p.getMembers().add(m);
            r.getPanel().add(m);
        }
        return p;
    }

    /** Rates with the given scores, one member each (null = abstained); members beyond the scores do not rate. */
    static ConsensusRound rated(GuidanceProject p, Integer... scores) {
        ConsensusRound r = p.getRounds().get(0);
        for (int i = 0; i < scores.length; i++) {
            rate(r, r.getPanel().get(i), scores[i]);
        }
        return r;
    }

    static void rate(ConsensusRound r, Member m, Integer score) {
        Rating x = F.createRating();
        x.setMember(m);
        x.setCriterion(r.getCriteria().get(0));
        x.setScore(score);
        r.getRatings().add(x);
    }

    private ConsensusStatus status(ConsensusRound r) {
        ConsensusStatus mine = service.status(r, r.getCriteria().get(0));
        return mine;
    }

    /** Ours and Derived agree on well-formed rounds (one rating per panel member). */
    private ConsensusStatus checked(ConsensusRound r) {
        ConsensusStatus mine = status(r);
        assertEquals(Derived.consensusStatus(r, r.getCriteria().get(0)), mine, "Derived and ConsensusMath disagree");
        return mine;
    }

    @Test
    void exactly75PercentAgreeIsConsensus() {
        assertEquals(ConsensusStatus.INCLUDE, checked(rated(project(4, null, null, null), 7, 8, 9, 5)));
        // 15 of 20 = 75 % agree, 2 of 20 = 10 % disagree
        Integer[] s = new Integer[20];
        for (int i = 0; i < 20; i++) {
            s[i] = i < 15 ? 8 : i < 18 ? 5 : 2;
        }
        assertEquals(ConsensusStatus.INCLUDE, checked(rated(project(20, null, null, null), s)));
    }

    @Test
    void justBelow75PercentIsNoConsensus() {
        // 74 of 100
        Integer[] s = new Integer[100];
        for (int i = 0; i < 100; i++) {
            s[i] = i < 74 ? 9 : 5;
        }
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(100, null, null, null), s)));
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(3, null, null, null), 7, 8, 4)));
    }

    @Test
    void exactly15PercentOppositeBlocksConsensus() {
        // 17 of 20 agree (85 %) but 3 of 20 (exactly 15 %) disagree: not fewer than 15 %
        Integer[] s = new Integer[20];
        for (int i = 0; i < 20; i++) {
            s[i] = i < 17 ? 9 : 1;
        }
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(20, null, null, null), s)));
        // 18 agree, 2 disagree (10 %): consensus
        for (int i = 0; i < 20; i++) {
            s[i] = i < 18 ? 9 : 1;
        }
        assertEquals(ConsensusStatus.INCLUDE, checked(rated(project(20, null, null, null), s)));
    }

    @Test
    void consensusToExcludeMirrorsInclude() {
        assertEquals(ConsensusStatus.EXCLUDE, checked(rated(project(4, null, null, null), 1, 2, 3, 5)));
        // 3 disagree, 1 agree of 4: 25 % at the agreeing end
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(4, null, null, null), 1, 2, 3, 9)));
    }

    @Test
    void noRatersIsNotRated() {
        ConsensusRound r = rated(project(5, null, null, null));
        assertEquals(ConsensusStatus.NOT_RATED, checked(r));
        CriterionSummary s = service.summary(r).criteria().get(0);
        assertEquals(0, s.raters());
        assertTrue(Double.isNaN(s.agreePercent()));
        assertTrue(Double.isNaN(s.median()));
        assertTrue(Double.isNaN(s.iqr()));
        // everybody abstained: still nobody rated
        ConsensusRound abstained = rated(project(3, null, null, null), null, null, null);
        assertEquals(ConsensusStatus.NOT_RATED, checked(abstained));
        assertEquals(3, service.summary(abstained).criteria().get(0).abstentions());
    }

    @Test
    void oneRater() {
        assertEquals(ConsensusStatus.INCLUDE, checked(rated(project(12, null, null, null), 8)));
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(12, null, null, null), 5)));
        assertEquals(ConsensusStatus.EXCLUDE, checked(rated(project(12, null, null, null), 1)));
        CriterionSummary s = service.summary(rated(project(12, null, null, null), 8)).criteria().get(0);
        assertEquals(1, s.raters());
        assertEquals(8.0, s.median());
        assertEquals(0.0, s.iqr());
    }

    @Test
    void missingRatingsAndAbstentionsDoNotCount() {
        // 12 on the panel, 4 rated: 3 agree + 1 abstained -> 3 raters, 100 %
        ConsensusRound r = rated(project(12, null, null, null), 9, 8, null, 7);
        assertEquals(ConsensusStatus.INCLUDE, checked(r));
        CriterionSummary s = service.summary(r).criteria().get(0);
        assertEquals(3, s.raters());
        assertEquals(1, s.abstentions());
        assertEquals(100.0, s.agreePercent());
        assertEquals(4, service.summary(r).respondents());
    }

    @Test
    void agreeNeutralDisagreeScale() {
        ConsensusScale and = ConsensusScale.AGREE_NEUTRAL_DISAGREE;
        assertEquals(ConsensusStatus.INCLUDE, checked(rated(project(4, and, null, null), 3, 3, 3, 2)));
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(4, and, null, null), 3, 3, 3, 1)));
        assertEquals(ConsensusStatus.EXCLUDE, checked(rated(project(4, and, null, null), 1, 1, 1, 2)));
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(3, and, null, null), 2, 2, 2)));
        CriterionSummary s = service.summary(rated(project(4, and, null, null), 3, 3, 2, 1)).criteria().get(0);
        assertEquals(List.of(1, 1, 2), s.distribution());
        assertEquals(50.0, s.agreePercent());
        assertEquals(25.0, s.neutralPercent());
        assertEquals(25.0, s.disagreePercent());
        // 7 is out of range on this scale: not counted
        assertEquals(1, service.summary(rated(project(2, and, null, null), 3, 7)).criteria().get(0).raters());
    }

    @Test
    void configuredThresholds() {
        // 70 % include, fewer than 10 % opposite: 7 of 10 agree, none disagree
        assertEquals(ConsensusStatus.INCLUDE, checked(rated(project(10, null, 70, 10), 9, 9, 9, 9, 9, 9, 9, 5, 5, 5)));
        assertEquals(ConsensusStatus.NO_CONSENSUS, checked(rated(project(10, null, 70, 10), 9, 9, 9, 9, 9, 9, 9, 5, 5, 1)));
    }

    @Test
    void medianAndQuartilesInterpolate() {
        CriterionSummary s = service.summary(rated(project(4, null, null, null), 4, 1, 3, 2)).criteria().get(0);
        assertEquals(2.5, s.median(), 1e-9);
        assertEquals(1.75, s.q1(), 1e-9);
        assertEquals(3.25, s.q3(), 1e-9);
        assertEquals(1.5, s.iqr(), 1e-9);
        assertEquals(List.of(1, 1, 1, 1, 0, 0, 0, 0, 0), s.distribution());
    }

    @Test
    void lastRatingWinsEvenWhenItIsAnAbstention() {
        // one calculation: the model's derived status agrees (it once kept the earlier score)
        GuidanceProject p = project(1, null, null, null);
        ConsensusRound r = p.getRounds().get(0);
        rate(r, r.getPanel().get(0), 9);
        rate(r, r.getPanel().get(0), null);
        assertEquals(ConsensusStatus.NOT_RATED, status(r));
        assertEquals(ConsensusStatus.NOT_RATED, Derived.consensusStatus(r, r.getCriteria().get(0)));
        rate(r, r.getPanel().get(0), 2);
        assertEquals(ConsensusStatus.EXCLUDE, status(r));
    }

    @Test
    void ratingsFromOutsideThePanelDoNotCount() {
        GuidanceProject p = project(2, null, null, null);
        ConsensusRound r = rated(p, 9, 9);
        Member outsider = F.createMember();
        outsider.setId("outsider");
        p.getMembers().add(outsider);
        rate(r, outsider, 1);
        assertEquals(ConsensusStatus.INCLUDE, status(r));
        assertEquals(2, service.summary(r).criteria().get(0).raters());
        assertEquals(ConsensusStatus.INCLUDE, Derived.consensusStatus(r, r.getCriteria().get(0)), "the model's status does not count outsiders either");
    }

    @Test
    void stabilityAgainstThePreviousRound() {
        GuidanceProject p = project(4, null, null, null);
        ConsensusRound r1 = rated(p, 9, 9, 5, 5);
        ConsensusRound r2 = F.createConsensusRound();
        r2.setId("round-2");
        r2.setNumber(2);
        r2.getCriteria().addAll(r1.getCriteria());
        r2.getPanel().addAll(r1.getPanel());
        p.getRounds().add(r2);
        for (int i = 0; i < 4; i++) {
            Rating x = F.createRating();
            x.setMember(r2.getPanel().get(i));
            x.setCriterion(r2.getCriteria().get(0));
            x.setScore(i < 3 ? 8 : 5);
            r2.getRatings().add(x);
        }
        RoundSummary s = service.summary(r2);
        CriterionSummary c = s.criteria().get(0);
        assertEquals(1, c.previousRound());
        assertEquals(ConsensusStatus.NO_CONSENSUS, c.previousStatus());
        assertEquals(ConsensusStatus.INCLUDE, c.status());
        assertEquals(25.0, c.agreementChange(), 1e-9);
        assertFalse(c.stable());
        assertNull(service.summary(r1).criteria().get(0).stable());
    }
}
