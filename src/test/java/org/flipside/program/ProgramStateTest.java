package org.flipside.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgramStateTest {

    static final Set<String> LEGAL = Set.of("DRAFT>ENROLLING", "ENROLLING>MATCHING", "MATCHING>ENROLLING",
            "MATCHING>RUNNING", "RUNNING>CLOSED");

    static Stream<Arguments> everyPair() {
        return Stream.of(ProgramState.values())
                .flatMap(from -> Stream.of(ProgramState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void onlyTheFiveLegalMovesAreAllowed(ProgramState from, ProgramState to) {
        assertThat(from.canMoveTo(to)).isEqualTo(LEGAL.contains(from + ">" + to));
    }

    @Test
    void nextListsExactlyTheLegalTargets() {
        assertThat(ProgramState.DRAFT.next()).containsExactly(ProgramState.ENROLLING);
        assertThat(ProgramState.MATCHING.next()).containsExactlyInAnyOrder(ProgramState.ENROLLING, ProgramState.RUNNING);
        assertThat(ProgramState.CLOSED.next()).isEmpty();
    }

    @Test
    void noMoveToNothing() {
        assertThat(ProgramState.DRAFT.canMoveTo(null)).isFalse();
    }

    @Test
    void onlyClosedProgramsAreReadOnly() {
        for (ProgramState state : ProgramState.values()) {
            assertThat(state.editable()).as(state.name()).isEqualTo(state != ProgramState.CLOSED);
        }
    }
}
