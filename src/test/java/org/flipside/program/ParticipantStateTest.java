package org.flipside.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ParticipantState.APPLIED;
import static org.flipside.program.ParticipantState.APPROVED;
import static org.flipside.program.ParticipantState.DECLINED;
import static org.flipside.program.ParticipantState.INVITED;
import static org.flipside.program.ParticipantState.WITHDRAWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of participant states: exactly the moves below are legal. */
class ParticipantStateTest {

    static final Set<List<ParticipantState>> LEGAL = Set.of(
            List.of(INVITED, APPLIED), List.of(INVITED, DECLINED),
            List.of(APPLIED, APPROVED), List.of(APPLIED, DECLINED), List.of(APPLIED, WITHDRAWN),
            List.of(APPROVED, WITHDRAWN));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ParticipantState from : ParticipantState.values()) {
            for (ParticipantState to : ParticipantState.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.contains(List.of(from, to))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void onlyTheListedMovesAreLegal(ParticipantState from, ParticipantState to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @Test
    void declinedAndWithdrawnAreFinalAndNullIsNoTarget() {
        assertThat(DECLINED.next()).isEmpty();
        assertThat(WITHDRAWN.next()).isEmpty();
        for (ParticipantState state : ParticipantState.values()) {
            assertThat(state.canMoveTo(null)).isFalse();
        }
    }
}
