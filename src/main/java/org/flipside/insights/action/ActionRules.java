package org.flipside.insights.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;

/** Checks status updates and due-date moves, reporting every bad field at once. */
final class ActionRules {

    static final int NOTE_MAX = 4000;
    static final int REASON_MAX = 1000;

    private ActionRules() {
    }

    record Checked(ActionStatus status, String note, String outcome, long version) {
    }

    record Move(LocalDate dueOn, String reason, long version) {
    }

    static Checked check(StatusUpdate update, ActionStatus current) {
        StatusUpdate u = update == null ? new StatusUpdate(null, null, null, null) : update;
        List<FieldProblem> problems = new ArrayList<>();
        version(problems, u.version());
        if (u.status() == null) {
            problems.add(FieldProblem.of("status", "insight.action.status.required",
                    "Choose OPEN, IN_PROGRESS or DONE."));
            throw new InvalidInputException(problems);
        }
        String note = optional(problems, "note", u.note(), NOTE_MAX);
        String outcome = null;
        if (u.status() == ActionStatus.DONE) {
            outcome = required(problems, "outcome", u.outcome(), NOTE_MAX);
        } else if (u.status() == current && note == null) {
            problems.add(FieldProblem.of("note", "insight.action.note.required",
                    "Write a note when the status stays the same."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!current.mayMoveTo(u.status())) {
            throw new RuleViolationException("insight.action.backwards",
                    "An action moves forward only: OPEN, IN_PROGRESS, DONE.");
        }
        return new Checked(u.status(), note, outcome, u.version());
    }

    static Move check(DueDateMove move, LocalDate current, LocalDate today) {
        DueDateMove m = move == null ? new DueDateMove(null, null, null) : move;
        List<FieldProblem> problems = new ArrayList<>();
        version(problems, m.version());
        if (m.dueOn() == null || !m.dueOn().isAfter(today)) {
            problems.add(FieldProblem.of("dueOn", "insight.action.dueOn.future", "Choose a due date after today."));
        } else if (m.dueOn().equals(current)) {
            problems.add(FieldProblem.of("dueOn", "insight.action.dueOn.same",
                    "This is the due date already: choose another one."));
        }
        String reason = required(problems, "reason", m.reason(), REASON_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Move(m.dueOn(), reason, m.version());
    }

    private static void version(List<FieldProblem> problems, Long version) {
        if (version == null) {
            problems.add(FieldProblem.of("version", "insight.action.version.required",
                    "Send the version of the action you read."));
        }
    }

    private static String required(List<FieldProblem> problems, String field, String value, int max) {
        String text = optional(problems, field, value, max);
        if (text == null) {
            problems.add(FieldProblem.of(field, "insight.action." + field + ".required", "This is required."));
        }
        return text;
    }

    private static String optional(List<FieldProblem> problems, String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            problems.add(FieldProblem.of(field, "insight.action." + field + ".length",
                    "Too long: at most " + max + " characters.", max, text.length()));
        }
        return text.isEmpty() ? null : text;
    }
}
