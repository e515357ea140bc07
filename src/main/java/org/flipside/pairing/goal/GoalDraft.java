package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;

/**
 * A goal as its owner wrote it. A mentee's learning goal names one of the program's objectives by its position
 * (1 for the first); a mentor's growth goal names a {@link GrowthArea}. A goal has one to five key results.
 */
public record GoalDraft(String title, String why, Integer objective, GrowthArea growthArea, LocalDate targetDate,
                        List<KeyResultDraft> keyResults) {

    public static final int MAX_KEY_RESULTS = 5;
    /** The largest value a key result holds (numeric(14, 2)). */
    static final BigDecimal LIMIT = new BigDecimal("999999999999.99");

    public GoalDraft {
        keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
    }

    public GoalDraft normalised() {
        return new GoalDraft(strip(title), strip(why), objective, growthArea, targetDate, keyResults.stream()
                .map(kr -> new KeyResultDraft(kr.id(), strip(kr.description()), strip(kr.unit()), kr.start(),
                        kr.target()))
                .toList());
    }

    /** Every problem of this (normalised) goal for the owner's side in a program with {@code objectives} objectives. */
    public List<FieldProblem> problems(Side side, int objectives) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", title, 200);
        text(problems, "why", why, 1000);
        if (side == Side.MENTEE) {
            if (objective == null) {
                problems.add(FieldProblem.of("objective", "goal.field.objective",
                        "Choose the program objective this goal serves."));
            } else if (objective < 1 || objective > objectives) {
                problems.add(FieldProblem.of("objective", "goal.field.objective.range",
                        "The program has objectives 1 to " + objectives + ".", objectives));
            }
            if (growthArea != null) {
                problems.add(FieldProblem.of("growthArea", "goal.field.growthArea.mentorOnly",
                        "Only the mentor's growth goals have a growth area."));
            }
        } else {
            if (growthArea == null) {
                problems.add(FieldProblem.of("growthArea", "goal.field.growthArea", "Choose the area you want to grow in."));
            }
            if (objective != null) {
                problems.add(FieldProblem.of("objective", "goal.field.objective.menteeOnly",
                        "Only the mentee's learning goals point at a program objective."));
            }
        }
        if (keyResults.isEmpty() || keyResults.size() > MAX_KEY_RESULTS) {
            problems.add(FieldProblem.of("keyResults", "goal.field.keyResults",
                    "Give the goal one to " + MAX_KEY_RESULTS + " key results.", MAX_KEY_RESULTS));
        }
        for (int i = 0; i < keyResults.size(); i++) {
            KeyResultDraft kr = keyResults.get(i);
            String at = "keyResults[" + i + "].";
            text(problems, at + "description", kr.description(), 300);
            text(problems, at + "unit", kr.unit(), 30);
            amount(problems, at + "start", kr.start());
            amount(problems, at + "target", kr.target());
            if (kr.start() != null && kr.target() != null && kr.start().compareTo(kr.target()) == 0) {
                problems.add(FieldProblem.of(at + "target", "goal.field.target.same",
                        "The target must differ from the start value."));
            }
        }
        return problems;
    }

    /** A recorded or planned value: present, at most two decimals, and within what is stored. */
    static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "goal.field.number", "Enter a number."));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, "goal.field.decimals", "Use at most two decimals."));
        } else if (value.abs().compareTo(LIMIT) > 0) {
            problems.add(FieldProblem.of(field, "goal.field.tooLarge", "This number is too large."));
        }
    }

    static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            problems.add(FieldProblem.of(field, "goal.field.required", "Write something here."));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "goal.field.tooLong", "Keep it to " + max + " characters.", max));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
