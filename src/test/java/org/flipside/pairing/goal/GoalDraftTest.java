package org.flipside.pairing.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** What a goal must say before it is saved, field by field. */
class GoalDraftTest {

    private static KeyResultDraft kr(String start, String target) {
        return new KeyResultDraft(null, "Talks given to the board", "talks", new BigDecimal(start),
                new BigDecimal(target));
    }

    private static List<String> fields(GoalDraft draft, Side side) {
        return draft.normalised().problems(side, 2).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteLearningGoalAndGrowthGoalPass() {
        assertThat(fields(new GoalDraft("Use AI tools daily", "My team expects it", 2, null, null,
                List.of(kr("0", "5"))), Side.MENTEE)).isEmpty();
        assertThat(fields(new GoalDraft("Present to the board", "Visibility", null,
                GrowthArea.PRESENTING_TO_EXECUTIVES, null, List.of(kr("12", "4"))), Side.MENTOR)).isEmpty();
    }

    @Test
    void eachSideNamesItsOwnKindOfLinkAndOnlyThat() {
        assertThat(fields(new GoalDraft("t", "w", null, GrowthArea.OTHER, null, List.of(kr("0", "1"))), Side.MENTEE))
                .containsExactly("objective", "growthArea");
        assertThat(fields(new GoalDraft("t", "w", 3, null, null, List.of(kr("0", "1"))), Side.MENTEE))
                .containsExactly("objective");
        assertThat(fields(new GoalDraft("t", "w", 1, null, null, List.of(kr("0", "1"))), Side.MENTOR))
                .containsExactly("growthArea", "objective");
    }

    @Test
    void everyMissingOrWrongValueIsNamed() {
        GoalDraft draft = new GoalDraft("  ", "x".repeat(1001), 1, null, null, List.of(
                new KeyResultDraft(null, "", " ", null, new BigDecimal("1")), kr("2", "2.00"),
                new KeyResultDraft(null, "d", "u", new BigDecimal("0.001"), new BigDecimal("1e13"))));
        assertThat(fields(draft, Side.MENTEE)).containsExactly("title", "why", "keyResults[0].description",
                "keyResults[0].unit", "keyResults[0].start", "keyResults[1].target", "keyResults[2].start",
                "keyResults[2].target");
    }

    @Test
    void aGoalHasOneToFiveKeyResults() {
        assertThat(fields(new GoalDraft("t", "w", 1, null, null, List.of()), Side.MENTEE)).containsExactly("keyResults");
        assertThat(fields(new GoalDraft("t", "w", 1, null, null, Collections.nCopies(6, kr("0", "1"))), Side.MENTEE))
                .containsExactly("keyResults");
        assertThat(fields(new GoalDraft("t", "w", 1, null, null, Collections.nCopies(5, kr("0", "1"))), Side.MENTEE))
                .isEmpty();
    }
}
