package org.flipside.program.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private static ProgramDraft valid() {
        return ProgramLifecycleTest.complete();
    }

    private static ProgramDraft with(String name, String purpose, List<ObjectiveChoice> objectives, List<String> topics,
                                     LocalDate start, LocalDate end, Cadence cadence, Integer capacity) {
        return new ProgramDraft(name, purpose, objectives, topics, start, end, cadence, capacity, null);
    }

    private static List<String> codes(ProgramDraft draft, boolean complete) {
        return ProgramRules.check(ProgramRules.normalise(draft), complete).stream()
                .map(problem -> problem.field() + ":" + problem.code()).toList();
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(codes(valid(), true)).isEmpty();
    }

    @Test
    void aDraftNeedsNoDatesOrObjectivesUntilItMustBeComplete() {
        ProgramDraft bare = with("Pilot", "Try it", List.of(), List.of(), null, null, Cadence.MONTHLY, 1);
        assertThat(codes(bare, false)).isEmpty();
        assertThat(codes(bare, true)).containsExactly("startDate:program.startDate.required",
                "endDate:program.endDate.required", "objectives:program.objectives.required");
    }

    @Test
    void nameIsRequiredAndAtMost200Characters() {
        ProgramDraft d = valid();
        assertThat(codes(with("   ", d.purpose(), d.objectives(), d.focusTopics(), null, null, d.cadence(), 1), false))
                .containsExactly("name:program.name.required");
        assertThat(codes(with(null, d.purpose(), d.objectives(), d.focusTopics(), null, null, d.cadence(), 1), false))
                .containsExactly("name:program.name.required");
        assertThat(codes(with("n".repeat(200), d.purpose(), d.objectives(), d.focusTopics(), null, null, d.cadence(), 1), false))
                .isEmpty();
        List<FieldProblem> tooLong = ProgramRules.check(
                with("n".repeat(201), d.purpose(), d.objectives(), d.focusTopics(), null, null, d.cadence(), 1), false);
        assertThat(tooLong).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("program.name.tooLong");
            assertThat(problem.arguments()).containsExactly(200, 201);
        });
    }

    @Test
    void purposeIsRequiredAndAtMost4000Characters() {
        ProgramDraft d = valid();
        assertThat(codes(with(d.name(), "", d.objectives(), d.focusTopics(), null, null, d.cadence(), 1), false))
                .containsExactly("purpose:program.purpose.required");
        assertThat(codes(with(d.name(), "p".repeat(4000), d.objectives(), d.focusTopics(), null, null, d.cadence(), 1), false))
                .isEmpty();
        assertThat(codes(with(d.name(), "p".repeat(4001), d.objectives(), d.focusTopics(), null, null, d.cadence(), 1), false))
                .containsExactly("purpose:program.purpose.tooLong");
    }

    @Test
    void objectivesMayNotRepeatFromTheCatalogue() {
        List<ObjectiveChoice> twice = List.of(ObjectiveChoice.of(Objective.INNOVATION), ObjectiveChoice.of(Objective.INNOVATION));
        assertThat(codes(with("n", "p", twice, List.of(), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("objectives:program.objective.duplicate");
    }

    @Test
    void customObjectivesMayNotRepeatIgnoringCase() {
        List<ObjectiveChoice> twice = List.of(ObjectiveChoice.custom("Learn TikTok"), ObjectiveChoice.custom(" learn tiktok "));
        assertThat(codes(with("n", "p", twice, List.of(), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("customObjectives:program.customObjective.duplicate");
    }

    @Test
    void customObjectivesAreAtMost300CharactersAndNotEmpty() {
        assertThat(codes(with("n", "p", List.of(ObjectiveChoice.custom("x".repeat(300))), List.of(), null, null, Cadence.WEEKLY, 1), false))
                .isEmpty();
        assertThat(codes(with("n", "p", List.of(ObjectiveChoice.custom("x".repeat(301))), List.of(), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("customObjectives:program.customObjective.tooLong");
        assertThat(codes(with("n", "p", List.of(ObjectiveChoice.custom("  ")), List.of(), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("customObjectives:program.customObjective.empty");
    }

    @Test
    void anObjectiveIsEitherFromTheCatalogueOrCustom() {
        List<ObjectiveChoice> both = List.of(new ObjectiveChoice(Objective.INNOVATION, "and my own"));
        List<ObjectiveChoice> neither = new ArrayList<>(Arrays.asList(new ObjectiveChoice(null, null), null));
        assertThat(codes(with("n", "p", both, List.of(), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("objectives:program.objective.invalid");
        assertThat(codes(with("n", "p", neither, List.of(), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("objectives:program.objective.invalid", "objectives:program.objective.invalid");
    }

    @Test
    void atMostTwentyObjectives() {
        List<ObjectiveChoice> many = IntStream.rangeClosed(1, 21).mapToObj(i -> ObjectiveChoice.custom("Objective " + i)).toList();
        assertThat(codes(with("n", "p", many, List.of(), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("objectives:program.objectives.tooMany");
        assertThat(codes(with("n", "p", many.subList(0, 20), List.of(), null, null, Cadence.WEEKLY, 1), false)).isEmpty();
    }

    @Test
    void focusTopicsAreShortUniqueIgnoringCaseAndAtMostThirty() {
        assertThat(codes(with("n", "p", List.of(), List.of("t".repeat(100)), null, null, Cadence.WEEKLY, 1), false)).isEmpty();
        assertThat(codes(with("n", "p", List.of(), List.of("t".repeat(101)), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("focusTopics:program.focusTopic.tooLong");
        assertThat(codes(with("n", "p", List.of(), List.of("AI", "ai"), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("focusTopics:program.focusTopic.duplicate");
        assertThat(codes(with("n", "p", List.of(), List.of(" "), null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("focusTopics:program.focusTopic.empty");
        List<String> thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> "Topic " + i).toList();
        List<String> thirtyOne = IntStream.rangeClosed(1, 31).mapToObj(i -> "Topic " + i).toList();
        assertThat(codes(with("n", "p", List.of(), thirty, null, null, Cadence.WEEKLY, 1), false)).isEmpty();
        assertThat(codes(with("n", "p", List.of(), thirtyOne, null, null, Cadence.WEEKLY, 1), false))
                .containsExactly("focusTopics:program.focusTopics.tooMany");
    }

    @Test
    void theEndComesAfterTheStart() {
        assertThat(codes(with("n", "p", List.of(), List.of(), START, START, Cadence.WEEKLY, 1), false))
                .containsExactly("endDate:program.endDate.notAfterStart");
        assertThat(codes(with("n", "p", List.of(), List.of(), START, START.minusDays(1), Cadence.WEEKLY, 1), false))
                .containsExactly("endDate:program.endDate.notAfterStart");
        assertThat(codes(with("n", "p", List.of(), List.of(), START, START.plusDays(1), Cadence.WEEKLY, 1), false)).isEmpty();
    }

    @Test
    void cadenceIsRequired() {
        assertThat(codes(with("n", "p", List.of(), List.of(), null, null, null, 1), false))
                .containsExactly("cadence:program.cadence.required");
    }

    @Test
    void capacityIsOneToFive() {
        assertThat(codes(with("n", "p", List.of(), List.of(), null, null, Cadence.WEEKLY, null), false))
                .containsExactly("mentorCapacity:program.mentorCapacity.required");
        assertThat(codes(with("n", "p", List.of(), List.of(), null, null, Cadence.WEEKLY, 0), false))
                .containsExactly("mentorCapacity:program.mentorCapacity.range");
        assertThat(codes(with("n", "p", List.of(), List.of(), null, null, Cadence.WEEKLY, 6), false))
                .containsExactly("mentorCapacity:program.mentorCapacity.range");
        assertThat(codes(with("n", "p", List.of(), List.of(), null, null, Cadence.WEEKLY, 1), false)).isEmpty();
        assertThat(codes(with("n", "p", List.of(), List.of(), null, null, Cadence.WEEKLY, 5), false)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ProgramDraft bad = with("", "", List.of(ObjectiveChoice.custom("")), List.of("a", "A"), START, START, null, 9);
        assertThat(codes(bad, true)).containsExactly(
                "name:program.name.required", "purpose:program.purpose.required",
                "customObjectives:program.customObjective.empty", "focusTopics:program.focusTopic.duplicate",
                "endDate:program.endDate.notAfterStart", "cadence:program.cadence.required",
                "mentorCapacity:program.mentorCapacity.range");
    }

    @Test
    void normaliseTrimsWhatPeopleType() {
        ProgramDraft messy = new ProgramDraft("  Pilot ", " Why \n", List.of(ObjectiveChoice.custom("  Mine  ")),
                List.of("  AI  "), null, null, Cadence.WEEKLY, 1, " digital-leaders ");
        ProgramDraft clean = ProgramRules.normalise(messy);
        assertThat(clean.name()).isEqualTo("Pilot");
        assertThat(clean.purpose()).isEqualTo("Why");
        assertThat(clean.objectives()).containsExactly(ObjectiveChoice.custom("Mine"));
        assertThat(clean.focusTopics()).containsExactly("AI");
        assertThat(clean.templateCode()).isEqualTo("digital-leaders");
    }
}
