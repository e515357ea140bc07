package org.flipside.matching.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectiveTest {

    @Test
    void theScoreOfAWeightIsTheScoreItWasMadeFromForBothPriorities() {
        for (Priority priority : Priority.values()) {
            for (long matchLimit : new long[] {0, 1, 7, 25_000}) {
                Objective objective = new Objective(priority, matchLimit);
                for (int score = 0; score <= PairScores.MAX_SCORE; score++) {
                    assertThat(objective.score(objective.weight(score))).isEqualTo(score);
                }
            }
        }
    }
}
