package org.flipside.program.profile;

import static org.flipside.program.WorkStyleDimension.DIRECTNESS;
import static org.flipside.program.WorkStyleDimension.INDEPENDENCE;
import static org.flipside.program.WorkStyleDimension.PACE;
import static org.flipside.program.WorkStyleDimension.REFLECTION;
import static org.flipside.program.WorkStyleDimension.STRUCTURE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.WorkStyleDimension;

/**
 * The work-style questionnaire and its scoring rule (documented in {@code docs/work-style.md}): each dimension has
 * four statements; a dimension's score is {@code round(100 × (sum of keyed answers − 4) / 16)}, from 0 to 100, and
 * only exists when all four of its statements are answered.
 */
public final class WorkStyle {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public static final List<Statement> STATEMENTS = List.of(
            new Statement(1, STRUCTURE, false),
            new Statement(2, STRUCTURE, false),
            new Statement(3, STRUCTURE, true),
            new Statement(4, STRUCTURE, true),
            new Statement(5, DIRECTNESS, false),
            new Statement(6, DIRECTNESS, false),
            new Statement(7, DIRECTNESS, true),
            new Statement(8, DIRECTNESS, false),
            new Statement(9, PACE, false),
            new Statement(10, PACE, false),
            new Statement(11, PACE, true),
            new Statement(12, PACE, true),
            new Statement(13, REFLECTION, false),
            new Statement(14, REFLECTION, false),
            new Statement(15, REFLECTION, true),
            new Statement(16, REFLECTION, false),
            new Statement(17, INDEPENDENCE, false),
            new Statement(18, INDEPENDENCE, true),
            new Statement(19, INDEPENDENCE, false),
            new Statement(20, INDEPENDENCE, true));

    private WorkStyle() {
    }

    public static boolean isStatement(Integer number) {
        return number != null && number >= 1 && number <= STATEMENTS.size();
    }

    public static boolean isAnswer(Integer answer) {
        return answer != null && answer >= LOWEST && answer <= HIGHEST;
    }

    /** Scores of the dimensions whose statements are all answered with a valid answer; others are left out. */
    public static Map<WorkStyleDimension, Integer> score(Map<Integer, Integer> answers) {
        Map<WorkStyleDimension, Integer> scores = new EnumMap<>(WorkStyleDimension.class);
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            List<Statement> statements = STATEMENTS.stream().filter(s -> s.dimension() == dimension).toList();
            if (statements.stream().allMatch(s -> isAnswer(answers.get(s.number())))) {
                int sum = statements.stream().mapToInt(s -> s.keyed(answers.get(s.number()))).sum();
                int lowest = statements.size() * LOWEST;
                int span = statements.size() * (HIGHEST - LOWEST);
                scores.put(dimension, (int) Math.round(100.0 * (sum - lowest) / span));
            }
        }
        return scores;
    }

    /** Every statement has a valid answer. */
    public static boolean complete(Map<Integer, Integer> answers) {
        return STATEMENTS.stream().allMatch(s -> isAnswer(answers.get(s.number())));
    }
}
