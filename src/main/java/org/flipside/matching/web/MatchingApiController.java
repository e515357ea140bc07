package org.flipside.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.flipside.matching.fairness.FairnessReport;
import org.flipside.matching.fairness.FairnessService;
import org.flipside.matching.review.ProposalQuery;
import org.flipside.matching.review.ProposalReview;
import org.flipside.matching.review.ProposalRow;
import org.flipside.matching.review.RunComparison;
import org.flipside.matching.review.SwapService;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.RunService;
import org.flipside.matching.run.Unmatched;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matching runs, their proposals, swaps, comparisons and fairness reports over JSON, for the program's managers. */
@RestController
@Tag(name = "Matching runs", description = "Optimiser runs of a program and their review, for its managers")
class MatchingApiController {

    private static final String MANAGER = "hasRole('PROGRAM_MANAGER')";

    private final RunService runs;
    private final ProposalReview review;
    private final SwapService swaps;
    private final RunComparison comparison;
    private final FairnessService fairness;

    MatchingApiController(RunService runs, ProposalReview review, SwapService swaps, RunComparison comparison,
                          FairnessService fairness) {
        this.runs = runs;
        this.review = review;
        this.swaps = swaps;
        this.comparison = comparison;
        this.fairness = fairness;
    }

    @PostMapping("/api/v1/programs/{id}/matching/runs")
    @PreAuthorize(MANAGER)
    @Operation(summary = "Start a run with the current settings (202); poll the run for its progress")
    ResponseEntity<RunSummary> start(@PathVariable long id) {
        MatchingRun run = runs.start(id);
        return ResponseEntity.accepted().location(URI.create("/api/v1/programs/" + id + "/matching/runs/" + run.id()))
                .body(RunSummary.of(run));
    }

    @GetMapping("/api/v1/programs/{id}/matching/runs")
    @PreAuthorize(MANAGER)
    @Operation(summary = "The program's runs, newest first")
    List<RunSummary> list(@PathVariable long id) {
        return runs.list(id).stream().map(RunSummary::of).toList();
    }

    @GetMapping("/api/v1/programs/{id}/matching/runs/{runId}")
    @PreAuthorize(MANAGER)
    @Operation(summary = "A run's state, progress (0–100), totals and optimality certificate summary")
    RunSummary get(@PathVariable long id, @PathVariable long runId) {
        return RunSummary.of(runs.get(id, runId));
    }

    @GetMapping("/api/v1/programs/{id}/matching/runs/{runId}/proposals")
    @PreAuthorize(MANAGER)
    @Operation(summary = "One page of a run's proposals with reasons; sort SCORE, MENTEE, MENTOR or DEPARTMENT; "
            + "filter by minimum score (points), department and text in either name")
    PageOf<ProposalRow> proposals(@PathVariable long id, @PathVariable long runId,
                                  @RequestParam(required = false) ProposalQuery.Sort sort,
                                  @RequestParam(required = false) Integer minimumScore,
                                  @RequestParam(required = false) String department,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return review.proposals(id, runId, new ProposalQuery(sort, minimumScore, department, q,
                PageRequests.page(page), PageRequests.size(size)));
    }

    @GetMapping("/api/v1/programs/{id}/matching/runs/{runId}/unmatched")
    @PreAuthorize(MANAGER)
    @Operation(summary = "The people a run left without a partner, with the reason")
    List<Unmatched> unmatched(@PathVariable long id, @PathVariable long runId) {
        return runs.unmatched(id, runId);
    }

    @PostMapping("/api/v1/programs/{id}/matching/runs/{runId}/swap")
    @PreAuthorize(MANAGER)
    @Operation(summary = "Exchange the mentors of two mentees' proposals; refused (409) with the reason when a new "
            + "pair breaks a hard rule or a must-have")
    PageOf<ProposalRow> swap(@PathVariable long id, @PathVariable long runId, @RequestBody SwapBody body) {
        if (body.menteeA() == null || body.menteeB() == null) {
            throw new InvalidInputException(FieldProblem.of("menteeA", "matching.swap.required",
                    "Name the two mentees (participant ids) whose mentors are exchanged."));
        }
        swaps.swap(id, runId, body.menteeA(), body.menteeB());
        return review.proposals(id, runId, new ProposalQuery(ProposalQuery.Sort.SCORE, null, null, null, 0,
                PageRequests.MAX_SIZE));
    }

    @GetMapping("/api/v1/programs/{id}/matching/compare")
    @PreAuthorize(MANAGER)
    @Operation(summary = "Compare two runs: totals and pairs kept, changed, added and dropped")
    RunComparison.Comparison compare(@PathVariable long id, @RequestParam long left, @RequestParam long right) {
        return comparison.compare(id, left, right);
    }

    @GetMapping("/api/v1/programs/{id}/matching/runs/{runId}/fairness")
    @PreAuthorize(MANAGER)
    @Operation(summary = "The run's fairness report; groups of fewer than five people are withheld")
    FairnessReport fairness(@PathVariable long id, @PathVariable long runId,
                            @RequestParam(required = false) String department) {
        return fairness.report(id, runId, department);
    }

    record SwapBody(Long menteeA, Long menteeB) {
    }
}
