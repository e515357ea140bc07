package org.flipside.pairing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.pairing.record.PairRecord;
import org.flipside.pairing.record.PairRecord.Download;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The pair's record as a CSV file, from the workspace and over the API. */
@RestController
@Tag(name = "Pair record", description = "A pair's agreement, goals, sessions and self-assessments as one CSV file")
class PairRecordController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final PairRecord record;

    PairRecordController(PairRecord record) {
        this.record = record;
    }

    @GetMapping("/pairs/{id}/record.csv")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    ResponseEntity<byte[]> page(@PathVariable long id) {
        return file(record.csv(id));
    }

    @GetMapping("/api/v1/pairs/{id}/record")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "The pair's record as CSV",
            description = "For the pair's two people and its program's managers (a manager's download is audited); "
                    + "anyone else gets 404. Every part of the workspace with something to record is a titled block; "
                    + "private notes never are. Cells starting with =, +, -, @, tab or carriage return get a leading "
                    + "single quote.",
            responses = @ApiResponse(responseCode = "200", description = "The record",
                    content = @Content(mediaType = "text/csv")))
    ResponseEntity<byte[]> api(@PathVariable long id) {
        return file(record.csv(id));
    }

    private static ResponseEntity<byte[]> file(Download download) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(download.content());
    }
}
