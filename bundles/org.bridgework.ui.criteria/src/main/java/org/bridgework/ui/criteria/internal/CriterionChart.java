package org.bridgework.ui.criteria.internal;

import java.util.List;
import java.util.Locale;

import org.bridgework.criteria.api.RoundSummary.CriterionSummary;
import org.bridgework.model.ConsensusScale;
import org.bridgework.ui.api.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A criterion's chart in one round, painted on a canvas: the distribution of scores (bars coloured by end of the
 * scale), the agreement and disagreement against the consensus thresholds, and the agreement in each round that
 * rated the criterion. The same in words is its tooltip and accessible name.
 */
final class CriterionChart {

    private static final Messages MESSAGES = Messages.of(CriterionChart.class);
    static final int HEIGHT = 112;

    /** The agreement in one round. */
    record RoundPoint(int round, double agreePercent) {
    }

    final Canvas canvas;
    private final Palette palette;
    private CriterionSummary summary;
    private ConsensusScale scale = ConsensusScale.NINE_POINT;
    private int include = 75;
    private int opposite = 15;
    private List<RoundPoint> history = List.of();
    private String description = "";

    CriterionChart(Composite parent, Palette palette) {
        this.palette = palette;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = description;
            }
        });
    }

    void show(CriterionSummary s, ConsensusScale scale, int include, int opposite, List<RoundPoint> history) {
        this.summary = s;
        this.scale = scale;
        this.include = include;
        this.opposite = opposite;
        this.history = List.copyOf(history);
        description = describe();
        canvas.setToolTipText(description);
        canvas.redraw();
    }

    String description() {
        return description;
    }

    private boolean nine() {
        return scale != ConsensusScale.AGREE_NEUTRAL_DISAGREE;
    }

    private String describe() {
        if (summary == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(MESSAGES.format("chart.describe.head", summary.code() == null ? summary.criterionId() : summary.code(),
                Palette.label(summary.status()), summary.raters(), summary.abstentions()));
        if (summary.raters() > 0) {
            b.append(' ').append(MESSAGES.format("chart.describe.agree", pct(summary.agreePercent()), pct(summary.disagreePercent()),
                    include, opposite, num(summary.median())));
        }
        b.append(' ').append(MESSAGES.format("chart.describe.distribution", summary.distribution().toString()));
        if (history.size() > 1) {
            StringBuilder h = new StringBuilder();
            for (RoundPoint p : history) {
                h.append(h.isEmpty() ? "" : ", ").append(MESSAGES.format("chart.round", p.round())).append(' ').append(pct(p.agreePercent()));
            }
            b.append(' ').append(MESSAGES.format("chart.describe.rounds", h));
        }
        return b.toString();
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", v);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "–" : v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private void paint(GC gc) {
        var area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (summary == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setForeground(palette.color(Palette.GREY_TEXT));
        int x = 8;
        x = distribution(gc, x, area.height) + 24;
        String agree = MESSAGES.get(nine() ? "chart.agree9" : "chart.agree3");
        String disagree = MESSAGES.get(nine() ? "chart.disagree9" : "chart.disagree3");
        int labelWidth = Math.max(gc.textExtent(agree).x, gc.textExtent(disagree).x) + 8;
        int pctWidth = gc.textExtent("100%").x + 10;
        int roundsWidth = 180;
        int barWidth = Math.max(80, Math.min(200, area.width - x - labelWidth - pctWidth - 24 - roundsWidth - 8));
        x = thresholds(gc, x, labelWidth, barWidth, agree, disagree) + pctWidth + 24;
        rounds(gc, x, area.height, Math.max(roundsWidth, area.width - x - 8));
    }

    /** The bars of the distribution; returns the right edge. */
    private int distribution(GC gc, int left, int height) {
        List<Integer> d = summary.distribution();
        int bar = nine() ? 18 : 48;
        int gap = 4;
        int top = 20;
        int bottom = height - 20;
        int max = Math.max(1, d.stream().mapToInt(Integer::intValue).max().orElse(1));
        gc.setForeground(palette.color(Palette.GREY_TEXT));
        gc.drawText(MESSAGES.get("chart.ratings"), left, 2, true);
        for (int i = 0; i < d.size(); i++) {
            int score = i + 1;
            int x = left + i * (bar + gap);
            int h = (int) Math.round((bottom - top) * d.get(i) / (double) max);
            gc.setBackground(palette.color(side(score) > 0 ? Palette.AGREE_BAR : side(score) < 0 ? Palette.DISAGREE_BAR : Palette.NEUTRAL_BAR));
            if (h > 0) {
                gc.fillRectangle(x, bottom - h, bar, h);
            }
            gc.setForeground(palette.color(Palette.GREY_TEXT));
            String count = String.valueOf(d.get(i));
            if (d.get(i) > 0) {
                Point e = gc.textExtent(count);
                gc.drawText(count, x + (bar - e.x) / 2, bottom - h - e.y, true);
            }
            String label = nine() ? String.valueOf(score) : MESSAGES.get("chart.adn." + score);
            Point e = gc.textExtent(label);
            gc.drawText(label, x + (bar - e.x) / 2, bottom + 2, true);
        }
        gc.setForeground(palette.color(Palette.NEUTRAL_BAR));
        int right = left + d.size() * (bar + gap) - gap;
        gc.drawLine(left, bottom, right, bottom);
        if (summary.raters() == 0) {
            gc.setForeground(palette.color(Palette.GREY_TEXT));
            String none = MESSAGES.get("chart.none");
            Point e = gc.textExtent(none);
            gc.drawText(none, left + (right - left - e.x) / 2, (top + bottom - e.y) / 2, true);
        }
        return right;
    }

    private int side(int score) {
        if (!nine()) {
            return Integer.compare(score, 2);
        }
        return score >= 7 ? 1 : score <= 3 ? -1 : 0;
    }

    /** The agree and disagree bars with the threshold markers; returns the right edge. */
    private int thresholds(GC gc, int left, int labelWidth, int width, String agree, String disagree) {
        gc.setForeground(palette.color(Palette.GREY_TEXT));
        gc.drawText(MESSAGES.get("chart.thresholds"), left, 2, true);
        bar(gc, left, 26, labelWidth, width, agree, summary.agreePercent(), include, Palette.AGREE_BAR, "\u2265");
        bar(gc, left, 62, labelWidth, width, disagree, summary.disagreePercent(), opposite, Palette.DISAGREE_BAR, "<");
        return left + labelWidth + width;
    }

    private void bar(GC gc, int left, int y, int labelWidth, int width, String label, double percent, int threshold,
            org.eclipse.swt.graphics.RGB color, String rel) {
        int h = 16;
        gc.setForeground(palette.color(Palette.GREY_TEXT));
        gc.drawText(label, left, y + (h - gc.textExtent(label).y) / 2, true);
        int x = left + labelWidth;
        gc.setBackground(palette.color(Palette.GREY_FILL));
        gc.fillRectangle(x, y, width, h);
        if (!Double.isNaN(percent)) {
            gc.setBackground(palette.color(color));
            gc.fillRectangle(x, y, (int) Math.round(width * percent / 100.0), h);
        }
        int tx = x + width * threshold / 100;
        gc.setForeground(palette.color(Palette.THRESHOLD));
        gc.setLineWidth(2);
        gc.drawLine(tx, y - 3, tx, y + h + 3);
        gc.setLineWidth(1);
        String t = rel + threshold + "%";
        gc.drawText(t, tx - gc.textExtent(t).x / 2, y + h + 3, true);
        gc.setForeground(palette.color(Palette.GREY_TEXT));
        gc.drawText(pct(percent), x + width + 6, y + (h - gc.textExtent("0").y) / 2, true);
    }

    /** Agreement in each round that rated the criterion, with the include threshold. */
    private void rounds(GC gc, int left, int height, int width) {
        width = Math.min(width, 260);
        gc.setForeground(palette.color(Palette.GREY_TEXT));
        gc.drawText(MESSAGES.get("chart.overRounds"), left, 2, true);
        int top = 22;
        int bottom = height - 20;
        int axis = left + gc.textExtent("100%").x + 4;
        int right = left + width;
        gc.setForeground(palette.color(Palette.NEUTRAL_BAR));
        gc.drawLine(axis, top, axis, bottom);
        gc.drawLine(axis, bottom, right, bottom);
        gc.setForeground(palette.color(Palette.GREY_TEXT));
        gc.drawText("100%", left, top - gc.textExtent("1").y / 2, true);
        gc.drawText("0%", left, bottom - gc.textExtent("0").y / 2, true);
        int ty = bottom - (bottom - top) * include / 100;
        gc.setForeground(palette.color(Palette.THRESHOLD));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(axis, ty, right, ty);
        gc.setLineStyle(SWT.LINE_SOLID);
        String t = "\u2265" + include + "%";
        gc.drawText(t, right - gc.textExtent(t).x, ty - gc.textExtent(t).y, true);
        if (history.isEmpty()) {
            gc.setForeground(palette.color(Palette.GREY_TEXT));
            gc.drawText(MESSAGES.get("chart.noRounds"), axis + 8, (top + bottom) / 2, true);
            return;
        }
        int n = history.size();
        int step = n == 1 ? 0 : (right - axis - 24) / (n - 1);
        int px = -1;
        int py = -1;
        for (int i = 0; i < n; i++) {
            RoundPoint p = history.get(i);
            int x = axis + 12 + i * step;
            String label = MESSAGES.format("chart.round.short", p.round());
            gc.setForeground(palette.color(Palette.GREY_TEXT));
            gc.drawText(label, x - gc.textExtent(label).x / 2, bottom + 2, true);
            if (Double.isNaN(p.agreePercent())) {
                px = -1;
                continue;
            }
            int y = bottom - (int) Math.round((bottom - top) * p.agreePercent() / 100.0);
            gc.setForeground(palette.color(Palette.AGREE_BAR));
            gc.setLineWidth(2);
            if (px >= 0) {
                gc.drawLine(px, py, x, y);
            }
            gc.setLineWidth(1);
            gc.setBackground(palette.color(Palette.AGREE_BAR));
            gc.fillOval(x - 4, y - 4, 8, 8);
            px = x;
            py = y;
        }
    }
}
