package org.flipside.insights.report;

import java.time.Duration;
import java.util.List;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.insights.ledger.Response;

/** The figures from a program's proposed insights: plain arithmetic, kept apart so it is tested on its own. */
final class FigureCalculator {

    private static final double SECONDS_PER_DAY = 86_400d;

    private FigureCalculator() {
    }

    static ProgramInsightFigures of(long programId, List<ReportRow> rows, int actionsDone) {
        int raised = rows.size();
        List<ReportRow> answered = rows.stream().filter(r -> r.response() != null).toList();
        int actions = (int) answered.stream().filter(r -> r.response() != Response.DECLINED).count();
        double[] days = answered.stream().filter(r -> r.respondedAt() != null)
                .mapToDouble(r -> Duration.between(r.proposedAt(), r.respondedAt()).getSeconds() / SECONDS_PER_DAY)
                .sorted().toArray();
        return new ProgramInsightFigures(programId, raised, answered.size(), actions, percent(answered.size(), raised),
                percent(actions, raised), median(days), actionsDone);
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100d * part / whole);
    }

    static Double median(double[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.round(median * 10) / 10d;
    }
}
