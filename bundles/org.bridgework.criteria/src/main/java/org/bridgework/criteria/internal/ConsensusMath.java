package org.bridgework.criteria.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.Rating;
import org.bridgework.model.derive.Derived;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Consensus arithmetic. The thresholds and their integer arithmetic are {@link Derived.Tally}'s (exactly 75 % is
 * consensus; exactly 15 % at the other end is not); which ratings count is decided here, because
 * {@link Derived#tally} differs on two edge cases:
 * <ul>
 * <li>a member whose <em>last</em> rating of a criterion is an abstention (no score) still counts with an earlier
 * score there; here the last rating wins, so a withdrawn score is withdrawn;</li>
 * <li>ratings by members who are not on the round's panel count there; here they do not (when the round has a
 * panel), and ratings without a member do not count either.</li>
 * </ul>
 * On well-formed rounds (what {@code ConsensusService} and the form import produce: one rating per member and
 * criterion, panel members only) both agree.
 */
public final class ConsensusMath {

    private ConsensusMath() {
    }

    /** The scores that count, one per rater, in rating order; abstentions are not included. */
    public static List<Integer> scores(ConsensusRound round, Criterion criterion) {
        Map<Member, Rating> last = lastRatings(round, criterion);
        List<Integer> scores = new ArrayList<>();
        ConsensusScale scale = scale(round);
        for (Rating r : last.values()) {
            if (r.getScore() != null && inRange(scale, r.getScore())) {
                scores.add(r.getScore());
            }
        }
        return scores;
    }

    /** The last rating of each panel member for the criterion (abstentions included), in first-rating order. */
    public static Map<Member, Rating> lastRatings(ConsensusRound round, Criterion criterion) {
        Map<Member, Rating> last = new LinkedHashMap<>();
        if (round == null || criterion == null) {
            return last;
        }
        boolean panelOnly = !round.getPanel().isEmpty();
        for (Rating r : round.getRatings()) {
            if (r.getCriterion() != criterion || r.getMember() == null || panelOnly && !round.getPanel().contains(r.getMember())) {
                continue;
            }
            last.put(r.getMember(), r);
        }
        return last;
    }

    /** The tally (Derived's record, so its status() and thresholds are used) over {@link #scores}. */
    public static Derived.Tally tally(ConsensusRound round, Criterion criterion) {
        ConsensusScale scale = scale(round);
        int agree = 0;
        int neutral = 0;
        int disagree = 0;
        for (int score : scores(round, criterion)) {
            int side = side(scale, score);
            if (side > 0) {
                agree++;
            } else if (side < 0) {
                disagree++;
            } else {
                neutral++;
            }
        }
        ConsensusSettings s = settings(round);
        int include = s == null ? Derived.DEFAULT_INCLUDE_THRESHOLD_PERCENT : s.getIncludeThresholdPercent();
        int opposite = s == null ? Derived.DEFAULT_EXCLUDE_OPPOSITE_THRESHOLD_PERCENT : s.getExcludeOppositeThresholdPercent();
        return new Derived.Tally(agree + neutral + disagree, agree, neutral, disagree, include, opposite);
    }

    public static ConsensusScale scale(EObject element) {
        ConsensusSettings s = settings(element);
        return s == null || s.getScale() == null ? ConsensusScale.NINE_POINT : s.getScale();
    }

    public static ConsensusSettings settings(EObject element) {
        if (element == null) {
            return null;
        }
        EObject root = EcoreUtil.getRootContainer(element);
        return root instanceof GuidanceProject p ? p.getConsensusSettings() : null;
    }

    public static int max(ConsensusScale scale) {
        return scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE ? 3 : 9;
    }

    public static boolean inRange(ConsensusScale scale, int score) {
        return score >= 1 && score <= max(scale);
    }

    /** +1 agreeing end, -1 disagreeing end, 0 middle. */
    public static int side(ConsensusScale scale, int score) {
        if (scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE) {
            return Integer.compare(score, 2);
        }
        return score >= 7 ? 1 : score <= 3 ? -1 : 0;
    }

    /** Count per score, index 0 = score 1. */
    public static int[] distribution(ConsensusScale scale, List<Integer> scores) {
        int[] d = new int[max(scale)];
        for (int s : scores) {
            d[s - 1]++;
        }
        return d;
    }

    /**
     * The p-quantile (0..1) with linear interpolation between closest ranks (Hyndman-Fan type 7, Excel's
     * QUARTILE.INC and R's default); NaN for no values.
     */
    public static double quantile(List<Integer> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        int[] v = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(v);
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    public static double percent(int count, int of) {
        return of == 0 ? Double.NaN : count * 100.0 / of;
    }

    /** A short text of the distribution, e.g. "1:0 2:1 ... 9:3" or "disagree 1, neutral 0, agree 4". */
    public static String distributionText(ConsensusScale scale, int[] d) {
        StringBuilder b = new StringBuilder();
        if (scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE) {
            return "disagree " + d[0] + ", neutral " + d[1] + ", agree " + d[2];
        }
        for (int i = 0; i < d.length; i++) {
            if (i > 0) {
                b.append("  ");
            }
            b.append(i + 1).append(": ").append(d[i]);
        }
        return b.toString();
    }
}
