package org.flipside.analytics.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.analytics.export.OutcomesCsv;
import org.flipside.analytics.export.ReportPdf;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's outcomes as CSV and its report as PDF, from the pages and over the API; the same people as the
 * outcomes report (its service answers 404 to managers of other programs).
 */
@RestController
@Tag(name = "Exports", description = "Program reports and the organisation overview as CSV and PDF files")
class ReportExportController {

    static final String READERS = "hasAnyRole('PROGRAM_MANAGER','ADMIN','SPONSOR')";

    private final OutcomesCsv csv;
    private final ReportPdf pdf;

    ReportExportController(OutcomesCsv csv, ReportPdf pdf) {
        this.csv = csv;
        this.pdf = pdf;
    }

    @GetMapping("/programs/{id}/outcomes.csv")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> outcomesCsvPage(@PathVariable long id) {
        return Files.attachment(csv.of(id));
    }

    @GetMapping("/programs/{id}/report.pdf")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> reportPdfPage(@PathVariable long id) {
        return Files.attachment(pdf.of(id));
    }

    @GetMapping("/api/v1/programs/{id}/outcomes/csv")
    @PreAuthorize(READERS)
    @Operation(summary = "The program's outcomes report as CSV",
            description = "The figures of GET /api/v1/programs/{id}/outcomes as a UTF-8 CSV file: retention and "
                    + "promotion per side and group, then two-way learning. Withheld figures say so and carry no "
                    + "number. Cells starting with =, +, -, @, tab or carriage return get a leading single quote. "
                    + "Same callers as the report; 404 for programs the caller may not see.",
            responses = @ApiResponse(responseCode = "200", description = "The CSV file",
                    content = @Content(mediaType = "text/csv")))
    ResponseEntity<byte[]> outcomesCsv(@PathVariable long id) {
        return Files.attachment(csv.of(id));
    }

    @GetMapping("/api/v1/programs/{id}/report/pdf")
    @PreAuthorize(READERS)
    @Operation(summary = "The program's report as PDF",
            description = "The dashboard (the pairs at risk only as the number of pairs per reason), the outcomes "
                    + "report and the evaluation (Kirkpatrick levels 1 to 4) as one PDF headed with the program and "
                    + "when the figures were read, figures as tables, aggregates only: no private note, free-text "
                    + "answer, confidential message or safety pulse answer. Same callers as the outcomes report; 404 "
                    + "for programs the caller may not see.",
            responses = @ApiResponse(responseCode = "200", description = "The PDF file",
                    content = @Content(mediaType = "application/pdf")))
    ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
        return Files.attachment(pdf.of(id));
    }
}
