package org.flipside.analytics.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.analytics.export.OverviewCsv;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation overview as CSV, for administrators and sponsors like the page. */
@RestController
@Tag(name = "Exports")
class OverviewExportController {

    static final String OVERSEERS = "hasAnyRole('ADMIN','SPONSOR')";

    private final OverviewCsv csv;

    OverviewExportController(OverviewCsv csv) {
        this.csv = csv;
    }

    @GetMapping("/insight/organisation.csv")
    @PreAuthorize(OVERSEERS)
    ResponseEntity<byte[]> page() {
        return Files.attachment(csv.get());
    }

    @GetMapping("/api/v1/insight/organisation/csv")
    @PreAuthorize(OVERSEERS)
    @Operation(summary = "The organisation overview as CSV",
            description = "The sections of GET /api/v1/insight/organisation as a UTF-8 CSV file, withheld counts "
                    + "marked so. Cells starting with =, +, -, @, tab or carriage return get a leading single quote. "
                    + "Administrators and sponsors; everyone else gets 403.",
            responses = @ApiResponse(responseCode = "200", description = "The CSV file",
                    content = @Content(mediaType = "text/csv")))
    ResponseEntity<byte[]> api() {
        return Files.attachment(csv.get());
    }
}
