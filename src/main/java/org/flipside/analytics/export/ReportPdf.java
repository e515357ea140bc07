package org.flipside.analytics.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.flipside.analytics.dashboard.ProgramDashboard;
import org.flipside.analytics.dashboard.ProgramDashboards;
import org.flipside.analytics.kirkpatrick.Kirkpatrick;
import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.OutcomesReports;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A program's report as PDF: the dashboard (its at-risk list as pairs per reason only), the outcomes report and the
 * evaluation on four levels, rendered from a Thymeleaf XHTML template, figures as tables (the PDF carries no chart).
 * Who may download it is who may read the outcomes report, which is asked first; the dashboard has the same readers.
 */
@Service
public class ReportPdf {

    private final OutcomesReports reports;
    private final Kirkpatrick kirkpatrick;
    private final ProgramDashboards dashboards;
    private final DashboardTables tables;
    private final ITemplateEngine templates;

    ReportPdf(OutcomesReports reports, Kirkpatrick kirkpatrick, ProgramDashboards dashboards, DashboardTables tables,
              ITemplateEngine templates) {
        this.reports = reports;
        this.dashboards = dashboards;
        this.tables = tables;
        this.kirkpatrick = kirkpatrick;
        this.templates = templates;
    }

    public Download of(long programId) {
        OutcomesReport report = reports.of(programId);
        ProgramDashboard dashboard = dashboards.of(programId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("dashboard", dashboard);
        variables.put("tables", tables.of(dashboard));
        variables.put("asOf", DashboardTables.asOf(dashboard.asOf()));
        variables.put("report", report);
        variables.put("view", kirkpatrick.of(programId));
        Context context = new Context(LocaleContextHolder.getLocale(), variables);
        String xhtml = templates.process("analytics/report-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download("report-" + programId + ".pdf", Download.PDF, out.toByteArray());
    }
}
