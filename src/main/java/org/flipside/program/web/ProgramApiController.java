package org.flipside.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.flipside.program.IncompleteProgramException;
import org.flipside.program.ProgramQuery;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramSummary;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Programs over JSON. Failures are problem documents; the shared handler covers all but the cases below. */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs", description = "Reverse-mentoring programs: objectives, topics, timeline and lifecycle")
class ProgramApiController {

    private static final String READERS = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final Programs programs;

    ProgramApiController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List programs, newest first; employees do not see drafts")
    PageOf<ProgramSummary> list(@RequestParam(required = false) ProgramState state,
                                @Parameter(description = "Words in the name or purpose") @RequestParam(required = false) String q,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return programs.list(new ProgramQuery(state, q, PageRequests.page(page), PageRequests.size(size)));
    }

    @PostMapping
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Create a program as a draft")
    ResponseEntity<ProgramView> create(@RequestBody ProgramBody body) {
        ProgramView created = programs.create(body.toDraft());
        return ResponseEntity.created(location(created)).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one program with its history")
    ProgramView get(@PathVariable long id) {
        return programs.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Replace a program's fields; 409 if someone saved it after the given version")
    ProgramView update(@PathVariable long id, @RequestBody ProgramBody body) {
        requireVersion(body.version(), List.of());
        return programs.update(id, body.toDraft(), body.version());
    }

    @PostMapping("/{id}/transitions")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Move a program to another lifecycle state; 409 if the move is not allowed now")
    ProgramView transition(@PathVariable long id, @RequestBody TransitionBody body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.target() == null) {
            problems.add(FieldProblem.of("target", "program.target.required", "Choose the new state."));
        }
        requireVersion(body.version(), problems);
        return programs.transition(id, body.target(), body.version());
    }

    @PostMapping("/{id}/copy")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Copy a program into a new draft without dates")
    ResponseEntity<ProgramView> copy(@PathVariable long id) {
        ProgramView copy = programs.copy(id);
        return ResponseEntity.created(location(copy)).body(copy);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiInputProblems.unreadable(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ApiInputProblems.typeMismatch(e);
    }

    /** Still 409 like any refused move, but lists the missing fields the way input errors do. */
    @ExceptionHandler(IncompleteProgramException.class)
    ProblemDetail incomplete(IncompleteProgramException e) {
        ProblemDetail problem = ApiInputProblems.invalid(e.missing());
        problem.setStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("https://flipside.example/problems/rule-violation"));
        problem.setTitle("Not allowed now");
        problem.setDetail(e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }

    private static void requireVersion(Long version, List<FieldProblem> problems) {
        List<FieldProblem> all = new ArrayList<>(problems);
        if (version == null) {
            all.add(FieldProblem.of("version", "program.version.required",
                    "Send the version of the program you started from."));
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
    }

    private static URI location(ProgramView program) {
        return URI.create("/api/v1/programs/" + program.id());
    }
}
