package org.flipside.pairing.goal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.goal.GoalDraft;
import org.flipside.pairing.goal.GoalView;
import org.flipside.pairing.goal.GrowthArea;
import org.flipside.pairing.goal.KeyResultDraft;
import org.flipside.shared.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The goal form as typed: every field as text, so a refused value is shown back exactly as it was entered. Key result
 * rows left completely empty are dropped, and the rest are numbered from 0 in the order given.
 */
record GoalForm(String title, String why, String objective, String growthArea, String targetDate, List<Row> rows,
                String version) {

    static final int ROWS = GoalDraft.MAX_KEY_RESULTS;

    /** One key result row of the form. */
    record Row(String id, String description, String unit, String start, String target) {

        boolean blank() {
            return empty(id) && empty(description) && empty(unit) && empty(start) && empty(target);
        }
    }

    /** The form read into a draft, with a problem for each value that is not a number, date or choice. */
    record Parsed(GoalForm form, GoalDraft draft, long version, List<FieldProblem> problems) {
    }

    static GoalForm empty() {
        return new GoalForm("", "", "", "", "", padded(List.of()), "0");
    }

    static GoalForm of(GoalView goal) {
        List<Row> rows = goal.keyResults().stream().map(kr -> new Row(String.valueOf(kr.id()), kr.description(),
                kr.unit(), plain(kr.start()), plain(kr.target()))).toList();
        return new GoalForm(goal.title(), goal.why(), goal.objective() == null ? "" : goal.objective().toString(),
                goal.growthArea() == null ? "" : goal.growthArea().name(),
                goal.targetDate() == null ? "" : goal.targetDate().toString(), padded(rows),
                String.valueOf(goal.version()));
    }

    static Parsed parse(MultiValueMap<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String at = "keyResults[" + i + "].";
            Row row = new Row(params.getFirst(at + "id"), params.getFirst(at + "description"),
                    params.getFirst(at + "unit"), params.getFirst(at + "start"), params.getFirst(at + "target"));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        GoalForm form = new GoalForm(params.getFirst("title"), params.getFirst("why"), params.getFirst("objective"),
                params.getFirst("growthArea"), params.getFirst("targetDate"), padded(rows), params.getFirst("version"));
        List<FieldProblem> problems = new ArrayList<>();
        List<KeyResultDraft> keyResults = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = "keyResults[" + i + "].";
            keyResults.add(new KeyResultDraft(id(row.id()), row.description(), row.unit(),
                    number(at + "start", row.start(), problems), number(at + "target", row.target(), problems)));
        }
        Integer objective = null;
        if (!empty(form.objective())) {
            try {
                objective = Integer.valueOf(form.objective().trim());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("objective", "goal.field.objective", "Choose a program objective."));
            }
        }
        GrowthArea area = null;
        if (!empty(form.growthArea())) {
            try {
                area = GrowthArea.valueOf(form.growthArea().trim());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("growthArea", "goal.field.growthArea", "Choose a growth area."));
            }
        }
        LocalDate target = null;
        if (!empty(form.targetDate())) {
            try {
                target = LocalDate.parse(form.targetDate().trim());
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("targetDate", "goal.field.date", "Enter a date as YYYY-MM-DD."));
            }
        }
        return new Parsed(form, new GoalDraft(form.title(), form.why(), objective, area, target, keyResults),
                version(form.version()), problems);
    }

    /** A number as typed on a form: a comma may be the decimal mark; not a number is a field problem. */
    static BigDecimal number(String field, String value, List<FieldProblem> problems) {
        if (empty(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "goal.field.number", "Enter a number."));
            return BigDecimal.ZERO;
        }
    }

    private static Long id(String value) {
        try {
            return empty(value) ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static long version(String value) {
        try {
            return empty(value) ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Row> padded(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        while (all.size() < ROWS) {
            all.add(new Row("", "", "", "", ""));
        }
        return all;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean empty(String value) {
        return value == null || value.isBlank();
    }
}
