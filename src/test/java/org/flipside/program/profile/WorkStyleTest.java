package org.flipside.program.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.WorkStyleDimension.DIRECTNESS;
import static org.flipside.program.WorkStyleDimension.INDEPENDENCE;
import static org.flipside.program.WorkStyleDimension.STRUCTURE;

import java.util.HashMap;
import java.util.Map;
import org.flipside.program.WorkStyleDimension;
import org.junit.jupiter.api.Test;

/** The scoring rule of docs/work-style.md. */
class WorkStyleTest {

    /** The same answer to every statement. */
    private static Map<Integer, Integer> all(int answer) {
        Map<Integer, Integer> answers = new HashMap<>();
        WorkStyle.STATEMENTS.forEach(s -> answers.put(s.number(), answer));
        return answers;
    }

    /** Answers that score 100 everywhere: 5 to normally keyed statements, 1 to reverse-keyed ones. */
    private static Map<Integer, Integer> highest() {
        Map<Integer, Integer> answers = new HashMap<>();
        WorkStyle.STATEMENTS.forEach(s -> answers.put(s.number(), s.reverse() ? 1 : 5));
        return answers;
    }

    @Test
    void twentyStatementsFourPerDimensionEachWithAReverseKeyedOne() {
        assertThat(WorkStyle.STATEMENTS).hasSize(20);
        assertThat(WorkStyle.STATEMENTS).extracting(Statement::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            assertThat(WorkStyle.STATEMENTS).filteredOn(s -> s.dimension() == dimension).hasSize(4)
                    .anyMatch(Statement::reverse).anyMatch(s -> !s.reverse());
        }
    }

    @Test
    void scoresRunFromZeroToOneHundred() {
        Map<Integer, Integer> lowest = new HashMap<>();
        highest().forEach((number, answer) -> lowest.put(number, 6 - answer));

        assertThat(WorkStyle.score(highest())).hasSize(5).allSatisfy((dimension, score) -> assertThat(score).isEqualTo(100));
        assertThat(WorkStyle.score(lowest)).hasSize(5).allSatisfy((dimension, score) -> assertThat(score).isEqualTo(0));
    }

    @Test
    void neutralAnswersScoreFifty() {
        assertThat(WorkStyle.score(all(3))).hasSize(5).allSatisfy((dimension, score) -> assertThat(score).isEqualTo(50));
    }

    @Test
    void reverseKeyedStatementsCountTheOtherWay() {
        // Agreeing fully with everything: STRUCTURE has two reverse-keyed statements, DIRECTNESS one.
        Map<WorkStyleDimension, Integer> scores = WorkStyle.score(all(5));

        assertThat(scores.get(STRUCTURE)).isEqualTo(50);      // 5 + 5 + 1 + 1 = 12 → (12 − 4) / 16
        assertThat(scores.get(DIRECTNESS)).isEqualTo(75);     // 5 + 5 + 1 + 5 = 16 → (16 − 4) / 16
        assertThat(scores.get(INDEPENDENCE)).isEqualTo(50);   // 5 + 1 + 5 + 1
    }

    @Test
    void theDocumentedExampleRoundsHalvesUp() {
        Map<Integer, Integer> answers = new HashMap<>(all(3));
        answers.putAll(Map.of(1, 4, 2, 5, 3, 2, 4, 1));

        assertThat(WorkStyle.score(answers).get(STRUCTURE)).isEqualTo(88);
    }

    @Test
    void aDimensionWithAnUnansweredOrOutOfRangeStatementHasNoScore() {
        Map<Integer, Integer> answers = all(4);
        answers.remove(7);
        answers.put(18, 6);

        Map<WorkStyleDimension, Integer> scores = WorkStyle.score(answers);

        assertThat(scores).doesNotContainKeys(DIRECTNESS, INDEPENDENCE).hasSize(3);
        assertThat(WorkStyle.complete(answers)).isFalse();
        assertThat(WorkStyle.complete(all(1))).isTrue();
        assertThat(WorkStyle.score(Map.of())).isEmpty();
    }
}
