package org.flipside.feedback.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.feedback.safety.PulseAnswer;
import org.flipside.feedback.safety.PulseInvitation;
import org.flipside.feedback.safety.SafetyPulse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The junior mentor's pulse over JSON. */
@RestController
@Tag(name = "Safety pulse", description = "Junior mentors say how openly they can speak with their senior mentee; "
        + "managers see only aggregates and low-score flags")
class PulseApiController {

    private final SafetyPulse pulse;

    PulseApiController(SafetyPulse pulse) {
        this.pulse = pulse;
    }

    @GetMapping("/api/v1/me/safety-pulse")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    @Operation(summary = "The signed-in junior mentor's pulse invitations of the running rounds",
            description = "Empty for anyone who mentors no active pair; the senior mentee never sees any.")
    List<PulseInvitation> mine() {
        return pulse.mine();
    }

    @PostMapping("/api/v1/me/safety-pulse/{invitationId}/answer")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer a pulse invitation",
            description = "statements: five values from 1 (strongly disagree) to 5 (strongly agree), in order; "
                    + "contact: whether the program's managers may contact you (then a low score names your pair). "
                    + "Someone else's invitation answers 404; a closed or answered one 409; bad values 400.")
    PulseInvitation answer(@PathVariable long invitationId, @RequestBody(required = false) PulseAnswer body) {
        return pulse.answer(invitationId, body);
    }
}
