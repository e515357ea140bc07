package org.flipside.pairing.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.pairing.session.SessionPlan;
import org.flipside.pairing.session.SessionReport;
import org.flipside.pairing.session.SessionService;
import org.flipside.pairing.session.SessionView;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A pair's sessions over JSON, with the same rules as the pages: the two people act, its managers read. */
@RestController
@Tag(name = "Pair sessions", description = "Planning, moving, cancelling and logging a pair's mentoring sessions")
class SessionApiController {

    private static final String READERS = "For the pair's two people and its program's managers (a manager's read "
            + "is audited); anyone else gets 404.";
    private static final String ACTORS = "Only the pair's two people, while the pair is active (409 otherwise); "
            + "its managers and anyone else get 404.";

    private final SessionService sessions;

    SessionApiController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/api/v1/pairs/{id}/sessions")
    @PreAuthorize(SessionPagesController.SIGNED_IN)
    @Operation(summary = "The pair's sessions, latest start first", description = READERS)
    List<SessionView> list(@PathVariable long id) {
        return sessions.of(id);
    }

    @PostMapping("/api/v1/pairs/{id}/sessions")
    @PreAuthorize(SessionPagesController.SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a session; both people receive the calendar entry (METHOD:REQUEST, SEQUENCE 0)",
            description = ACTORS + " The date (YYYY-MM-DD) and time (HH:MM) are in the caller's own time zone; "
                    + "15 to 480 minutes; mode IN_PERSON, VIDEO or PHONE; a link must be http(s). The agenda is made "
                    + "of conversation guide items (\"<guideId>:<position>\") and the caller's own lines. It may not "
                    + "start in the past nor overlap another planned session of the pair.")
    SessionView schedule(@PathVariable long id, @RequestBody PlanBody body) {
        return sessions.schedule(id, plan(body));
    }

    @GetMapping("/api/v1/pairs/{id}/sessions/{sessionId}")
    @PreAuthorize(SessionPagesController.SIGNED_IN)
    @Operation(summary = "One session of the pair", description = READERS)
    SessionView one(@PathVariable long id, @PathVariable long sessionId) {
        return sessions.get(id, sessionId);
    }

    @PutMapping("/api/v1/pairs/{id}/sessions/{sessionId}")
    @PreAuthorize(SessionPagesController.SIGNED_IN)
    @Operation(summary = "Move or change a planned session; a visible change sends the entry again (SEQUENCE + 1)",
            description = ACTORS + " Send the version you read; a stale one gets 409 and changes nothing.")
    SessionView reschedule(@PathVariable long id, @PathVariable long sessionId, @RequestBody PlanBody body) {
        return sessions.reschedule(id, sessionId, plan(body), version(body == null ? null : body.version()));
    }

    @PostMapping("/api/v1/pairs/{id}/sessions/{sessionId}/cancellation")
    @PreAuthorize(SessionPagesController.SIGNED_IN)
    @Operation(summary = "Cancel a planned session before it starts; both receive METHOD:CANCEL",
            description = ACTORS + " The caller's side is recorded as the side that cancelled.")
    SessionView cancel(@PathVariable long id, @PathVariable long sessionId, @RequestBody CancelBody body) {
        return sessions.cancel(id, sessionId, body == null ? null : body.reason(),
                version(body == null ? null : body.version()));
    }

    @PutMapping("/api/v1/pairs/{id}/sessions/{sessionId}/log")
    @PreAuthorize(SessionPagesController.SIGNED_IN)
    @Operation(summary = "Log (or correct) what happened: HELD, CANCELLED by a side, or NO_SHOW of a side or BOTH",
            description = ACTORS + " Only once the session's start has passed. HELD needs the actual minutes "
                    + "(1–480) and a one-line takeaway (at most 200 characters); topics come from the program's focus "
                    + "topics, plus other topics one per line.")
    SessionView log(@PathVariable long id, @PathVariable long sessionId, @RequestBody LogBody body) {
        if (body == null) {
            throw new InvalidInputException(FieldProblem.of("outcome", "session.field.outcome.choose",
                    "Choose held, cancelled or no-show."));
        }
        return sessions.log(id, sessionId, new SessionReport(body.outcome(),
                body.actualMinutes() == null ? null : String.valueOf(body.actualMinutes()), body.topics(),
                body.otherTopics() == null ? null : String.join("\n", body.otherTopics()), body.takeaway(),
                body.cancelledBy(), body.noShow()), version(body.version()));
    }

    @GetMapping(value = "/api/v1/pairs/{id}/sessions/{sessionId}/calendar.ics", produces = "text/calendar")
    @PreAuthorize(SessionPagesController.SIGNED_IN)
    @Operation(summary = "The session's current calendar entry (text/calendar)", description = READERS)
    ResponseEntity<String> calendar(@PathVariable long id, @PathVariable long sessionId) {
        return ics(sessions.calendar(id, sessionId), sessionId);
    }

    static ResponseEntity<String> ics(String text, long sessionId) {
        return ResponseEntity.ok().contentType(SessionPagesController.calendarType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"session-" + sessionId + ".ics\"")
                .body(text);
    }

    private static SessionPlan plan(PlanBody body) {
        if (body == null) {
            return new SessionPlan(null, null, null, null, null, List.of(), null);
        }
        return new SessionPlan(body.date(), body.time(), body.minutes() == null ? null : String.valueOf(body.minutes()),
                body.mode(), body.location(), body.guideItems(),
                body.agendaLines() == null ? null : String.join("\n", body.agendaLines()));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "session.field.version",
                    "Send the version of the session you read."));
        }
        return version;
    }

    /**
     * @param date        YYYY-MM-DD in the caller's zone
     * @param time        HH:MM in the caller's zone
     * @param guideItems  "<guideId>:<position>" of conversation guide items
     * @param agendaLines the caller's own agenda lines
     * @param version     the session's version, when changing one
     */
    record PlanBody(String date, String time, Integer minutes, String mode, String location, List<String> guideItems,
                    List<String> agendaLines, Long version) {
    }

    record CancelBody(String reason, Long version) {
    }

    record LogBody(String outcome, Integer actualMinutes, List<String> topics, List<String> otherTopics,
                   String takeaway, String cancelledBy, String noShow, Long version) {
    }
}
