package org.flipside.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.flipside.program.Enrollment;
import org.flipside.program.EnrollmentOffer;
import org.flipside.program.MyParticipation;
import org.flipside.program.ParticipantView;
import org.flipside.program.web.EnrollmentBodies.ApplicationBody;
import org.flipside.program.web.EnrollmentBodies.EnrollmentBody;
import org.flipside.program.web.EnrollmentBodies.VersionBody;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The signed-in employee's own participations over JSON; anyone else's answer 404. */
@RestController
@Tag(name = "My participations", description = "The signed-in employee's invitations, applications and programs")
class MyParticipationApiController {

    private static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final Enrollment enrollment;

    MyParticipationApiController(Enrollment enrollment) {
        this.enrollment = enrollment;
    }

    @GetMapping("/api/v1/me/participations")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "My invitations and participations, newest first")
    List<ParticipantView> mine() {
        return enrollment.mine();
    }

    @GetMapping("/api/v1/me/participations/{id}")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "One of my participations with the program's questions and my answers")
    MyParticipation one(@PathVariable long id) {
        return enrollment.myParticipation(id);
    }

    @PostMapping("/api/v1/me/participations/{id}/application")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Answer an invitation with an application: the form's answers and consent")
    ParticipantView apply(@PathVariable long id, @RequestBody ApplicationBody body) {
        return enrollment.apply(id, body.application(), EnrollmentBodies.version(body.version()));
    }

    @PostMapping("/api/v1/me/participations/{id}/decline")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Decline an invitation")
    ParticipantView decline(@PathVariable long id, @RequestBody VersionBody body) {
        return enrollment.declineInvitation(id, EnrollmentBodies.version(body.version()));
    }

    @PostMapping("/api/v1/me/participations/{id}/withdrawal")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Withdraw an application or an approved participation")
    ParticipantView withdraw(@PathVariable long id, @RequestBody VersionBody body) {
        return enrollment.withdraw(id, EnrollmentBodies.version(body.version()));
    }

    @GetMapping("/api/v1/enrollment-offers")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Programs that are enrolling and take applications from anyone")
    List<EnrollmentOffer> offers() {
        return enrollment.offers();
    }

    @PostMapping("/api/v1/programs/{id}/enrollments")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Apply to a program open for self-enrolment")
    ResponseEntity<ParticipantView> enroll(@PathVariable long id, @RequestBody EnrollmentBody body) {
        ParticipantView applied = enrollment.enrollSelf(id, body.side(), body.application());
        return ResponseEntity.created(URI.create("/api/v1/me/participations/" + applied.id())).body(applied);
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
