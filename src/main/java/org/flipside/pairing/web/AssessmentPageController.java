package org.flipside.pairing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.assessment.AssessmentService;
import org.flipside.pairing.assessment.AssessmentView;
import org.flipside.pairing.assessment.AssessmentView.SideView;
import org.flipside.pairing.assessment.Phase;
import org.flipside.pairing.assessment.RatingInput;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspacePage;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-assessment tab of a pair's workspace. The form names each item it rates in an {@code item} field and sends
 * {@code rating-<item>} and {@code comment-<item>}; a correction also sends the {@code version} it started from.
 */
@Controller
class AssessmentPageController {

    private final WorkspacePage workspace;
    private final AssessmentService assessments;
    private final UserMessages messages;

    AssessmentPageController(WorkspacePage workspace, AssessmentService assessments, UserMessages messages) {
        this.workspace = workspace;
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/pairs/{id}/assessment")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String page(@PathVariable long id, Model model) {
        Access opened = workspace.open(model, id, "assessment");
        model.addAttribute("assessment", assessments.view(opened));
        model.addAttribute("entered", Map.of());
        return "pairing/assessment";
    }

    @PostMapping("/pairs/{id}/assessment/{phase}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String submit(@PathVariable long id, @PathVariable String phase,
                  @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        List<RatingInput> ratings = new ArrayList<>();
        Map<String, String> entered = new LinkedHashMap<>();
        for (String item : form.getOrDefault("item", List.of())) {
            String rating = form.getFirst("rating-" + item);
            String comment = form.getFirst("comment-" + item);
            entered.put("rating-" + item, rating);
            entered.put("comment-" + item, comment);
            ratings.add(new RatingInput(item, rating(rating), comment));
        }
        String version = form.getFirst("version");
        try {
            Phase chosen = Phase.parse(phase);
            if (version == null) {
                assessments.submit(id, chosen, ratings);
            } else {
                assessments.correct(id, chosen, ratings, VersionField.parse(version));
            }
            redirect.addFlashAttribute("flash", messages.text(version == null
                    ? "pair.assessment.flash.submitted" : "pair.assessment.flash.corrected"));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Access opened = workspace.open(model, id, "assessment");
            AssessmentView view = assessments.view(opened);
            model.addAttribute("assessment", view);
            model.addAttribute("entered", entered);
            model.addAttribute("fieldNames", fieldNames(view));
            model.addAttribute("failedPhase", phase.toUpperCase(java.util.Locale.ROOT));
            FormProblems.addTo(model, e.problems());
            return "pairing/assessment";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("pair.assessment.stale"));
        }
        return "redirect:/pairs/" + id + "/assessment";
    }

    /** The item name for each field of the forms, for the summary of problems. */
    private static Map<String, String> fieldNames(AssessmentView view) {
        Map<String, String> names = new HashMap<>();
        for (SideView side : view.sides()) {
            side.proposed().forEach(item -> name(names, item.item(), item.name()));
            if (side.pre() != null) {
                side.pre().ratings().forEach(rating -> name(names, rating.item(), rating.name()));
            }
        }
        return names;
    }

    private static void name(Map<String, String> names, String item, String name) {
        names.put("rating-" + item, name);
        names.put("comment-" + item, name);
    }

    /** Blank is missing; anything but a whole number is out of range, which the rules name. */
    private static Integer rating(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
