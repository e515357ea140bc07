package org.flipside.analytics.export;

import java.util.ArrayList;
import java.util.List;
import org.flipside.analytics.dashboard.ProgramDashboard;
import org.flipside.analytics.dashboard.ProgramDashboards;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Service;

/**
 * The program dashboard as CSV: when the figures were read, then one section per chart, each with its heading row
 * and {@code section, label, value(s)} rows. Who may download it is who may read the dashboard
 * ({@link ProgramDashboards#of} decides).
 */
@Service
public class DashboardCsv {

    private final ProgramDashboards dashboards;
    private final DashboardTables tables;
    private final UserMessages messages;

    DashboardCsv(ProgramDashboards dashboards, DashboardTables tables, UserMessages messages) {
        this.dashboards = dashboards;
        this.tables = tables;
        this.messages = messages;
    }

    public Download of(long programId) {
        ProgramDashboard dashboard = dashboards.of(programId);
        CsvFile csv = new CsvFile();
        csv.row(messages.text("dashboard.title"), dashboard.programName());
        csv.row(messages.text("analytics.dashboard.asOf"), DashboardTables.asOf(dashboard.asOf()));
        csv.row(messages.text("dashboard.small", dashboard.minimum()));
        for (DashboardTable table : tables.of(dashboard)) {
            csv.blank();
            csv.row(line(messages.text("analytics.dashboard.section"), table.headers()));
            for (List<String> row : table.rows()) {
                csv.row(line(table.title(), row));
            }
        }
        return csv.named("dashboard-" + programId + ".csv");
    }

    /** A row with the section's name in front. */
    private static Object[] line(String section, List<String> cells) {
        List<Object> line = new ArrayList<>(cells.size() + 1);
        line.add(section);
        line.addAll(cells);
        return line.toArray();
    }
}
