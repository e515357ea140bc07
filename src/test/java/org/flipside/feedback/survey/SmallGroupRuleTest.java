package org.flipside.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.flipside.feedback.survey.SurveyResponseStore.Stored;
import org.flipside.feedback.survey.SmallGroupRule.Verdict;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;

/** The small-group rule over combined filters of a named survey: small groups and small differences are withheld. */
class SmallGroupRuleTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 8);

    @Test
    void aGroupBelowTheMinimumIsWithheldAndOneAtItIsShown() {
        List<Stored> responses = responses(4, Side.MENTOR, "Sales", MAY);
        assertThat(judge(responses, ResultFilter.NONE)).isEqualTo(Verdict.SMALL);
        responses.addAll(responses(1, Side.MENTOR, "Sales", MAY));
        assertThat(judge(responses, ResultFilter.NONE)).isEqualTo(Verdict.SHOWN);
    }

    @Test
    void aFilterWhoseDifferenceFromAnyWiderViewIsSmallIsWithheld() {
        List<Stored> responses = responses(5, Side.MENTOR, "Sales", MAY);
        responses.addAll(responses(5, Side.MENTEE, "Sales", MAY));
        responses.addAll(responses(1, Side.MENTEE, "Legal", MAY));

        assertThat(judge(responses, new ResultFilter(Side.MENTOR, null, null))).isEqualTo(Verdict.SHOWN);
        assertThat(judge(responses, new ResultFilter(null, null, "Sales"))).isEqualTo(Verdict.COMPLEMENT);
        // Mentees in Sales (5) against all mentees (6): the one mentee from Legal would show.
        assertThat(judge(responses, new ResultFilter(Side.MENTEE, null, "Sales"))).isEqualTo(Verdict.COMPLEMENT);
        assertThat(judge(responses, new ResultFilter(Side.MENTEE, null, "Legal"))).isEqualTo(Verdict.SMALL);
    }

    @Test
    void aMonthThatIsTheWholeGroupIsShownAndOneLeavingASmallRestIsNot() {
        List<Stored> responses = responses(6, Side.MENTOR, "Sales", MAY);
        YearMonth may = YearMonth.from(MAY);
        assertThat(judge(responses, new ResultFilter(null, may, null))).isEqualTo(Verdict.SHOWN);
        responses.addAll(responses(2, Side.MENTOR, "Sales", JUNE));
        assertThat(judge(responses, new ResultFilter(null, may, null))).isEqualTo(Verdict.COMPLEMENT);
        assertThat(judge(responses, new ResultFilter(null, YearMonth.from(JUNE), null))).isEqualTo(Verdict.SMALL);
    }

    private static Verdict judge(List<Stored> responses, ResultFilter filter) {
        Predicate<Stored> all = r -> true;
        return SmallGroupRule.judge(responses, all, filter.tests());
    }

    private static List<Stored> responses(int count, Side side, String department, LocalDate openedOn) {
        List<Stored> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(new Stored(java.util.UUID.randomUUID().toString(), openedOn, side, department, Map.of()));
        }
        return made;
    }
}
