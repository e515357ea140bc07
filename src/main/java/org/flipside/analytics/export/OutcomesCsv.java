package org.flipside.analytics.export;

import org.flipside.analytics.outcomes.Figure;
import org.flipside.analytics.outcomes.LearningRow;
import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.OutcomesReports;
import org.flipside.analytics.outcomes.SideOutcomes;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Service;

/**
 * The outcomes report as CSV: the same figures as the page, withheld ones marked so, and nothing else. Who may
 * download it is who may read the report ({@link OutcomesReports#of} decides).
 */
@Service
public class OutcomesCsv {

    private final OutcomesReports reports;
    private final UserMessages messages;

    OutcomesCsv(OutcomesReports reports, UserMessages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    public Download of(long programId) {
        OutcomesReport report = reports.of(programId);
        CsvFile csv = new CsvFile();
        csv.row(text("analytics.outcomes.title"), report.programName());
        if (report.chosen()) {
            csv.row(text("analytics.export.startDate"), report.startDate());
            csv.row(text("analytics.export.measuredOn"), report.measuredOn());
            csv.row(text("analytics.export.complete"), text(report.complete() ? "analytics.export.yes" : "analytics.export.no"));
            csv.blank();
            csv.row(text("analytics.table.side"), text("analytics.table.group"), text("analytics.table.people"),
                    text("analytics.table.retention"), text("analytics.export.percent"),
                    text("analytics.table.promotion"), text("analytics.export.percent"));
            for (SideOutcomes s : report.sides()) {
                String side = text("analytics.side." + s.side().name());
                line(csv, side, text("analytics.group.participants"), s.participantRetention(), s.participantPromotion());
                line(csv, side, text("analytics.group.comparison"), s.comparisonRetention(), s.comparisonPromotion());
            }
        } else {
            csv.row(text("analytics.outcomes.notStarted"));
        }
        csv.blank();
        csv.row(text("analytics.table.side"), text("analytics.learning.item"), text("analytics.table.people"),
                text("analytics.learning.pre"), text("analytics.learning.post"));
        for (LearningRow row : report.learning()) {
            csv.row(text("analytics.side." + row.side().name()), row.name(), row.people(),
                    row.withheld() ? text("analytics.withheld") : row.meanPre(),
                    row.withheld() ? text("analytics.withheld") : row.meanPost());
        }
        csv.blank();
        csv.row(text("analytics.caveat.small", report.minimum()));
        return csv.named("outcomes-" + programId + ".csv");
    }

    private void line(CsvFile csv, String side, String group, Figure retained, Figure promoted) {
        csv.row(side, group, retained.people(), count(retained), retained.percent(), count(promoted),
                promoted.percent());
    }

    private Object count(Figure figure) {
        return figure.withheld() ? text("analytics.withheld") : figure.count();
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
