package org.flipside.analytics.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;

class ComparisonChoiceTest {

    static final LocalDate START = LocalDate.of(2025, 3, 1);

    @Test
    void everyoneChosenHasTheParticipantsDepartmentGradeAndTenureBandAndIsChosenOnce() {
        List<EmploymentHistory> candidates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            candidates.add(person("ops" + i, "Ops", 3, START.minusYears(2)));
            candidates.add(person("fin" + i, "Finance", 3, START.minusYears(2)));
            candidates.add(person("old" + i, "Ops", 3, START.minusYears(7)));
            candidates.add(person("g4-" + i, "Ops", 4, START.minusYears(2)));
        }
        List<ComparisonChoice.Participant> participants = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            participants.add(participant(i, Side.MENTOR, person("p" + i, "Ops", 3, START.minusYears(1).minusDays(i))));
        }

        ComparisonChoice.Result result = ComparisonChoice.choose(participants, candidates, Set.of(), START, 42);

        assertThat(result.members()).hasSize(8).allSatisfy(m -> assertThat(m.comparisonNumber()).startsWith("ops"));
        assertThat(new HashSet<>(result.members().stream().map(ComparisonChoice.Member::comparisonNumber).toList()))
                .hasSize(8);
        assertThat(result.unmatched()).isEqualTo(Map.of(Side.MENTOR, 0, Side.MENTEE, 0));
    }

    @Test
    void participantsWithoutAFittingPersonAreCountedAsUnmatchedPerSide() {
        List<EmploymentHistory> candidates = List.of(person("c1", "Ops", 9, START.minusYears(12)),
                person("c2", "Ops", 9, START.minusYears(12)));
        List<ComparisonChoice.Participant> participants = List.of(
                participant(1, Side.MENTEE, person("s1", "Ops", 9, START.minusYears(11))),
                participant(2, Side.MENTEE, person("s2", "Ops", 9, START.minusYears(15))),
                participant(3, Side.MENTEE, person("s3", "Ops", 9, START.minusYears(20))),
                participant(4, Side.MENTOR, person("j1", "Ops", 2, START.minusMonths(3))),
                new ComparisonChoice.Participant(5, Side.MENTOR, "gone", null));

        ComparisonChoice.Result result = ComparisonChoice.choose(participants, candidates, Set.of(), START, 7);

        assertThat(result.members().stream().filter(m -> m.comparisonNumber() != null)).hasSize(2);
        assertThat(result.unmatched()).isEqualTo(Map.of(Side.MENTEE, 1, Side.MENTOR, 2));
    }

    @Test
    void nobodyInTheProgramNorAnyoneNotWorkingHereOnTheStartDayIsChosen() {
        List<EmploymentHistory> candidates = List.of(
                person("invited", "Ops", 3, START.minusYears(2)),
                new EmploymentHistory("left", "Ops", 3, START.minusYears(2), EmploymentStatus.LEAVER,
                        START.minusDays(1), List.of()),
                person("later", "Ops", 3, START.plusDays(1)),
                new EmploymentHistory("leftAfter", "Ops", 3, START.minusYears(2), EmploymentStatus.LEAVER,
                        START.plusMonths(2), List.of()));
        List<ComparisonChoice.Participant> participants = List.of(
                participant(1, Side.MENTOR, person("p1", "Ops", 3, START.minusYears(2))),
                participant(2, Side.MENTOR, person("p2", "Ops", 3, START.minusYears(2))));

        ComparisonChoice.Result result = ComparisonChoice.choose(participants, candidates, Set.of("invited", "p1", "p2"),
                START, 1);

        assertThat(result.members()).extracting(ComparisonChoice.Member::comparisonNumber)
                .containsExactlyInAnyOrder("leftAfter", null);
    }

    @Test
    void theGradeIsTheGradeOnTheStartDay() {
        EmploymentHistory promotedSince = new EmploymentHistory("since", "Ops", 4, START.minusYears(2),
                EmploymentStatus.ACTIVE, null, List.of(new LevelChange("since", 3, 4, START.plusMonths(1))));
        List<ComparisonChoice.Participant> participants = List.of(
                participant(1, Side.MENTOR, person("p1", "Ops", 3, START.minusYears(2))));

        ComparisonChoice.Result result = ComparisonChoice.choose(participants, List.of(promotedSince,
                person("four", "Ops", 4, START.minusYears(2))), Set.of(), START, 3);

        assertThat(result.members().get(0).comparisonNumber()).isEqualTo("since");
    }

    @Test
    void theSeedDecidesTheChoice() {
        List<EmploymentHistory> candidates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            candidates.add(person("c" + i, "Ops", 3, START.minusYears(2)));
        }
        List<ComparisonChoice.Participant> participants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            participants.add(participant(i, Side.MENTOR, person("p" + i, "Ops", 3, START.minusYears(2))));
        }

        List<String> first = chosen(ComparisonChoice.choose(participants, candidates, Set.of(), START, 99));
        List<EmploymentHistory> reversed = new ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        List<String> again = chosen(ComparisonChoice.choose(participants, reversed, Set.of(), START, 99));
        List<String> other = chosen(ComparisonChoice.choose(participants, candidates, Set.of(), START, 100));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    private static List<String> chosen(ComparisonChoice.Result result) {
        return result.members().stream().map(ComparisonChoice.Member::comparisonNumber).filter(Objects::nonNull)
                .toList();
    }

    static EmploymentHistory person(String number, String department, int grade, LocalDate hired) {
        return new EmploymentHistory(number, department, grade, hired, EmploymentStatus.ACTIVE, null, List.of());
    }

    static ComparisonChoice.Participant participant(long id, Side side, EmploymentHistory person) {
        return new ComparisonChoice.Participant(id, side, person.employeeNumber(), person);
    }
}
