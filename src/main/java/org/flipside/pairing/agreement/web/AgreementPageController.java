package org.flipside.pairing.agreement.web;

import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.agreement.AgreedMeetingMode;
import org.flipside.pairing.agreement.AgreementService;
import org.flipside.pairing.agreement.AgreementTerms;
import org.flipside.pairing.agreement.AgreementView;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspacePage;
import org.flipside.program.Cadence;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
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

/** The agreement tab of a pair's workspace: the current text, the form to change it, signing, and the history. */
@Controller
class AgreementPageController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final WorkspacePage workspace;
    private final AgreementService agreements;
    private final UserMessages messages;

    AgreementPageController(WorkspacePage workspace, AgreementService agreements, UserMessages messages) {
        this.workspace = workspace;
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/pairs/{id}/agreement")
    @PreAuthorize(SIGNED_IN)
    String show(@PathVariable long id, Model model) {
        Access access = workspace.open(model, id, "agreement");
        AgreementView agreement = agreements.of(access.pair());
        return page(model, agreement, agreement.terms(), agreement.version());
    }

    @PostMapping("/pairs/{id}/agreement")
    @PreAuthorize(SIGNED_IN)
    String save(@PathVariable long id, @RequestParam(required = false) String cadence,
                @RequestParam(required = false) String meetingMode,
                @RequestParam(required = false) String confidentiality,
                @RequestParam(required = false) String mentorExpectations,
                @RequestParam(required = false) String menteeExpectations,
                @RequestParam(required = false) String practicalities,
                @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        AgreementTerms terms = new AgreementTerms(choice(Cadence.class, cadence, "cadence", problems),
                choice(AgreedMeetingMode.class, meetingMode, "meetingMode", problems), confidentiality,
                mentorExpectations, menteeExpectations, practicalities);
        int expected = version(version);
        try {
            if (!problems.isEmpty()) {
                problems.addAll(terms.normalised().problems().stream()
                        .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).toList());
                throw new InvalidInputException(problems);
            }
            AgreementView saved = agreements.save(id, terms, expected);
            redirect.addFlashAttribute("flash", saved.version() == expected
                    ? messages.text("agreement.flash.unchanged")
                    : messages.text("agreement.flash.saved", saved.version()));
            return "redirect:/pairs/" + id + "/agreement";
        } catch (InvalidInputException e) {
            Access access = workspace.open(model, id, "agreement");
            FormProblems.addTo(model, e.problems());
            return page(model, agreements.of(access.pair()), terms, expected);
        } catch (StaleEditException e) {
            Access access = workspace.open(model, id, "agreement");
            AgreementView current = agreements.of(access.pair());
            model.addAttribute("stale", true);
            // The caller's text stays in the form; saving it again now replaces the newer version knowingly.
            return page(model, current, terms, current.version());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/pairs/" + id + "/agreement";
        }
    }

    @PostMapping("/pairs/{id}/agreement/signature")
    @PreAuthorize(SIGNED_IN)
    String sign(@PathVariable long id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        try {
            AgreementView signed = agreements.sign(id, version(version));
            redirect.addFlashAttribute("flash", messages.text(signed.signed()
                    ? "agreement.flash.signedByBoth" : "agreement.flash.signed", signed.version()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/pairs/" + id + "/agreement";
    }

    private String page(Model model, AgreementView agreement, AgreementTerms form, int formVersion) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        model.addAttribute("formVersion", formVersion);
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("modes", AgreedMeetingMode.values());
        return "pairing/agreement";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
                                                List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "agreement.field." + field, "Choose one of the options."));
            return null;
        }
    }

    /** The version the form was read at; a missing or garbled one counts as stale rather than as the first text. */
    private static int version(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
