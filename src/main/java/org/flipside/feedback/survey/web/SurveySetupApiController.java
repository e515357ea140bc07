package org.flipside.feedback.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.feedback.survey.SurveyDraft;
import org.flipside.feedback.survey.SurveyResultView;
import org.flipside.feedback.survey.SurveyResults;
import org.flipside.feedback.survey.SurveySetup;
import org.flipside.feedback.survey.SurveyTemplate;
import org.flipside.feedback.survey.SurveyTemplates;
import org.flipside.feedback.survey.SurveyView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A program's surveys for its managers, over JSON: templates, copies, edits and results. */
@RestController
@Tag(name = "Program surveys", description = "A program's managers set up surveys and read their results")
class SurveySetupApiController {

    static final String MANAGER = "hasRole('PROGRAM_MANAGER')";
    private static final String ONLY_MANAGERS = "The program's own managers; managers of other programs get 404.";

    private final SurveySetup setup;
    private final SurveyResults results;

    SurveySetupApiController(SurveySetup setup, SurveyResults results) {
        this.setup = setup;
        this.results = results;
    }

    @GetMapping("/api/v1/survey-templates")
    @PreAuthorize(MANAGER)
    @Operation(summary = "The survey templates a program's copy starts from")
    List<SurveyTemplate> templates() {
        return SurveyTemplates.all();
    }

    @GetMapping("/api/v1/programs/{id}/surveys")
    @PreAuthorize(MANAGER)
    @Operation(summary = "The program's surveys with their current questions", description = ONLY_MANAGERS)
    List<SurveyView> list(@PathVariable long id) {
        return setup.ofProgram(id);
    }

    @PostMapping("/api/v1/programs/{id}/surveys")
    @PreAuthorize(MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy a template into the program", description = ONLY_MANAGERS
            + " template: a key from /api/v1/survey-templates. The copy is switched on.")
    SurveyView copy(@PathVariable long id, @RequestBody(required = false) SurveyForms.TemplateBody body) {
        return setup.copy(id, body == null ? null : body.template());
    }

    @GetMapping("/api/v1/programs/{id}/surveys/{surveyId}")
    @PreAuthorize(MANAGER)
    @Operation(summary = "One survey of the program", description = ONLY_MANAGERS)
    SurveyView one(@PathVariable long id, @PathVariable long surveyId) {
        return setup.get(id, surveyId);
    }

    @PutMapping("/api/v1/programs/{id}/surveys/{surveyId}")
    @PreAuthorize(MANAGER)
    @Operation(summary = "Edit a survey: title, anonymity, audience, trigger on/off and all questions in order",
            description = ONLY_MANAGERS + " Send the version you read (409 if it changed). Once instances exist, "
                    + "changed questions become a new version for later instances, and anonymity is fixed.")
    SurveyView edit(@PathVariable long id, @PathVariable long surveyId,
                    @RequestBody(required = false) SurveyDraft body) {
        return setup.edit(id, surveyId, body == null ? new SurveyDraft(null, null, null, null, null, null) : body);
    }

    @PostMapping("/api/v1/programs/{id}/surveys/{surveyId}/sending")
    @PreAuthorize(MANAGER)
    @Operation(summary = "Send a survey now to the people of the program's active pairs in its audience",
            description = ONLY_MANAGERS + " At most once a day per survey; otherwise, or when nobody is in the "
                    + "audience, 409 and nothing is sent.")
    SurveyView send(@PathVariable long id, @PathVariable long surveyId) {
        return setup.sendNow(id, surveyId);
    }

    @GetMapping("/api/v1/programs/{id}/surveys/{surveyId}/results")
    @PreAuthorize(MANAGER)
    @Operation(summary = "A survey's results, optionally for one side, month (YYYY-MM) or department",
            description = ONLY_MANAGERS + " A view covering fewer than 5 respondents, or one that a wider view would "
                    + "narrow to fewer than 5, is withheld with a sentence saying why; department only for named "
                    + "surveys.")
    SurveyResultView results(@PathVariable long id, @PathVariable long surveyId,
                             @RequestParam(required = false) String side,
                             @RequestParam(required = false) String month,
                             @RequestParam(required = false) String department) {
        return results.of(id, surveyId, SurveyForms.filter(side, month, department));
    }
}
