package org.flipside.analytics.overview.web;

import java.util.ArrayList;
import java.util.List;
import org.flipside.analytics.overview.Breakdown;
import org.flipside.analytics.overview.Count;

/**
 * The geometry of the participation-by-generation chart, drawn by the template as SVG: per band one bar for mentors
 * and one for mentees, scaled to the largest count shown. Withheld counts get no bar; the table twin carries the
 * same numbers.
 */
record GenerationChart(int width, int height, List<Bar> bars) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 300;
    static final int ROW = 24;
    static final int BAR_HEIGHT = 16;

    /** One bar; {@code band} is a band's name or null for "not known", {@code side} MENTOR or MENTEE. */
    record Bar(String band, String side, Integer value, int y, int length) {

        public int textY() {
            return y + BAR_HEIGHT - 3;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    static GenerationChart of(Breakdown byGeneration) {
        int largest = 1;
        for (Breakdown.Row row : byGeneration.rows()) {
            largest = Math.max(largest, Math.max(value(row.mentors()), value(row.mentees())));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Breakdown.Row row : byGeneration.rows()) {
            bars.add(bar(row.label(), "MENTOR", row.mentors(), y, largest));
            bars.add(bar(row.label(), "MENTEE", row.mentees(), y + ROW, largest));
            y += 2 * ROW + ROW / 2;
        }
        return new GenerationChart(LABEL_WIDTH + BAR_SPACE + 60, y + 4, bars);
    }

    private static Bar bar(String band, String side, Count count, int y, int largest) {
        Integer value = count.withheld() ? null : count.value();
        int length = value == null ? 0 : Math.round(BAR_SPACE * (float) value / largest);
        return new Bar(band, side, value, y, length);
    }

    private static int value(Count count) {
        return count.withheld() ? 0 : count.value();
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
