package org.flipside.program.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.program.Cadence;
import org.flipside.program.IncompleteProgramException;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgramLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    static ProgramDraft complete() {
        return new ProgramDraft("Digital fluency 2026", "Leaders learn digital tools.",
                List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY), ObjectiveChoice.custom("Try three AI tools")),
                List.of("AI assistants", "Dashboards"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30),
                Cadence.FORTNIGHTLY, 2, "digital-leaders");
    }

    /** A complete program walked along legal moves to {@code state}. */
    static Program programIn(ProgramState state) {
        Program program = Program.draft(complete(), null, "manager", NOW);
        List<ProgramState> path = List.of(ProgramState.ENROLLING, ProgramState.MATCHING, ProgramState.RUNNING,
                ProgramState.CLOSED);
        for (ProgramState step : path) {
            if (program.state() == state) {
                break;
            }
            program.moveTo(step, "manager", NOW);
        }
        assertThat(program.state()).isEqualTo(state);
        return program;
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(ProgramState.values())
                .flatMap(from -> Stream.of(ProgramState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void legalMovesSucceedAndEveryOtherIsRefusedNamingBothStates(ProgramState from, ProgramState to) {
        Program program = programIn(from);
        if (ProgramStateLegal.is(from, to)) {
            ProgramState left = program.moveTo(to, "manager", NOW.plusSeconds(60));
            assertThat(left).isEqualTo(from);
            assertThat(program.state()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> program.moveTo(to, "manager", NOW))
                    .isInstanceOf(RuleViolationException.class)
                    .isNotInstanceOf(IncompleteProgramException.class)
                    .hasMessageContaining(from.name()).hasMessageContaining(to.name())
                    .satisfies(e -> {
                        RuleViolationException refusal = (RuleViolationException) e;
                        assertThat(refusal.code()).isEqualTo("program.transition.illegal");
                        assertThat(refusal.arguments()).containsExactly(from, to);
                    });
            assertThat(program.state()).isEqualTo(from);
        }
    }

    @Test
    void leavingDraftReportsEveryMissingField() {
        ProgramDraft bare = new ProgramDraft("Pilot", "Try it out.", List.of(), List.of(), null, null, Cadence.MONTHLY, 1, null);
        Program program = Program.draft(bare, null, "manager", NOW);

        assertThatThrownBy(() -> program.moveTo(ProgramState.ENROLLING, "manager", NOW))
                .isInstanceOfSatisfying(IncompleteProgramException.class, e -> {
                    assertThat(e.code()).isEqualTo("program.incomplete");
                    assertThat(e.missing()).extracting(FieldProblem::field)
                            .containsExactly("startDate", "endDate", "objectives");
                });
        assertThat(program.state()).isEqualTo(ProgramState.DRAFT);
    }

    @Test
    void leavingDraftReportsOnlyWhatIsMissing() {
        ProgramDraft noEnd = new ProgramDraft("Pilot", "Try it out.", List.of(ObjectiveChoice.of(Objective.INNOVATION)),
                List.of(), LocalDate.of(2026, 1, 1), null, Cadence.MONTHLY, 1, null);
        Program program = Program.draft(noEnd, null, "manager", NOW);

        assertThatThrownBy(() -> program.moveTo(ProgramState.ENROLLING, "manager", NOW))
                .isInstanceOfSatisfying(IncompleteProgramException.class,
                        e -> assertThat(e.missing()).extracting(FieldProblem::field).containsExactly("endDate"));
    }

    @Test
    void aClosedProgramRefusesEdits() {
        Program program = programIn(ProgramState.CLOSED);

        assertThatThrownBy(() -> program.edit(complete(), "manager", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("program.closed"));
    }

    @Test
    void aRunningProgramCanStillBeEdited() {
        Program program = programIn(ProgramState.RUNNING);
        ProgramDraft changed = new ProgramDraft("Renamed", "New purpose", complete().objectives(), List.of("One topic"),
                complete().startDate(), complete().endDate(), Cadence.WEEKLY, 3, null);

        program.edit(changed, "other", NOW.plusSeconds(5));

        assertThat(program.content()).usingRecursiveComparison().ignoringFields("templateCode").isEqualTo(changed);
        assertThat(program.content().templateCode()).as("where it started stays on record").isEqualTo("digital-leaders");
        assertThat(program.updatedBy()).isEqualTo("other");
        assertThat(program.state()).isEqualTo(ProgramState.RUNNING);
    }

    @Test
    void aCopyKeepsTheIntentButNotTheDates() {
        Program source = programIn(ProgramState.CLOSED);

        ProgramDraft copy = source.copyDraft("Digital fluency 2026 (copy)");

        assertThat(copy.name()).isEqualTo("Digital fluency 2026 (copy)");
        assertThat(copy.purpose()).isEqualTo(complete().purpose());
        assertThat(copy.objectives()).isEqualTo(complete().objectives());
        assertThat(copy.focusTopics()).isEqualTo(complete().focusTopics());
        assertThat(copy.cadence()).isEqualTo(Cadence.FORTNIGHTLY);
        assertThat(copy.mentorCapacity()).isEqualTo(2);
        assertThat(copy.startDate()).isNull();
        assertThat(copy.endDate()).isNull();

        Program copied = Program.draft(copy, 41L, "manager", NOW);
        assertThat(copied.state()).isEqualTo(ProgramState.DRAFT);
        assertThat(copied.copiedFromId()).isEqualTo(41L);
        assertThat(copied.content()).isEqualTo(copy);
    }

    /** The legal moves written out independently of the production code. */
    static final class ProgramStateLegal {
        static boolean is(ProgramState from, ProgramState to) {
            return (from == ProgramState.DRAFT && to == ProgramState.ENROLLING)
                    || (from == ProgramState.ENROLLING && to == ProgramState.MATCHING)
                    || (from == ProgramState.MATCHING && to == ProgramState.ENROLLING)
                    || (from == ProgramState.MATCHING && to == ProgramState.RUNNING)
                    || (from == ProgramState.RUNNING && to == ProgramState.CLOSED);
        }
    }
}
