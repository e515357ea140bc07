package org.flipside.analytics.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.analytics.export.DashboardCsv;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The program dashboard as CSV, for the dashboard's readers (its service answers 404 to managers of others). */
@RestController
@Tag(name = "Exports")
class DashboardExportController {

    private final DashboardCsv csv;

    DashboardExportController(DashboardCsv csv) {
        this.csv = csv;
    }

    @GetMapping("/programs/{id}/dashboard.csv")
    @PreAuthorize(ReportExportController.READERS)
    ResponseEntity<byte[]> page(@PathVariable long id) {
        return Files.attachment(csv.of(id));
    }

    @GetMapping("/api/v1/programs/{id}/dashboard/csv")
    @PreAuthorize(ReportExportController.READERS)
    @Operation(summary = "The program's dashboard as CSV",
            description = "The figures of GET /api/v1/programs/{id}/dashboard as a UTF-8 CSV file: when they were "
                    + "read, then one section per chart (enrolment funnel, match quality, sessions held per week, "
                    + "cadence, pairs at risk, goal progress, survey results over time, psychological safety, "
                    + "insights, role training), each a heading row and `section, label, value(s)` rows. Withheld "
                    + "figures say so and carry no number; the pairs at risk appear only as the number of pairs per "
                    + "reason, without pairs or names. Cells starting with =, +, -, @, tab or carriage return get a "
                    + "leading single quote. The dashboard's callers; 404 for programs the caller may not see, "
                    + "managers of other programs included; 403 for participants.",
            responses = @ApiResponse(responseCode = "200", description = "The CSV file",
                    content = @Content(mediaType = "text/csv")))
    ResponseEntity<byte[]> api(@PathVariable long id) {
        return Files.attachment(csv.of(id));
    }
}
