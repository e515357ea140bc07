package org.flipside.feedback.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.flipside.feedback.survey.Audience;
import org.flipside.feedback.survey.QuestionKind;
import org.flipside.feedback.survey.SurveyDraft;
import org.flipside.feedback.survey.SurveyQuestion;
import org.flipside.feedback.survey.SurveyResults;
import org.flipside.feedback.survey.SurveySetup;
import org.flipside.feedback.survey.SurveyTemplates;
import org.flipside.feedback.survey.SurveyView;
import org.flipside.program.Programs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.privacy.SmallGroups;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A program's surveys for its managers: set-up from templates, switching triggers, editing, results. */
@Controller
class SurveySetupPageController {

    private final SurveySetup setup;
    private final SurveyResults results;
    private final Programs programs;
    private final UserMessages messages;

    SurveySetupPageController(SurveySetup setup, SurveyResults results, Programs programs, UserMessages messages) {
        this.setup = setup;
        this.results = results;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/surveys")
    @PreAuthorize(SurveySetupApiController.MANAGER)
    String list(@PathVariable long id, Model model) {
        model.addAttribute("surveys", setup.ofProgram(id));
        model.addAttribute("templates", SurveyTemplates.all());
        model.addAttribute("program", programs.get(id));
        return "feedback/surveys-program";
    }

    @PostMapping("/programs/{id}/surveys")
    @PreAuthorize(SurveySetupApiController.MANAGER)
    String copy(@PathVariable long id, @RequestParam(required = false) String template, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            setup.copy(id, template);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return list(id, model);
        }
        redirect.addFlashAttribute("flash", messages.text("survey.flash.copied"));
        return "redirect:/programs/" + id + "/surveys";
    }

    @PostMapping("/programs/{id}/surveys/{surveyId}/trigger")
    @PreAuthorize(SurveySetupApiController.MANAGER)
    String trigger(@PathVariable long id, @PathVariable long surveyId, @RequestParam(required = false) String on,
                   @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            setup.switchTrigger(id, surveyId, "true".equals(on), version);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("survey.stale"));
            return list(id, model);
        }
        redirect.addFlashAttribute("flash", messages.text("survey.flash.saved"));
        return "redirect:/programs/" + id + "/surveys";
    }

    @PostMapping("/programs/{id}/surveys/{surveyId}/sending")
    @PreAuthorize(SurveySetupApiController.MANAGER)
    String send(@PathVariable long id, @PathVariable long surveyId, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            setup.sendNow(id, surveyId);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text(e.code()));
            return list(id, model);
        }
        redirect.addFlashAttribute("flash", messages.text("survey.flash.sent"));
        return "redirect:/programs/" + id + "/surveys";
    }

    @GetMapping("/programs/{id}/surveys/{surveyId}")
    @PreAuthorize(SurveySetupApiController.MANAGER)
    String edit(@PathVariable long id, @PathVariable long surveyId, Model model) {
        SurveyView survey = setup.get(id, surveyId);
        return editor(id, survey, new SurveyDraft(survey.title(), survey.anonymous(), survey.audience(),
                survey.enabled(), survey.questions().stream().map(SurveyQuestion::draft).toList(), survey.version()),
                model);
    }

    @PostMapping("/programs/{id}/surveys/{surveyId}")
    @PreAuthorize(SurveySetupApiController.MANAGER)
    String save(@PathVariable long id, @PathVariable long surveyId, HttpServletRequest request, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        SurveyDraft draft = null;
        try {
            draft = SurveyEditForm.parse(request.getParameterMap());
            setup.edit(id, surveyId, draft);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            SurveyView survey = setup.get(id, surveyId);
            return editor(id, survey, draft == null ? current(survey) : draft, model);
        } catch (StaleEditException e) {
            // The manager's text stays in the form; the version moves on so a second save applies it.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("survey.stale"));
            SurveyView survey = setup.get(id, surveyId);
            return editor(id, survey, new SurveyDraft(draft.title(), draft.anonymous(), draft.audience(),
                    draft.enabled(), draft.questions(), survey.version()), model);
        }
        redirect.addFlashAttribute("flash", messages.text("survey.flash.saved"));
        return "redirect:/programs/" + id + "/surveys/" + surveyId;
    }

    @GetMapping("/programs/{id}/surveys/{surveyId}/results")
    @PreAuthorize(SurveySetupApiController.MANAGER)
    String results(@PathVariable long id, @PathVariable long surveyId, @RequestParam(required = false) String side,
                   @RequestParam(required = false) String month, @RequestParam(required = false) String department,
                   Model model, HttpServletResponse response) {
        model.addAttribute("program", programs.get(id));
        model.addAttribute("side", side);
        model.addAttribute("month", month);
        model.addAttribute("department", department);
        model.addAttribute("minimum", SmallGroups.MINIMUM);
        try {
            model.addAttribute("results", results.of(id, surveyId, SurveyForms.filter(side, month, department)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            model.addAttribute("results", results.of(id, surveyId, org.flipside.feedback.survey.ResultFilter.NONE));
        }
        return "feedback/survey-results";
    }

    private String editor(long id, SurveyView survey, SurveyDraft draft, Model model) {
        model.addAttribute("program", programs.get(id));
        model.addAttribute("survey", survey);
        model.addAttribute("draft", draft);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("audiences", Audience.values());
        return "feedback/survey-edit";
    }

    private static SurveyDraft current(SurveyView survey) {
        return new SurveyDraft(survey.title(), survey.anonymous(), survey.audience(), survey.enabled(),
                survey.questions().stream().map(SurveyQuestion::draft).toList(), survey.version());
    }
}
