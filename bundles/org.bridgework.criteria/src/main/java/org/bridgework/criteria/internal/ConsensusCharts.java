package org.bridgework.criteria.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bridgework.assembly.api.AppendixContext;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Image;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.criteria.api.RoundSummary;
import org.bridgework.criteria.api.RoundSummary.CriterionSummary;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.derive.Derived;

/**
 * The consensus chart of each criterion: one bar per round that rated it, the bar split by score (1 to 9, or
 * disagree / neutral / agree) in proportion to the raters who gave it, the agreeing end on the right; a dashed line
 * marks the agreement needed (the include threshold, measured from the right). Drawn as plain SVG (rectangles, lines,
 * text) so every format can show it: SVG in HTML, vector or PNG in print and Word. Each comes with its table twin
 * (the counts behind the bars) and alt text that says what the chart shows. Deterministic.
 */
final class ConsensusCharts {

    private static final int WIDTH = 640;
    private static final int LEFT = 84;
    private static final int BAR_WIDTH = 400;
    private static final int ROW = 30;
    private static final int TOP = 34;
    /** Disagreeing (orange) to neutral (grey) to agreeing (blue): distinguishable without colour by position. */
    private static final String[] NINE = {"#a8431e", "#c9622f", "#e0916b", "#c5c7c9", "#b1b4b6", "#9a9da0", "#8fb4dc", "#4c8fd0", "#1d5fa8"};
    private static final String[] THREE = {"#c9622f", "#b1b4b6", "#1d5fa8"};

    private ConsensusCharts() {
    }

