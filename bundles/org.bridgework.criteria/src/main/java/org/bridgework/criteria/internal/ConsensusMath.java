package org.bridgework.criteria.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.Criterion;
import org.bridgework.model.Member;
import org.bridgework.model.Rating;
import org.bridgework.model.derive.Derived;
import org.eclipse.emf.ecore.EObject;

/**
 * Statistics over the ratings that count. Who counts and the tally are {@link Derived}'s, the one consensus
 * calculation of the product (last rating wins, abstentions withdraw, panel members only); this class adds the
 * figures the report and the forms show (distribution, median, quartiles, percentages).
 */
public final class ConsensusMath {

    private ConsensusMath() {
    }

    /** The scores that count, one per rater ({@link Derived#countedScores}). */
    public static List<Integer> scores(ConsensusRound round, Criterion criterion) {
        return Derived.countedScores(round, criterion);
    }

    /** The last rating of each counted panel member ({@link Derived#lastRatings}; ratings without a member left out). */
    public static Map<Member, Rating> lastRatings(ConsensusRound round, Criterion criterion) {
        Map<Member, Rating> byMember = new java.util.LinkedHashMap<>();
        Derived.lastRatings(round, criterion).forEach((rater, rating) -> {
            if (rater instanceof Member m) {
                byMember.put(m, rating);
            }
        });
        return byMember;
    }

    /** {@link Derived#tally}. */
    public static Derived.Tally tally(ConsensusRound round, Criterion criterion) {
        return Derived.tally(round, criterion);
    }

    public static ConsensusScale scale(EObject element) {
        return Derived.scale(element);
    }

    public static int max(ConsensusScale scale) {
        return scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE ? 3 : 9;
    }

    public static boolean inRange(ConsensusScale scale, int score) {
        return Derived.inRange(scale, score);
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
