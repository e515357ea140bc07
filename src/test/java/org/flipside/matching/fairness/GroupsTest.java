package org.flipside.matching.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small groups are withheld, and so are shown groups whose figures would let a reader subtract their way to them. */
class GroupsTest {

    @Test
    void aGroupOfFiveIsShownWithItsRateAverageAndMedian() {
        List<Groups.Outcome> people = new ArrayList<>();
        people.addAll(group("Sales", 4, 800));
        people.add(new Groups.Outcome(Map.of("d", "Sales"), false, 0));
        people.addAll(group("Legal", 6, 500));

        assertThat(Groups.of(people, o -> o.attributes().get("d"))).containsExactly(
                new GroupFigures("Legal", false, 6, 6, 100, 50.0, 50.0),
                new GroupFigures("Sales", false, 5, 4, 80, 80.0, 80.0));
    }

    @Test
    void oneSmallGroupAlsoWithholdsTheSmallestShownGroupSoThatSubtractionRevealsNoOne() {
        List<Groups.Outcome> people = new ArrayList<>();
        people.addAll(group("Sales", 6, 700));
        people.addAll(group("Legal", 5, 600));
        people.addAll(group("Board", 1, 900));

        List<GroupFigures> figures = Groups.of(people, o -> o.attributes().get("d"));

        assertThat(figures).extracting(GroupFigures::group, GroupFigures::withheld).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Board", true),
                org.assertj.core.groups.Tuple.tuple("Legal", true),
                org.assertj.core.groups.Tuple.tuple("Sales", false));
        assertThat(figures.get(0)).isEqualTo(GroupFigures.withheld("Board"));
    }

    @Test
    void withheldGroupsThatTogetherHoldFiveOrMoreNeedNoFurtherWithholding() {
        List<Groups.Outcome> people = new ArrayList<>();
        people.addAll(group("Sales", 5, 700));
        people.addAll(group("Legal", 3, 600));
        people.addAll(group("Board", 2, 900));

        assertThat(Groups.of(people, o -> o.attributes().get("d"))).extracting(GroupFigures::withheld)
                .containsExactly(true, true, false);
    }

    @Test
    void theMedianOfAnEvenGroupIsTheMeanOfTheMiddleTwo() {
        List<Groups.Outcome> people = new ArrayList<>();
        for (int score : new int[] {100, 300, 500, 900, 950, 990}) {
            people.add(new Groups.Outcome(Map.of("d", "All"), true, score));
        }
        assertThat(Groups.of(people, o -> o.attributes().get("d"))).singleElement()
                .extracting(GroupFigures::medianScore, GroupFigures::averageScore).containsExactly(70.0, 62.3);
    }

    private static List<Groups.Outcome> group(String name, int size, int score) {
        List<Groups.Outcome> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add(new Groups.Outcome(Map.of("d", name), true, score));
        }
        return people;
    }
}
