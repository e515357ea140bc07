package org.flipside.pairing.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Checks a report of what happened at a session and reports every problem at once. */
final class OutcomeCheck {

    static final int MAX_ACTUAL_MINUTES = 480;
    static final int MAX_TAKEAWAY = 200;
    static final int MAX_TOPIC = 100;
    static final int MAX_TOPICS_TEXT = 1000;

    private OutcomeCheck() {
    }

    /** @param focusTopics the program's focus topics, which the chosen topics must be among */
    static SessionOutcome check(SessionReport report, List<String> focusTopics) {
        List<FieldProblem> problems = new ArrayList<>();
        SessionStatus status = outcome(report.outcome());
        if (status == null) {
            throw new InvalidInputException(FieldProblem.of("outcome", "session.field.outcome.choose",
                    "Choose held, cancelled or no-show."));
        }
        return switch (status) {
            case HELD -> held(report, focusTopics, problems);
            case CANCELLED -> {
                Side side = parse(Side.class, report.cancelledBy());
                if (side == null) {
                    throw new InvalidInputException(FieldProblem.of("cancelledBy", "session.field.cancelledBy.choose",
                            "Say who cancelled: the mentee or the mentor."));
                }
                yield new SessionOutcome(status, side, null, null, List.of(), null);
            }
            case NO_SHOW -> {
                NoShowSide side = parse(NoShowSide.class, report.noShow());
                if (side == null) {
                    throw new InvalidInputException(FieldProblem.of("noShow", "session.field.noShow.choose",
                            "Say who did not come: the mentee, the mentor or both."));
                }
                yield new SessionOutcome(status, null, side, null, List.of(), null);
            }
            case SCHEDULED -> throw new IllegalStateException("not an outcome");
        };
    }

    private static SessionOutcome held(SessionReport report, List<String> focusTopics, List<FieldProblem> problems) {
        Integer minutes = null;
        try {
            minutes = report.actualMinutes() == null || report.actualMinutes().isBlank() ? null
                    : Integer.valueOf(report.actualMinutes().strip());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        if (minutes == null || minutes < 1 || minutes > MAX_ACTUAL_MINUTES) {
            problems.add(FieldProblem.of("actualMinutes", "session.field.actualMinutes.range",
                    "Enter how long the session took: 1 to 480 minutes."));
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String topic : report.topics()) {
            if (topic == null || topic.isBlank()) {
                continue;
            }
            if (!focusTopics.contains(topic.strip())) {
                problems.add(FieldProblem.of("topics", "session.field.topics.unknown",
                        "\"{0}\" is not a focus topic of the program.", topic.strip()));
            }
            topics.add(topic.strip());
        }
        List<String> others = report.otherTopics() == null ? List.of()
                : report.otherTopics().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (others.stream().anyMatch(line -> line.length() > MAX_TOPIC)) {
            problems.add(FieldProblem.of("otherTopics", "session.field.otherTopics.long",
                    "Each further topic has at most {0} characters.", MAX_TOPIC));
        }
        topics.addAll(others);
        if (String.join("\n", topics).length() > MAX_TOPICS_TEXT) {
            problems.add(FieldProblem.of("otherTopics", "session.field.topics.long",
                    "The topics together have at most {0} characters.", MAX_TOPICS_TEXT));
        }
        String takeaway = report.takeaway() == null ? "" : report.takeaway().strip();
        if (takeaway.isEmpty()) {
            problems.add(FieldProblem.of("takeaway", "session.field.takeaway.required",
                    "Write a one-line takeaway."));
        } else if (takeaway.length() > MAX_TAKEAWAY || takeaway.contains("\n") || takeaway.contains("\r")) {
            problems.add(FieldProblem.of("takeaway", "session.field.takeaway.long",
                    "The takeaway is one line of at most {0} characters.", MAX_TAKEAWAY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SessionOutcome(SessionStatus.HELD, null, null, minutes, List.copyOf(topics), takeaway);
    }

    private static SessionStatus outcome(String value) {
        SessionStatus status = parse(SessionStatus.class, value);
        return status == SessionStatus.SCHEDULED ? null : status;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
