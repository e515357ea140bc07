package org.flipside.program.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.Enrollment;
import org.flipside.program.InvitationFilter;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantQuery;
import org.flipside.program.ParticipantState;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.PageRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A program's participants page for its managers: list, counts, decisions, invitations, questions. */
@Controller
class ParticipantsController {

    private static final String MANAGER = "hasRole('PROGRAM_MANAGER')";
    static final int SEARCH_SIZE = 10;
    static final int PAGE_SIZE = 50;

    private final Enrollment enrollment;
    private final Programs programs;
    private final Directory directory;
    private final EnrollmentMessages messages;

    ParticipantsController(Enrollment enrollment, Programs programs, Directory directory, EnrollmentMessages messages) {
        this.enrollment = enrollment;
        this.programs = programs;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/participants")
    @PreAuthorize(MANAGER)
    String show(@PathVariable long id, @RequestParam(required = false) Side side,
                @RequestParam(required = false) ParticipantState state, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("participants", enrollment.participants(id, new ParticipantQuery(side, state),
                PageRequests.page(page), PAGE_SIZE));
        ProgramView program = programs.get(id);
        model.addAttribute("program", program);
        model.addAttribute("counts", enrollment.counts(id));
        model.addAttribute("questions", enrollment.questions(id));
        model.addAttribute("selfEnrollment", enrollment.selfEnrollment(id));
        model.addAttribute("inviting", program.state() == ProgramState.ENROLLING);
        model.addAttribute("side", side);
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("sides", Side.values());
        model.addAttribute("states", ParticipantState.values());
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("locations", directory.locations());
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", directory.search(new DirectoryQuery(q, null, null, null, null,
                    EmploymentStatus.ACTIVE), 0, SEARCH_SIZE).items());
        }
        return "enrollment/participants";
    }

    @GetMapping("/programs/{id}/participants/preview")
    @PreAuthorize(MANAGER)
    String preview(@PathVariable long id, @RequestParam Side side, @RequestParam(required = false) String department,
                   @RequestParam(required = false) Integer gradeMin, @RequestParam(required = false) Integer gradeMax,
                   @RequestParam(required = false) String location, Model model) {
        InvitationFilter filter = new InvitationFilter(department, gradeMin, gradeMax, location);
        model.addAttribute("preview", enrollment.preview(id, filter));
        model.addAttribute("program", programs.get(id));
        model.addAttribute("filter", filter);
        model.addAttribute("side", side);
        return "enrollment/preview";
    }

    @PostMapping("/programs/{id}/participants/invitations")
    @PreAuthorize(MANAGER)
    String invite(@PathVariable long id, @RequestParam(required = false) Side side,
                  @RequestParam(required = false) String department, @RequestParam(required = false) Integer gradeMin,
                  @RequestParam(required = false) Integer gradeMax, @RequestParam(required = false) String location,
                  @RequestParam(required = false) String employeeNumber, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            int count = (employeeNumber == null
                    ? enrollment.inviteByFilter(id, side, new InvitationFilter(department, gradeMin, gradeMax, location))
                    : enrollment.invite(id, side, List.of(employeeNumber))).size();
            return messages.text("participants.flash.invited", count);
        });
    }

    @PostMapping("/programs/{id}/participants/{participantId}/decision")
    @PreAuthorize(MANAGER)
    String decide(@PathVariable long id, @PathVariable long participantId, @RequestParam String decision,
                  @RequestParam(required = false) String reason, @RequestParam long version,
                  RedirectAttributes redirect) {
        return act(id, redirect, () -> "APPROVE".equals(decision)
                ? messages.text("participants.flash.approved", enrollment.approve(participantId, version).fullName())
                : messages.text("participants.flash.declined",
                enrollment.decline(participantId, reason, version).fullName()));
    }

    @PostMapping("/programs/{id}/questions")
    @PreAuthorize(MANAGER)
    String addQuestion(@PathVariable long id, @RequestParam(required = false) QuestionType type,
                       @RequestParam(required = false) String text, @RequestParam(required = false) String choices,
                       @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        List<String> lines = choices == null ? List.of() : Arrays.asList(choices.split("\\R"));
        return act(id, redirect, () -> {
            enrollment.addQuestion(id, new NewQuestion(type, text, lines, required));
            return messages.text("questions.flash.added");
        });
    }

    @PostMapping("/programs/{id}/questions/{questionId}/remove")
    @PreAuthorize(MANAGER)
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            return messages.text(enrollment.removeQuestion(id, questionId)
                    ? "questions.flash.retired" : "questions.flash.removed");
        });
    }

    @PostMapping("/programs/{id}/questions/{questionId}/move")
    @PreAuthorize(MANAGER)
    String moveQuestion(@PathVariable long id, @PathVariable long questionId, @RequestParam String direction,
                        RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            enrollment.moveQuestion(id, questionId, "up".equals(direction));
            return null;
        });
    }

    @PostMapping("/programs/{id}/self-enrollment")
    @PreAuthorize(MANAGER)
    String selfEnrollment(@PathVariable long id, @RequestParam boolean open, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            enrollment.setSelfEnrollment(id, open);
            return messages.text(open ? "participants.self.open" : "participants.self.closed");
        });
    }

    private String act(long id, RedirectAttributes redirect, Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                redirect.addFlashAttribute("flash", done);
            }
        } catch (InvalidInputException | RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.refusal(e));
        }
        return "redirect:/programs/" + id + "/participants";
    }
}
