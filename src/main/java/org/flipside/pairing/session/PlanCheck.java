package org.flipside.pairing.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.training.GuideView;

/** Checks a session plan field by field and reports every problem at once. */
final class PlanCheck {

    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 480;
    static final int MAX_LOCATION = 300;
    /** What starts like "scheme://" (or a script or data scheme) is taken for a link and must be a web address. */
    private static final Pattern LINK_LIKE =
            Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://|(?i:javascript|data|vbscript|file):).*");

    private PlanCheck() {
    }

    /**
     * The plan with its start in UTC, written in {@code zone}.
     *
     * @throws InvalidInputException naming each field that is wrong
     */
    static Planned check(SessionPlan plan, ZoneId zone, Instant now, List<GuideView> guides) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = parse(plan.date(), "date", problems, LocalDate::parse, "session.field.date.format",
                "Enter the date as YYYY-MM-DD.");
        LocalTime time = parse(plan.time(), "time", problems, LocalTime::parse, "session.field.time.format",
                "Enter the time as HH:MM.");
        Integer minutes = parse(plan.minutes(), "minutes", problems, Integer::valueOf, "session.field.minutes.range",
                "The duration is between 15 and 480 minutes.");
        if (minutes != null && (minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
            problems.add(FieldProblem.of("minutes", "session.field.minutes.range",
                    "The duration is between 15 and 480 minutes."));
            minutes = null;
        }
        SessionMode mode = parse(plan.mode(), "mode", problems, value -> SessionMode.valueOf(value.toUpperCase(Locale.ROOT)),
                "session.field.mode.choose", "Choose in person, video or phone.");
        String location = plan.location() == null || plan.location().isBlank() ? null : plan.location().strip();
        if (location != null && location.length() > MAX_LOCATION) {
            problems.add(FieldProblem.of("location", "session.field.location.long",
                    "The location has at most {0} characters.", MAX_LOCATION));
        } else if (location != null && (mode == SessionMode.VIDEO || LINK_LIKE.matcher(location).matches())
                && !webLink(location)) {
            problems.add(FieldProblem.of("location", "session.field.location.link",
                    "A link must be a full web address starting with https:// or http://."));
        }
        AgendaComposer.Agenda agenda = AgendaComposer.compose(guides, plan.guideItems(), plan.agendaLines());
        problems.addAll(agenda.problems());
        Instant start = null;
        if (date != null && time != null) {
            LocalDateTime local = LocalDateTime.of(date, time);
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                problems.add(FieldProblem.of("time", "session.field.time.gap",
                        "This time does not exist in {0}: the clocks change that night.", zone.getId()));
            } else {
                start = local.atZone(zone).toInstant();
                if (!start.isAfter(now)) {
                    problems.add(FieldProblem.of("date", "session.field.date.past",
                            "The session must start in the future."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Planned(start, minutes, zone, mode, location, agenda.text(), agenda.guideId());
    }

    static boolean webLink(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> T parse(String value, String field, List<FieldProblem> problems, Parser<T> parser,
                               String code, String message) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "session.field.required", "This field is required."));
            return null;
        }
        try {
            return parser.parse(value.strip());
        } catch (DateTimeException | IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, code, message));
            return null;
        }
    }
}
