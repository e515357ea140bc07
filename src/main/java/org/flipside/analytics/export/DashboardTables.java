package org.flipside.analytics.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flipside.analytics.dashboard.ProgramDashboard;
import org.flipside.feedback.SafetyTrendPoint;
import org.flipside.feedback.SurveyTrends.Figure;
import org.flipside.feedback.SurveyTrends.Point;
import org.flipside.feedback.SurveyTrends.SurveyTrend;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.pairing.ProgramPairFigures.SideGoals;
import org.flipside.shared.web.UserMessages;
import org.flipside.training.TrainingFigures.SideCompletion;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as tables for files that leave the application. They carry aggregates only: the at-risk
 * list becomes the number of pairs per reason, without the pairs or their people, because a file travels further than
 * the page. Withheld survey and safety figures stay withheld.
 */
@Component
class DashboardTables {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");
    /** Agreement statements are the survey questions whose means the page averages per month. */
    private static final String AGREEMENT = "AGREEMENT";

    private final UserMessages messages;

    DashboardTables(UserMessages messages) {
        this.messages = messages;
    }

    static String asOf(Instant at) {
        return AS_OF.format(at.atZone(ZoneOffset.UTC));
    }

    List<DashboardTable> of(ProgramDashboard d) {
        List<DashboardTable> tables = new ArrayList<>();
        tables.add(table("funnel", t("dashboard.chart.funnel"), cols("dashboard.col.stage", "dashboard.col.people"),
                d.funnel().stream().map(s -> row(t("dashboard.stage." + s.stage()), s.people())).toList()));
        tables.add(table("matches", t("dashboard.chart.matches"), cols("dashboard.col.band", "dashboard.col.matches"),
                d.matches().stream().map(b -> row(t("dashboard.band", b.from(), b.to()), b.matches())).toList()));
        tables.add(table("sessions", t("dashboard.chart.sessions"), cols("dashboard.col.week", "dashboard.col.held"),
                d.heldPerWeek().stream().map(w -> row(w.weekStart(), w.held())).toList()));
        tables.add(table("cadence", t("dashboard.chart.cadence"), cols("dashboard.col.state", "dashboard.col.pairs"),
                d.cadence().stream().map(c -> row(t("dashboard.state." + c.state()), c.pairs())).toList()));
        tables.add(table("at-risk", t("analytics.dashboard.atRisk"), cols("analytics.dashboard.col.reason",
                "dashboard.col.pairs"), d.atRiskReasons().stream().map(r -> row(reason(r.code()), r.pairs()))
                .toList()));
        tables.add(table("goals", t("dashboard.chart.goals"), cols("dashboard.col.side",
                        "analytics.dashboard.col.progress", "analytics.dashboard.col.reached",
                        "analytics.dashboard.col.keyResults", "analytics.dashboard.col.goals"),
                d.goals().stream().map(this::goals).toList()));
        tables.add(surveys(d.surveys()));
        tables.add(table("safety", t("dashboard.chart.safety"), cols("dashboard.col.round",
                        "analytics.dashboard.col.invited", "analytics.dashboard.col.answered", "dashboard.col.mean"),
                d.safety().stream().map(this::safety).toList()));
        tables.add(insights(d.insights()));
        tables.add(table("training", t("dashboard.chart.training"), cols("dashboard.col.side",
                        "analytics.dashboard.col.approved", "dashboard.col.complete", "analytics.dashboard.col.percent"),
                d.training().stream().map(this::training).toList()));
        return tables;
    }

    private String reason(String code) {
        String key = "analytics.dashboard.reason." + code;
        String text = t(key);
        return text.equals(key) ? code : text;
    }

    private List<String> goals(SideGoals g) {
        Object progress = g.meanProgress() == null ? t("dashboard.noKeyResults") : g.meanProgress();
        return row(t("dashboard.side." + g.side()), progress, g.reached(), g.keyResults(), g.goals());
    }

    /** Every survey's months in one table, the survey's title first: the mean of its agreement statements. */
    private DashboardTable surveys(List<SurveyTrend> surveys) {
        List<List<String>> rows = new ArrayList<>();
        for (SurveyTrend survey : surveys) {
            for (Point point : survey.months()) {
                if (point.withheld()) {
                    rows.add(row(survey.title(), point.month(), t("dashboard.withheld"), t("dashboard.withheld")));
                    continue;
                }
                List<Double> means = point.figures().stream().filter(f -> AGREEMENT.equals(f.kind()))
                        .map(Figure::mean).filter(m -> m != null).toList();
                Object mean = means.isEmpty() ? t("analytics.dashboard.noScale")
                        : rating(means.stream().mapToDouble(Double::doubleValue).average().orElse(0));
                rows.add(row(survey.title(), point.month(), point.respondents(), mean));
            }
        }
        return table("surveys", t("analytics.dashboard.surveys"), cols("analytics.dashboard.col.survey",
                "dashboard.col.month", "dashboard.col.people", "dashboard.col.agreement"), rows);
    }

    private List<String> safety(SafetyTrendPoint p) {
        return row(t("dashboard.round", p.round()), p.invited(), p.respondents(),
                p.withheld() ? t("dashboard.withheld") : rating(p.mean()));
    }

    private DashboardTable insights(ProgramInsightFigures i) {
        Object median = i.medianDaysToResponse() == null ? t("analytics.dashboard.noneYet")
                : String.format(Locale.ENGLISH, "%.1f", i.medianDaysToResponse());
        return table("insights", t("dashboard.chart.insights"), cols("dashboard.col.insightStage",
                "dashboard.col.insights"), List.of(
                row(t("dashboard.insights.raised"), i.raised()),
                row(t("dashboard.insights.responded"), i.responded()),
                row(t("dashboard.insights.actions"), i.turnedIntoActions()),
                row(t("dashboard.insights.done"), i.actionsDone()),
                row(t("analytics.dashboard.medianDays"), median)));
    }

    private List<String> training(SideCompletion c) {
        Object percent = c.people() == 0 ? t("dashboard.nobody") : Math.round(100.0 * c.complete() / c.people());
        return row(t("dashboard.side." + c.side()), c.people(), c.complete(), percent);
    }

    private DashboardTable table(String id, String title, List<String> headers, List<List<String>> rows) {
        return new DashboardTable(id, title, headers, rows);
    }

    private List<String> cols(String... keys) {
        return Arrays.stream(keys).map(this::t).toList();
    }

    private static List<String> row(Object... cells) {
        return Arrays.stream(cells).map(String::valueOf).toList();
    }

    private static String rating(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    private String t(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