    static List<Block> charts(GuidanceProject project, ConsensusService consensus, AppendixContext context, String anchor) {
        ConsensusSettings settings = project.getConsensusSettings();
        int threshold = settings == null ? Derived.DEFAULT_INCLUDE_THRESHOLD_PERCENT : settings.getIncludeThresholdPercent();
        Map<Criterion, List<CriterionSummary>> byCriterion = new LinkedHashMap<>();
        Map<CriterionSummary, RoundSummary> roundOf = new java.util.IdentityHashMap<>();
        List<ConsensusRound> rounds = new ArrayList<>(project.getRounds());
        rounds.sort(java.util.Comparator.comparingInt(ConsensusRound::getNumber));
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        project.getCriteria().forEach(c -> criteria.put(c.getId(), c));
        for (ConsensusRound round : rounds) {
            RoundSummary summary = consensus.summary(round);
            for (CriterionSummary cs : summary.criteria()) {
                Criterion c = criteria.get(cs.criterionId());
                if (c != null && cs.raters() > 0) {
                    byCriterion.computeIfAbsent(c, k -> new ArrayList<>()).add(cs);
                    roundOf.put(cs, summary);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        // in the criteria's own order
        for (Criterion c : project.getCriteria()) {
            List<CriterionSummary> per = byCriterion.get(c);
            if (per == null) {
                continue;
            }
            String name = name(c);
            String a = context.anchor(anchor + "-chart-" + c.getId());
            String t = context.anchor(anchor + "-chart-" + c.getId() + "-table");
            List<RoundSummary> its = per.stream().map(roundOf::get).toList();
            blocks.add(new Image(a, alt(name, per, its, threshold), svg(name, per, its, threshold).getBytes(StandardCharsets.UTF_8),
                    "image/svg+xml", List.of(Text.plain("Ratings of " + name + " in each round; the dashed line marks the "
                            + threshold + "% agreement needed.")), twin(t, name, per, its)));
        }
        return blocks;
    }

    private static String name(Criterion c) {
        String code = c.getCode() == null || c.getCode().isBlank() ? c.getId() : c.getCode().strip();
        return c.getTitle() == null || c.getTitle().isBlank() ? code : code + " " + c.getTitle().strip();
    }

    private static boolean nine(CriterionSummary cs) {
        return cs.distribution().size() == 9;
    }

    private static String scoreLabel(CriterionSummary cs, int i) {
        return nine(cs) ? String.valueOf(i + 1) : new String[] {"Disagree", "Neutral", "Agree"}[i];
    }

    private static String status(ConsensusStatus s) {
        return switch (s) {
            case INCLUDE -> "Include";
            case EXCLUDE -> "Exclude";
            case NO_CONSENSUS -> "No consensus";
            default -> "Not rated";
        };
    }

    private static String percent(double p) {
        return Double.isNaN(p) ? "–" : Math.round(p) + "%";
    }

    static String alt(String name, List<CriterionSummary> per, List<RoundSummary> rounds, int threshold) {
        StringBuilder b = new StringBuilder("Bar chart of the ratings of ").append(name).append(", one bar per round. ");
        for (int i = 0; i < per.size(); i++) {
            CriterionSummary cs = per.get(i);
            b.append("Round ").append(rounds.get(i).number()).append(": ").append(percent(cs.agreePercent())).append(" of ")
                    .append(cs.raters()).append(cs.raters() == 1 ? " rater" : " raters").append(" agree (")
                    .append(nine(cs) ? "7 to 9" : "agree").append("), ").append(status(cs.status()).toLowerCase(Locale.ROOT)).append(". ");
        }
        return b.append("Agreement needed: ").append(threshold).append("%.").toString();
    }

    private static Table twin(String anchor, String name, List<CriterionSummary> per, List<RoundSummary> rounds) {
        CriterionSummary first = per.get(0);
        List<String> columns = new ArrayList<>(List.of("Round"));
        for (int i = 0; i < first.distribution().size(); i++) {
            // the scores as the column headers: narrow, so the table fits a page beside the agreement and outcome
            columns.add(scoreLabel(first, i));
        }
        columns.addAll(List.of("Agree", "Outcome"));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < per.size(); r++) {
            CriterionSummary cs = per.get(r);
            List<String> row = new ArrayList<>();
            row.add("Round " + rounds.get(r).number());
            for (int i = 0; i < first.distribution().size(); i++) {
                row.add(i < cs.distribution().size() ? String.valueOf(cs.distribution().get(i)) : "–");
            }
            row.add(percent(cs.agreePercent()));
            row.add(status(cs.status()));
            rows.add(row);
        }
        return new Table(anchor, "Raters per score" + (nine(first) ? " (1 strongly disagree to 9 strongly agree)" : "") + ": " + name,
                columns, rows, true);
    }

    static String svg(String name, List<CriterionSummary> per, List<RoundSummary> rounds, int threshold) {
        int height = TOP + per.size() * ROW + 40;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append("<text x=\"").append(LEFT).append("\" y=\"16\" fill=\"#505a5f\">Disagree</text>\n");
        s.append("<text x=\"").append(LEFT + BAR_WIDTH).append("\" y=\"16\" fill=\"#505a5f\" text-anchor=\"end\">Agree</text>\n");
        s.append("<text x=\"").append(LEFT + BAR_WIDTH + 12).append("\" y=\"16\" fill=\"#505a5f\">Agreed</text>\n");
        s.append("<text x=\"").append(LEFT + BAR_WIDTH + 64).append("\" y=\"16\" fill=\"#505a5f\">Outcome</text>\n");
        for (int r = 0; r < per.size(); r++) {
            CriterionSummary cs = per.get(r);
            int y = TOP + r * ROW;
            s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\" fill=\"#0b0c0c\">Round ")
                    .append(rounds.get(r).number()).append("</text>\n");
            String[] colours = nine(cs) ? NINE : THREE;
            double x = LEFT;
            int total = cs.distribution().stream().mapToInt(Integer::intValue).sum();
            for (int i = 0; i < cs.distribution().size(); i++) {
                int n = cs.distribution().get(i);
                if (n == 0 || total == 0) {
                    continue;
                }
                double w = BAR_WIDTH * (double) n / total;
                s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"20\" fill=\"").append(colours[Math.min(i, colours.length - 1)])
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
                if (w >= 16) {
                    // the score inside its segment (white on the dark ends, black on the light middle)
                    boolean dark = nine(cs) ? (i <= 1 || i >= 7) : (i != 1);
                    s.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(y + 14).append("\" text-anchor=\"middle\" fill=\"")
                            .append(dark ? "#ffffff" : "#0b0c0c").append("\" font-size=\"10\">")
                            .append(nine(cs) ? String.valueOf(i + 1) : scoreLabel(cs, i).substring(0, 1)).append("</text>\n");
                }
                x += w;
            }
            s.append("<text x=\"").append(LEFT + BAR_WIDTH + 12).append("\" y=\"").append(y + 15).append("\" fill=\"#0b0c0c\" font-weight=\"bold\">")
                    .append(percent(cs.agreePercent())).append("</text>\n");
            s.append("<text x=\"").append(LEFT + BAR_WIDTH + 64).append("\" y=\"").append(y + 15).append("\" fill=\"#505a5f\">")
                    .append(esc(status(cs.status()))).append("</text>\n");
        }
        double tx = LEFT + BAR_WIDTH * (100 - threshold) / 100.0;
        int bottom = TOP + per.size() * ROW;
        s.append("<line x1=\"").append(fmt(tx)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(fmt(tx)).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#0b0c0c\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n");
        s.append("<text x=\"").append(fmt(tx)).append("\" y=\"").append(bottom + 16).append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">")
                .append(threshold).append("% agreement needed</text>\n");
        s.append("</svg>\n");
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Whether the scale has nine points (for tests). */
    static boolean ninePoint(ConsensusScale scale) {
        return scale != ConsensusScale.AGREE_NEUTRAL_DISAGREE;
    }
}
