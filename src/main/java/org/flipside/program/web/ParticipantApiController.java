package org.flipside.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.flipside.program.Enrollment;
import org.flipside.program.InvitationPreview;
import org.flipside.program.ParticipantQuery;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.program.Question;
import org.flipside.program.Side;
import org.flipside.program.web.EnrollmentBodies.DecisionBody;
import org.flipside.program.web.EnrollmentBodies.InvitationBody;
import org.flipside.program.web.EnrollmentBodies.QuestionBody;
import org.flipside.program.web.EnrollmentBodies.SelfEnrollmentBody;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A program's participants, invitations, decisions and application form over JSON, for the program's managers. */
@RestController
@Tag(name = "Participants", description = "Enrolment of a program's participants, for the program's managers")
class ParticipantApiController {

    private final Enrollment enrollment;

    ParticipantApiController(Enrollment enrollment) {
        this.enrollment = enrollment;
    }

    @GetMapping("/api/v1/programs/{id}/participants")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "One page of a program's participants, optionally by side and state "
            + "(page from 0, size up to 200)")
    PageOf<ParticipantView> list(@PathVariable long id, @RequestParam(required = false) Side side,
                                 @RequestParam(required = false) ParticipantState state,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return enrollment.participants(id, new ParticipantQuery(side, state), PageRequests.page(page),
                PageRequests.size(size));
    }

    @GetMapping("/api/v1/programs/{id}/participant-counts")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "How many participants a program has in each state")
    Map<ParticipantState, Long> counts(@PathVariable long id) {
        return enrollment.counts(id);
    }

    @PostMapping("/api/v1/programs/{id}/participants/invitation-preview")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Who an invitation by filter would reach, without inviting anyone")
    InvitationPreview preview(@PathVariable long id, @RequestBody InvitationBody body) {
        return enrollment.preview(id, body.filter());
    }

    @PostMapping("/api/v1/programs/{id}/participants/invitations")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Invite the listed people, or everyone a directory filter reaches; leavers and people "
            + "already enrolled are left out")
    ResponseEntity<List<ParticipantView>> invite(@PathVariable long id, @RequestBody InvitationBody body) {
        List<ParticipantView> invited = body.employeeNumbers() == null
                ? enrollment.inviteByFilter(id, body.side(), body.filter())
                : enrollment.invite(id, body.side(), body.employeeNumbers());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/participants")).body(invited);
    }

    @PostMapping("/api/v1/participants/{id}/decision")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Approve or decline an application (a reason is required to decline)")
    ParticipantView decide(@PathVariable long id, @RequestBody DecisionBody body) {
        if (body.decision() == null) {
            throw new InvalidInputException(FieldProblem.of("decision", "participant.decision.required",
                    "Choose APPROVE or DECLINE."));
        }
        long version = EnrollmentBodies.version(body.version());
        return switch (body.decision()) {
            case APPROVE -> enrollment.approve(id, version);
            case DECLINE -> enrollment.decline(id, body.reason(), version);
        };
    }

    @GetMapping("/api/v1/programs/{id}/questions")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "The program's application questions in order")
    List<Question> questions(@PathVariable long id) {
        return enrollment.questions(id);
    }

    @PostMapping("/api/v1/programs/{id}/questions")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Add a question at the end of the application form")
    ResponseEntity<Question> addQuestion(@PathVariable long id, @RequestBody QuestionBody body) {
        Question added = enrollment.addQuestion(id, body.question());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/questions")).body(added);
    }

    @DeleteMapping("/api/v1/programs/{id}/questions/{questionId}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Remove a question. One nobody answered is deleted (204); one with answers is retired "
            + "instead, kept with its answers and no longer asked of applicants, and returned with retired=true (200)")
    ResponseEntity<Question> removeQuestion(@PathVariable long id, @PathVariable long questionId) {
        if (!enrollment.removeQuestion(id, questionId)) {
            return ResponseEntity.noContent().build();
        }
        return enrollment.questions(id).stream().filter(q -> q.id() == questionId).findFirst()
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/api/v1/programs/{id}/self-enrollment")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Open or close self-enrolment (it applies while the program is enrolling)")
    Map<String, Boolean> selfEnrollment(@PathVariable long id, @RequestBody SelfEnrollmentBody body) {
        if (body.open() == null) {
            throw new InvalidInputException(FieldProblem.of("open", "enrollment.open.required", "Say true or false."));
        }
        enrollment.setSelfEnrollment(id, body.open());
        return Map.of("open", body.open());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiInputProblems.unreadable(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ApiInputProblems.typeMismatch(e);
    }
}
