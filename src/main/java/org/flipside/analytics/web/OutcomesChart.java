package org.flipside.analytics.web;

import java.util.ArrayList;
import java.util.List;
import org.flipside.analytics.outcomes.Figure;
import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.SideOutcomes;

/**
 * The geometry of the outcomes chart, drawn by the template as SVG: one horizontal bar per figure, participants and
 * their comparison group next to each other. Withheld figures get no bar. The table beside it carries the same
 * figures for screen readers and for reading exact numbers.
 */
record OutcomesChart(int width, int height, List<Bar> bars) {

    static final int LABEL_WIDTH = 300;
    static final int BAR_SPACE = 260;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 18;

    /**
     * One bar.
     *
     * @param labelKey message key of the figure's name; {@code side} fills it
     * @param group    {@code participants} or {@code comparison}, which picks the bar's colour class
     */
    record Bar(String labelKey, String side, String group, Integer percent, int y, int length) {

        public int textY() {
            return y + BAR_HEIGHT - 4;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    static OutcomesChart of(OutcomesReport report) {
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (SideOutcomes side : report.sides()) {
            String name = side.side().name();
            y = add(bars, "analytics.chart.retention.participants", name, "participants", side.participantRetention(), y);
            y = add(bars, "analytics.chart.retention.comparison", name, "comparison", side.comparisonRetention(), y);
            y = add(bars, "analytics.chart.promotion.participants", name, "participants", side.participantPromotion(), y);
            y = add(bars, "analytics.chart.promotion.comparison", name, "comparison", side.comparisonPromotion(), y);
            y += ROW / 2;
        }
        return new OutcomesChart(LABEL_WIDTH + BAR_SPACE + 50, y + 4, bars);
    }

    private static int add(List<Bar> bars, String key, String side, String group, Figure figure, int y) {
        Integer percent = figure.withheld() ? null : figure.percent();
        int length = percent == null ? 0 : Math.round(BAR_SPACE * percent / 100f);
        bars.add(new Bar(key, side, group, percent, y, length));
        return y + ROW;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
