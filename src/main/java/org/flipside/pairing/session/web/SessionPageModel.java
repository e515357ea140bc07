package org.flipside.pairing.session.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.session.NoShowSide;
import org.flipside.pairing.session.SessionChoices;
import org.flipside.pairing.session.SessionMode;
import org.flipside.pairing.session.SessionPlan;
import org.flipside.pairing.session.SessionReport;
import org.flipside.pairing.session.SessionService;
import org.flipside.pairing.session.SessionTimes;
import org.flipside.pairing.session.SessionView;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the session pages show: each session's time for the viewer and for the other person, and the forms. */
@Component
class SessionPageModel {

    private final SessionService sessions;
    private final PairAccess access;
    private final UserMessages messages;
    private final java.time.Clock clock;

    SessionPageModel(SessionService sessions, PairAccess access, UserMessages messages, java.time.Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A session with its start written for two people: the viewer and their partner, or for a manager the mentee and
     * the mentor.
     */
    record Shown(SessionView session, String first, String second) {
    }

    void list(Model model, Access opened, ZoneId userZone, SessionPlan plan) {
        common(model, opened, userZone);
        List<Shown> shown = sessions.of(opened).stream().map(s -> shown(s, opened, userZone)).toList();
        List<Shown> planned = new java.util.ArrayList<>(shown.stream().filter(s -> s.session().scheduled()).toList());
        java.util.Collections.reverse(planned);
        model.addAttribute("planned", planned);
        model.addAttribute("past", shown.stream().filter(s -> !s.session().scheduled()).toList());
        if (canAct(opened)) {
            model.addAttribute("plan", plan);
            model.addAttribute("choices", sessions.choices(opened));
        }
    }

    void one(Model model, Access opened, long sessionId, ZoneId userZone, SessionPlan plan, SessionReport report) {
        common(model, opened, userZone);
        SessionView session = sessions.get(opened, sessionId);
        model.addAttribute("shown", shown(session, opened, userZone));
        boolean act = canAct(opened);
        boolean started = session.startedBy(clock.instant());
        model.addAttribute("canChange", act && session.scheduled());
        model.addAttribute("canCancel", act && session.scheduled() && !started);
        model.addAttribute("canLog", act && started);
        if (act) {
            SessionChoices choices = sessions.choices(opened);
            model.addAttribute("choices", choices);
            model.addAttribute("plan", plan != null ? plan : planOf(session, zoneOf(opened, userZone)));
            model.addAttribute("report", report != null ? report : reportOf(session, choices.focusTopics()));
        }
    }

    /** "That is … for <partner>", or nothing while the date or time is not complete. */
    String partnerTime(long pairId, String date, String time) {
        Access member = access.requireMember(pairId);
        PairMember me = member.pair().member(member.side());
        PairMember partner = member.pair().partnerOf(member.side());
        if (date == null || time == null) {
            return messages.text("session.partnerZone", partner.fullName(), partner.timeZone());
        }
        try {
            LocalDateTime local = LocalDateTime.of(LocalDate.parse(date.strip()), LocalTime.parse(time.strip()));
            return messages.text("session.partnerTime", partner.fullName(),
                    SessionTimes.in(local.atZone(ZoneId.of(me.timeZone())).toInstant(), partner.timeZone()));
        } catch (DateTimeException e) {
            return messages.text("session.partnerZone", partner.fullName(), partner.timeZone());
        }
    }

    private void common(Model model, Access opened, ZoneId userZone) {
        PairView pair = opened.pair();
        model.addAttribute("canAct", canAct(opened));
        model.addAttribute("modes", SessionMode.values());
        model.addAttribute("noShowSides", NoShowSide.values());
        if (opened.member()) {
            PairMember partner = pair.partnerOf(opened.side());
            model.addAttribute("myZone", pair.member(opened.side()).timeZone());
            model.addAttribute("partner", partner);
            model.addAttribute("firstLabel", messages.text("session.time.yours"));
            model.addAttribute("secondLabel", messages.text("session.time.of", partner.fullName()));
            model.addAttribute("partnerTime", messages.text("session.partnerZone", partner.fullName(),
                    partner.timeZone()));
        } else {
            model.addAttribute("firstLabel", messages.text("session.time.of", pair.mentee().fullName()));
            model.addAttribute("secondLabel", messages.text("session.time.of", pair.mentor().fullName()));
        }
    }

    private static boolean canAct(Access opened) {
        return opened.member() && opened.pair().active();
    }

    private static Shown shown(SessionView session, Access opened, ZoneId userZone) {
        PairView pair = opened.pair();
        if (opened.member()) {
            return new Shown(session, SessionTimes.in(session.start(), pair.member(opened.side()).timeZone()),
                    SessionTimes.in(session.start(), pair.partnerOf(opened.side()).timeZone()));
        }
        return new Shown(session, SessionTimes.in(session.start(), pair.mentee().timeZone()),
                SessionTimes.in(session.start(), pair.mentor().timeZone()));
    }

    private static ZoneId zoneOf(Access opened, ZoneId fallback) {
        return opened.member() ? ZoneId.of(opened.pair().member(opened.side()).timeZone()) : fallback;
    }

    private static SessionPlan planOf(SessionView session, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(session.start(), zone);
        return new SessionPlan(local.toLocalDate().toString(), local.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
                String.valueOf(session.minutes()), session.mode().name(), session.location(), List.of(),
                session.agenda());
    }

    private static SessionReport reportOf(SessionView session, List<String> focusTopics) {
        if (session.scheduled()) {
            return new SessionReport(null, String.valueOf(session.minutes()), List.of(), null, null, null, null);
        }
        List<String> focus = session.topics().stream().filter(focusTopics::contains).toList();
        String others = String.join("\n", session.topics().stream().filter(t -> !focusTopics.contains(t)).toList());
        return new SessionReport(session.status().name(),
                session.actualMinutes() == null ? null : String.valueOf(session.actualMinutes()), focus,
                others, session.takeaway(), session.cancelledBy() == null ? null : session.cancelledBy().name(),
                session.noShow() == null ? null : session.noShow().name());
    }
}
