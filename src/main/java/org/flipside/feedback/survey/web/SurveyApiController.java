package org.flipside.feedback.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.feedback.survey.OpenSurvey;
import org.flipside.feedback.survey.SurveyAnswering;
import org.flipside.feedback.survey.SurveyForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The surveys a person was invited to, over JSON. */
@RestController
@Tag(name = "Surveys", description = "Answering the surveys of the programs one takes part in")
class SurveyApiController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";
    private static final String ONLY_INVITED = "Only the invited person: anyone else gets 404.";

    private final SurveyAnswering answering;

    SurveyApiController(SurveyAnswering answering) {
        this.answering = answering;
    }

    @GetMapping("/api/v1/me/surveys")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "My surveys still open and unanswered, closing soonest first")
    List<OpenSurvey> mine() {
        return answering.mine();
    }

    @GetMapping("/api/v1/surveys/{invitationId}")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "One of my survey invitations with its questions", description = ONLY_INVITED)
    SurveyForm one(@PathVariable long invitationId) {
        return answering.form(invitationId);
    }

    @PostMapping("/api/v1/surveys/{invitationId}/response")
    @PreAuthorize(SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer one of my surveys, once",
            description = ONLY_INVITED + " answers: [{questionId, value}] for scales (1–5 or 0–10) and single "
                    + "choices (the choice's index from 0), {questionId, choices: [indexes]} for multiple choice, "
                    + "{questionId, text} for free text. Every required question needs an answer (400 names each "
                    + "missing one; nothing is stored). A closed survey or a second response answers 409.")
    SurveyForm respond(@PathVariable long invitationId, @RequestBody(required = false) SurveyForms.ResponseBody body) {
        answering.respond(invitationId, SurveyForms.answers(body));
        return answering.form(invitationId);
    }
}
