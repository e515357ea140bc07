package org.flipside.analytics.dashboard.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of one horizontal bar chart, drawn by the template as SVG, and the rows of its table twin: the same
 * labels and the same value texts, so a screen reader and a sighted reader get the same figures. A withheld or
 * missing value gets no bar and says why in its text.
 *
 * @param id    the element id stem: {@code <id>-chart}, {@code <id>-table}
 * @param title the chart's accessible name and the table's caption
 */
record BarChart(String id, String title, String labelHeader, String valueHeader, int width, int height,
                List<Bar> bars) {

    static final int LABEL_WIDTH = 240;
    static final int BAR_SPACE = 300;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 18;

    BarChart {
        bars = List.copyOf(bars);
    }

    /** One figure to draw: {@code value} null when there is none to show; {@code text} is what the reader sees. */
    record Entry(String label, Double value, String text) {
    }

    /** One drawn bar. */
    record Bar(String label, String text, int y, int length) {

        public int textY() {
            return y + BAR_HEIGHT - 4;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    /** Bars scaled to {@code max}, or to the largest value when {@code max} is null. */
    static BarChart of(String id, String title, String labelHeader, String valueHeader, Double max,
                       List<Entry> entries) {
        double top = max != null ? max : entries.stream().filter(e -> e.value() != null)
                .mapToDouble(Entry::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Entry entry : entries) {
            int length = entry.value() == null || top <= 0 ? 0
                    : (int) Math.round(BAR_SPACE * Math.min(entry.value(), top) / top);
            bars.add(new Bar(entry.label(), entry.text(), y, length));
            y += ROW;
        }
        return new BarChart(id, title, labelHeader, valueHeader, LABEL_WIDTH + BAR_SPACE + 90, y + 4, bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
