package org.bridgework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    GuidanceProject project;
    Criterion criterion;
    ConsensusRound round;
    int members;

    @BeforeEach
    void setUp() {
        project = F.createGuidanceProject();
        project.setId("p");
        criterion = F.createCriterion();
        criterion.setId("c1");
        project.getCriteria().add(criterion);
        round = round(1);
        members = 0;
    }

    ConsensusRound round(int number) {
        ConsensusRound r = F.createConsensusRound();
        r.setId("r" + number);
        r.setNumber(number);
        r.getCriteria().add(criterion);
        project.getRounds().add(r);
        return r;
    }

    Member rate(ConsensusRound r, Integer... scores) {
        Member last = null;
        for (Integer score : scores) {
            Member m = F.createMember();
            m.setId("m" + ++members);
            project.getMembers().add(m);
            rate(r, m, score);
            last = m;
        }
        return last;
    }

    void rate(ConsensusRound r, Member m, Integer score) {
        Rating rating = F.createRating();
        rating.setMember(m);
        rating.setCriterion(criterion);
        rating.setScore(score);
        r.getRatings().add(rating);
    }

    @Test
    void noRatersIsNotRated() {
        assertEquals(ConsensusStatus.NOT_RATED, round.consensusStatus(criterion));
        assertEquals(0, round.raterCount(criterion));
        assertTrue(Double.isNaN(round.agreementPercent(criterion)));
        assertEquals(ConsensusStatus.NOT_RATED, criterion.getConsensusStatus());
    }

    @Test
    void onlyAbstentionsIsNotRated() {
        rate(round, null, null);
        assertEquals(ConsensusStatus.NOT_RATED, round.consensusStatus(criterion));
    }

    @Test
    void exactlySeventyFivePercentIsConsensus() {
        rate(round, 9, 8, 7, 5); // 3 of 4 agree = 75%, nobody disagrees
        assertEquals(75.0, round.agreementPercent(criterion));
        assertEquals(ConsensusStatus.INCLUDE, round.consensusStatus(criterion));
        assertEquals(ConsensusStatus.INCLUDE, criterion.getConsensusStatus());
    }

    @Test
    void justBelowSeventyFivePercentIsNoConsensus() {
        rate(round, 9, 8, 5); // 66.7%
        assertEquals(ConsensusStatus.NO_CONSENSUS, round.consensusStatus(criterion));
        rate(round, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 5, 5, 5, 5, 5, 5); // 14 + 2 of 23? recount below
        // 16 agree of 23 = 69.6%
        assertEquals(ConsensusStatus.NO_CONSENSUS, round.consensusStatus(criterion));
    }

    @Test
    void oppositeEndAtExactlyFifteenPercentBlocksConsensus() {
        Integer[] scores = new Integer[20];
        for (int i = 0; i < 17; i++) {
            scores[i] = 8;
        }
        scores[17] = 1;
        scores[18] = 2;
        scores[19] = 3; // 85% agree, exactly 15% disagree: "fewer than 15%" is not met
        rate(round, scores);
        assertEquals(ConsensusStatus.NO_CONSENSUS, round.consensusStatus(criterion));
    }

    @Test
    void oppositeEndBelowFifteenPercentAllowsConsensus() {
        Integer[] scores = new Integer[20];
        for (int i = 0; i < 18; i++) {
            scores[i] = 7;
        }
        scores[18] = 1;
        scores[19] = 5; // 90% agree, 5% disagree
        rate(round, scores);
        assertEquals(ConsensusStatus.INCLUDE, round.consensusStatus(criterion));
    }

    @Test
    void consensusToExclude() {
        rate(round, 1, 2, 3, 5);
        assertEquals(ConsensusStatus.EXCLUDE, round.consensusStatus(criterion));
    }

    @Test
    void abstentionsAndOutOfRangeScoresDoNotCount() {
        rate(round, 9, 9, 9, null);
        assertEquals(3, round.raterCount(criterion));
        assertEquals(ConsensusStatus.INCLUDE, round.consensusStatus(criterion));
        rate(round, 0, 12);
        assertEquals(3, round.raterCount(criterion));
    }

    @Test
    void aMembersLastRatingCounts() {
        Member m = rate(round, 9);
        rate(round, 9, 9);
        rate(round, m, 1); // m changes their mind: 2 agree, 1 disagree
        assertEquals(3, round.raterCount(criterion));
        assertEquals(ConsensusStatus.NO_CONSENSUS, round.consensusStatus(criterion));
    }

    @Test
    void aLaterAbstentionWithdrawsAnEarlierScore() {
        Member m = rate(round, 9);
        rate(round, m, null);
        assertEquals(0, round.raterCount(criterion));
        assertEquals(ConsensusStatus.NOT_RATED, round.consensusStatus(criterion));
    }

    @Test
    void projectSettingsApply() {
        ConsensusSettings settings = F.createConsensusSettings();
        settings.setScale(ConsensusScale.AGREE_NEUTRAL_DISAGREE);
        settings.setIncludeThresholdPercent(60);
        project.setConsensusSettings(settings);
        rate(round, 3, 3, 2, 2, 3); // 60% agree on the three-point scale
        assertEquals(ConsensusStatus.INCLUDE, round.consensusStatus(criterion));
        rate(round, 9); // out of range on this scale
        assertEquals(5, round.raterCount(criterion));
        rate(round, 1); // 3 of 6 = 50%
        assertEquals(ConsensusStatus.NO_CONSENSUS, round.consensusStatus(criterion));
    }

    @Test
    void criterionStatusIsTheLatestRatedRound() {
        rate(round, 9, 9, 5, 5);
        ConsensusRound second = round(2);
        ConsensusRound third = round(3); // opened, nobody rated yet
        assertEquals(ConsensusStatus.NO_CONSENSUS, criterion.getConsensusStatus());
        rate(second, 9, 9, 9, 5);
        assertEquals(ConsensusStatus.INCLUDE, criterion.getConsensusStatus());
        assertEquals(ConsensusStatus.NOT_RATED, third.consensusStatus(criterion));
    }

    @Test
    void aRoundOutsideAProjectUsesDefaults() {
        ConsensusRound loose = F.createConsensusRound();
        Criterion c = F.createCriterion();
        for (int score : new int[] {9, 9, 9, 4}) {
            Rating rating = F.createRating();
            rating.setCriterion(c);
            rating.setScore(score);
            loose.getRatings().add(rating);
        }
        assertEquals(4, loose.raterCount(c), "ratings without a member each count once");
        assertEquals(ConsensusStatus.INCLUDE, loose.consensusStatus(c));
    }
}
