package org.flipside.analytics.dashboard.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.analytics.dashboard.ProgramDashboard;
import org.flipside.analytics.dashboard.web.BarChart.Entry;
import org.flipside.feedback.SurveyTrends.Figure;
import org.flipside.feedback.SurveyTrends.Point;
import org.flipside.feedback.SurveyTrends.SurveyTrend;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/** The dashboard's charts in the reader's words, each with the rows of its table twin. */
@Component
class DashboardCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    /** The highest rating of an agreement statement and of the safety pulse. */
    private static final double TOP_RATING = 5.0;

    private final UserMessages messages;

    DashboardCharts(UserMessages messages) {
        this.messages = messages;
    }

    List<BarChart> of(ProgramDashboard d) {
        List<BarChart> charts = new ArrayList<>();
        charts.add(chart("funnel", "stage", "people", null, d.funnel().stream().map(s ->
                count(t("dashboard.stage." + s.stage()), s.people())).toList()));
        charts.add(chart("matches", "band", "matches", null, d.matches().stream().map(b ->
                count(t("dashboard.band", b.from(), b.to()), b.matches())).toList()));
        charts.add(chart("sessions", "week", "held", null, d.heldPerWeek().stream().map(w ->
                count(t("dashboard.week", DAY.format(w.weekStart())), w.held())).toList()));
        charts.add(chart("cadence", "state", "pairs", null, d.cadence().stream().map(c ->
                count(t("dashboard.state." + c.state()), c.pairs())).toList()));
        charts.add(chart("reasons", "reason", "pairs", null, d.atRiskReasons().stream().map(r ->
                count(t("analytics.dashboard.reason." + r.code()), r.pairs())).toList()));
        charts.add(chart("goals", "side", "progress", 100.0, d.goals().stream().map(g ->
                g.meanProgress() == null ? new Entry(t("dashboard.side." + g.side()), null, t("dashboard.noKeyResults"))
                        : new Entry(t("dashboard.side." + g.side()), (double) g.meanProgress(),
                        t("dashboard.goalProgress", g.meanProgress(), g.reached(), g.keyResults(), g.goals())))
                .toList()));
        for (SurveyTrend survey : d.surveys()) {
            charts.add(survey(survey));
        }
        charts.add(chart("safety", "round", "mean", TOP_RATING, d.safety().stream().map(p -> p.withheld()
                ? new Entry(t("dashboard.round", p.round()), null, t("dashboard.withheldOf", p.respondents(), p.invited()))
                : new Entry(t("dashboard.round", p.round()), p.mean(),
                t("dashboard.meanOf", rating(p.mean()), p.respondents(), p.invited()))).toList()));
        ProgramInsightFigures i = d.insights();
        charts.add(chart("insights", "insightStage", "insights", null, List.of(
                count(t("dashboard.insights.raised"), i.raised()),
                count(t("dashboard.insights.responded"), i.responded()),
                count(t("dashboard.insights.actions"), i.turnedIntoActions()),
                count(t("dashboard.insights.done"), i.actionsDone()))));
        charts.add(chart("training", "side", "complete", 100.0, d.training().stream().map(c -> c.people() == 0
                ? new Entry(t("dashboard.side." + c.side()), null, t("dashboard.nobody"))
                : new Entry(t("dashboard.side." + c.side()), 100.0 * c.complete() / c.people(),
                t("dashboard.completeOf", Math.round(100.0 * c.complete() / c.people()), c.complete(), c.people())))
                .toList()));
        return charts;
    }

    /** A survey's months: the mean of its agreement statements, or withheld. */
    private BarChart survey(SurveyTrend survey) {
        List<Entry> months = new ArrayList<>();
        for (Point point : survey.months()) {
            String label = MONTH.format(point.month());
            List<Double> means = point.figures().stream().filter(f -> "AGREEMENT".equals(f.kind()))
                    .map(Figure::mean).filter(m -> m != null).toList();
            if (point.withheld()) {
                months.add(new Entry(label, null, t("dashboard.withheld")));
            } else if (means.isEmpty()) {
                months.add(new Entry(label, null, t("dashboard.noScale", point.respondents())));
            } else {
                double mean = means.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                months.add(new Entry(label, mean, t("dashboard.surveyMean", rating(mean), point.respondents())));
            }
        }
        return BarChart.of("survey-" + survey.surveyId(), t("dashboard.chart.survey", survey.title()),
                t("dashboard.col.month"), t("dashboard.col.agreement"), TOP_RATING, months);
    }

    private BarChart chart(String id, String labelColumn, String valueColumn, Double max, List<Entry> entries) {
        return BarChart.of(id, t("dashboard.chart." + id), t("dashboard.col." + labelColumn),
                t("dashboard.col." + valueColumn), max, entries);
    }

    private static Entry count(String label, long value) {
        return new Entry(label, (double) value, String.valueOf(value));
    }

    private static String rating(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    private String t(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
