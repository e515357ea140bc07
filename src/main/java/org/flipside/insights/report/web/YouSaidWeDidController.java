package org.flipside.insights.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.insights.report.YouSaidWeDid;
import org.flipside.insights.report.YouSaidWeDid.Export;
import org.flipside.insights.report.YouSaidWeDidView;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** "You said, we did" as a page, as JSON and as a CSV file. */
@Controller
@Tag(name = "Insights")
class YouSaidWeDidController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";
    private static final String READERS = "The program's managers, its sponsor, its approved participants, "
            + "administrators and SPONSOR-role users; anyone else gets 404. Authors are named only when they chose to "
            + "be credited, otherwise \"a junior mentor\" or \"a senior mentee\"; the pair is never named.";
    private static final String EXPORTERS = "The program's managers, its sponsor and administrators; anyone else gets "
            + "404. Cells starting with =, +, -, @, tab or carriage return get a leading single quote.";
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    /** A long program's insights come a page at a time; the CSV and the API give them all. */
    static final int LINES_PER_PAGE = 50;

    private final YouSaidWeDid report;

    YouSaidWeDidController(YouSaidWeDid report) {
        this.report = report;
    }

    @GetMapping("/programs/{id}/you-said-we-did")
    @PreAuthorize(SIGNED_IN)
    String page(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        YouSaidWeDidView view = report.of(id);
        model.addAttribute("report", view);
        model.addAttribute("lines", PageOf.slice(view.lines(), PageRequests.page(page), LINES_PER_PAGE));
        return "insights/you-said-we-did";
    }

    @GetMapping("/programs/{id}/you-said-we-did.csv")
    @PreAuthorize(SIGNED_IN)
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return file(report.csv(id));
    }

    @GetMapping("/api/v1/programs/{id}/you-said-we-did")
    @PreAuthorize(SIGNED_IN)
    @ResponseBody
    @Operation(summary = "What the program's insights became, with the figures", description = READERS)
    YouSaidWeDidView api(@PathVariable long id) {
        return report.of(id);
    }

    @GetMapping("/api/v1/programs/{id}/you-said-we-did/export")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "\"You said, we did\" as CSV", description = EXPORTERS,
            responses = @ApiResponse(responseCode = "200", description = "The file",
                    content = @Content(mediaType = "text/csv")))
    ResponseEntity<byte[]> apiExport(@PathVariable long id) {
        return file(report.csv(id));
    }

    private static ResponseEntity<byte[]> file(Export export) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .body(export.content());
    }
}
