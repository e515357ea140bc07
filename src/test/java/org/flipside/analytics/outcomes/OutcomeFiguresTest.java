package org.flipside.analytics.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.analytics.comparison.ComparisonGroup;
import org.flipside.pairing.AssessmentResult;
import org.flipside.pairing.AssessmentResult.ItemResult;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;

class OutcomeFiguresTest {

    static final LocalDate START = LocalDate.of(2025, 1, 15);

    @Test
    void beforeTwelveMonthsTheFiguresCoverTheMonthsSoFar() {
        assertThat(OutcomeFigures.measuredOn(START, START.plusMonths(7).plusDays(3)))
                .isEqualTo(START.plusMonths(7).plusDays(3));
        assertThat(OutcomeFigures.monthsElapsed(START, START.plusMonths(7).plusDays(3))).isEqualTo(7);
        assertThat(OutcomeFigures.measuredOn(START, START.plusYears(3))).isEqualTo(START.plusMonths(12));
        assertThat(OutcomeFigures.measuredOn(START, START.minusDays(3))).isEqualTo(START);
    }

    @Test
    void aLeaverOrAPromotionAfterTheTwelveMonthsDoesNotCountButOneSoFarDoes() {
        Map<String, EmploymentHistory> people = new HashMap<>();
        List<ComparisonGroup.Pairing> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.put("p" + i, active("p" + i));
            people.put("c" + i, active("c" + i));
            members.add(new ComparisonGroup.Pairing(i, Side.MENTOR, "p" + i, "c" + i));
        }
        people.put("p0", left("p0", START.plusMonths(13)));
        people.put("c0", left("c0", START.plusMonths(4)));
        people.put("p1", promoted("p1", START.plusMonths(14)));
        people.put("c1", promoted("c1", START.plusMonths(2)));
        ComparisonGroup group = new ComparisonGroup(1, START, 5, START.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                0, 0, members);

        SideOutcomes mentors = OutcomeFigures.sides(group, people, START.plusYears(2)).get(0);

        assertThat(mentors.participantRetention()).isEqualTo(new Figure(5, 5, 100, false));
        assertThat(mentors.comparisonRetention()).isEqualTo(new Figure(5, 4, 80, false));
        assertThat(mentors.participantPromotion()).isEqualTo(new Figure(5, 0, 0, false));
        assertThat(mentors.comparisonPromotion()).isEqualTo(new Figure(5, 1, 20, false));

        SideOutcomes soFar = OutcomeFigures.sides(group, people, START.plusMonths(3)).get(0);
        assertThat(soFar.comparisonRetention()).isEqualTo(new Figure(5, 5, 100, false));
        assertThat(soFar.comparisonPromotion()).isEqualTo(new Figure(5, 1, 20, false));
        SideOutcomes mentees = OutcomeFigures.sides(group, people, START.plusMonths(3)).get(1);
        assertThat(mentees.participantRetention()).isEqualTo(new Figure(0, null, null, true));
    }

    @Test
    void learningIsTheMeanBeforeAndAfterOverThoseWhoGaveBothAndSmallGroupsAreWithheld() {
        List<AssessmentResult> results = new ArrayList<>();
        int[][] mentorRatings = {{1, 3}, {2, 4}, {2, 3}, {3, 5}, {2, 2}};
        for (int i = 0; i < mentorRatings.length; i++) {
            results.add(new AssessmentResult(i, Side.MENTOR, i, List.of(
                    new ItemResult("growth:voice", "Speaking up", mentorRatings[i][0], mentorRatings[i][1]))));
        }
        for (int i = 0; i < 5; i++) {
            results.add(new AssessmentResult(i, Side.MENTEE, 10 + i, List.of(
                    new ItemResult("skill:ai", "AI tools", 2, i < 4 ? 4 : null))));
        }

        List<LearningRow> rows = OutcomeFigures.learning(results);

        assertThat(rows).containsExactly(
                new LearningRow(Side.MENTOR, "growth:voice", "Speaking up", 5, 2.0, 3.4, false),
                new LearningRow(Side.MENTEE, "skill:ai", "AI tools", 4, null, null, true));
    }

    static EmploymentHistory active(String number) {
        return new EmploymentHistory(number, "Ops", 3, START.minusYears(2), EmploymentStatus.ACTIVE, null, List.of());
    }

    static EmploymentHistory left(String number, LocalDate day) {
        return new EmploymentHistory(number, "Ops", 3, START.minusYears(2), EmploymentStatus.LEAVER, day, List.of());
    }

    static EmploymentHistory promoted(String number, LocalDate day) {
        return new EmploymentHistory(number, "Ops", 4, START.minusYears(2), EmploymentStatus.ACTIVE, null,
                List.of(new LevelChange(number, 3, 4, day)));
    }
}
