package org.flipside.pairing.session.web;

import java.time.ZoneId;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.session.SessionPlan;
import org.flipside.pairing.session.SessionReport;
import org.flipside.pairing.session.SessionService;
import org.flipside.pairing.session.SessionView;
import org.flipside.pairing.workspace.WorkspacePage;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "sessions" tab of a pair's workspace: the pair's sessions in each viewer's own zone, planning one, and on a
 * session's own page moving, cancelling and logging it. Managers of the program read; only the two people act.
 */
@Controller
class SessionPagesController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final WorkspacePage workspace;
    private final SessionService sessions;
    private final SessionPageModel pageModel;
    private final UserMessages messages;

    SessionPagesController(WorkspacePage workspace, SessionService sessions, SessionPageModel pageModel,
                           UserMessages messages) {
        this.workspace = workspace;
        this.sessions = sessions;
        this.pageModel = pageModel;
        this.messages = messages;
    }

    @GetMapping("/pairs/{id}/sessions")
    @PreAuthorize(SIGNED_IN)
    String list(@PathVariable long id, Model model, @ModelAttribute("userZone") ZoneId userZone) {
        return listPage(id, model, userZone, SessionPlan.blank());
    }

    @PostMapping("/pairs/{id}/sessions")
    @PreAuthorize(SIGNED_IN)
    String schedule(@PathVariable long id, @ModelAttribute SessionPlan plan, Model model,
                    @ModelAttribute("userZone") ZoneId userZone, RedirectAttributes redirect) {
        try {
            SessionView created = sessions.schedule(id, plan);
            redirect.addFlashAttribute("flash", messages.text("session.scheduled"));
            return "redirect:/pairs/" + id + "/sessions#session-" + created.id();
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
        } catch (RuleViolationException e) {
            model.addAttribute("flashError", messages.of(e));
        }
        return listPage(id, model, userZone, plan);
    }

    /** The partner's local time for the date and time being typed (htmx), so nobody has to convert zones. */
    @GetMapping("/pairs/{id}/sessions/partner-time")
    @PreAuthorize(SIGNED_IN)
    String partnerTime(@PathVariable long id, @RequestParam(required = false) String date,
                       @RequestParam(required = false) String time, Model model) {
        model.addAttribute("partnerTime", pageModel.partnerTime(id, date, time));
        return "pairing/session-fields :: partnerTime";
    }

    @GetMapping("/pairs/{id}/sessions/{sessionId}")
    @PreAuthorize(SIGNED_IN)
    String one(@PathVariable long id, @PathVariable long sessionId, Model model,
               @ModelAttribute("userZone") ZoneId userZone) {
        return sessionPage(id, sessionId, model, userZone, null, null);
    }

    @PostMapping("/pairs/{id}/sessions/{sessionId}")
    @PreAuthorize(SIGNED_IN)
    String reschedule(@PathVariable long id, @PathVariable long sessionId, @ModelAttribute SessionPlan plan,
                      @RequestParam long version, Model model, @ModelAttribute("userZone") ZoneId userZone,
                      RedirectAttributes redirect) {
        String done = changed(() -> sessions.reschedule(id, sessionId, plan, version), "session.rescheduled",
                id, sessionId, model, redirect);
        return done != null ? done : sessionPage(id, sessionId, model, userZone, plan, null);
    }

    @PostMapping("/pairs/{id}/sessions/{sessionId}/cancel")
    @PreAuthorize(SIGNED_IN)
    String cancel(@PathVariable long id, @PathVariable long sessionId, @RequestParam long version,
                  @RequestParam(required = false) String reason, Model model,
                  @ModelAttribute("userZone") ZoneId userZone, RedirectAttributes redirect) {
        String done = changed(() -> sessions.cancel(id, sessionId, reason, version), "session.cancelled",
                id, sessionId, model, redirect);
        return done != null ? done : sessionPage(id, sessionId, model, userZone, null, null);
    }

    @PostMapping("/pairs/{id}/sessions/{sessionId}/log")
    @PreAuthorize(SIGNED_IN)
    String log(@PathVariable long id, @PathVariable long sessionId, @ModelAttribute SessionReport report,
               @RequestParam long version, Model model, @ModelAttribute("userZone") ZoneId userZone,
               RedirectAttributes redirect) {
        String done = changed(() -> sessions.log(id, sessionId, report, version), "session.logged",
                id, sessionId, model, redirect);
        return done != null ? done : sessionPage(id, sessionId, model, userZone, null, report);
    }

    /**
     * Makes a change to a session: on success the flash message and the way back to the session page; when it is
     * refused, the reasons on the model (the page then shows the form again with what was typed) and {@code null}.
     */
    private String changed(Runnable change, String flash, long id, long sessionId, Model model,
                           RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", messages.text(flash));
            return "redirect:/pairs/" + id + "/sessions/" + sessionId;
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
        } catch (RuleViolationException e) {
            model.addAttribute("flashError", messages.of(e));
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        return null;
    }

    @GetMapping(value = "/pairs/{id}/sessions/{sessionId}/calendar.ics")
    @PreAuthorize(SIGNED_IN)
    ResponseEntity<String> calendar(@PathVariable long id, @PathVariable long sessionId) {
        return SessionApiController.ics(sessions.calendar(id, sessionId), sessionId);
    }

    private String listPage(long id, Model model, ZoneId userZone, SessionPlan plan) {
        Access opened = workspace.open(model, id, "sessions");
        pageModel.list(model, opened, userZone, plan);
        return "pairing/sessions";
    }

    private String sessionPage(long id, long sessionId, Model model, ZoneId userZone, SessionPlan plan,
                               SessionReport report) {
        Access opened = workspace.open(model, id, "sessions");
        pageModel.one(model, opened, sessionId, userZone, plan, report);
        return "pairing/session";
    }

    static MediaType calendarType() {
        return MediaType.parseMediaType("text/calendar;charset=UTF-8");
    }
}
