package org.flipside.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.insights.ledger.Response;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;

class FigureCalculatorTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void countsPercentagesAndTheMedianOfDaysToResponse() {
        List<ReportRow> rows = List.of(row(Response.ACCEPTED, 2), row(Response.DECLINED, 4),
                row(Response.MERGED, 9), row(null, 0));
        ProgramInsightFigures f = FigureCalculator.of(7, rows, 1);
        assertThat(f.raised()).isEqualTo(4);
        assertThat(f.responded()).isEqualTo(3);
        assertThat(f.turnedIntoActions()).isEqualTo(2);
        assertThat(f.respondedPercent()).isEqualTo(75);
        assertThat(f.actionsPercent()).isEqualTo(50);
        assertThat(f.medianDaysToResponse()).isEqualTo(4.0);
        assertThat(f.actionsDone()).isEqualTo(1);
    }

    @Test
    void anEvenNumberOfResponsesTakesTheMiddleTwoAndNothingRaisedHasNoPercentages() {
        ProgramInsightFigures f = FigureCalculator.of(7, List.of(row(Response.ACCEPTED, 1), row(Response.DECLINED, 2)),
                0);
        assertThat(f.medianDaysToResponse()).isEqualTo(1.5);
        assertThat(f.respondedPercent()).isEqualTo(100);
        ProgramInsightFigures none = FigureCalculator.of(7, List.of(), 0);
        assertThat(none.respondedPercent()).isNull();
        assertThat(none.actionsPercent()).isNull();
        assertThat(none.medianDaysToResponse()).isNull();
    }

    private static ReportRow row(Response response, int days) {
        Instant responded = response == null ? null : T0.plus(Duration.ofDays(days));
        return new ReportRow(1, "t", "s", null, Side.MENTOR, "E1", false, T0, response, responded, null, null, null,
                null, null);
    }
}
