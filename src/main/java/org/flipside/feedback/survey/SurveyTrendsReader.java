package org.flipside.feedback.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.flipside.feedback.SurveyTrends;
import org.flipside.feedback.survey.SurveyResponseStore.Stored;
import org.flipside.feedback.survey.SmallGroupRule.Verdict;
import org.flipside.feedback.survey.SurveyStore.SurveyRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link SurveyTrends} from the same figures and the same small-group rule as the managers' results page. */
@Component
@Transactional(readOnly = true)
class SurveyTrendsReader implements SurveyTrends {

    private final SurveyStore surveys;
    private final SurveyResponseStore responses;

    SurveyTrendsReader(SurveyStore surveys, SurveyResponseStore responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @Override
    public List<SurveyTrend> of(long programId) {
        List<SurveyTrend> trends = new ArrayList<>();
        for (SurveyRow survey : surveys.ofProgram(programId)) {
            List<Stored> all = responses.ofSurvey(survey.id());
            List<SurveyQuestion> scales = surveys.allQuestions(survey.id()).stream()
                    .filter(q -> q.kind().scale()).toList();
            List<Point> points = all.stream().map(r -> YearMonth.from(r.openedOn())).distinct().sorted()
                    .map(month -> point(month, all, scales)).toList();
            trends.add(new SurveyTrend(survey.id(), survey.title(), survey.trigger().name(), survey.anonymous(),
                    points));
        }
        return trends;
    }

    private static Point point(YearMonth month, List<Stored> all, List<SurveyQuestion> scales) {
        List<Predicate<Stored>> tests = new ResultFilter(null, month, null).tests();
        if (SmallGroupRule.judge(all, r -> true, tests) != Verdict.SHOWN) {
            return new Point(month, true, null, List.of());
        }
        List<Figure> figures = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SurveyQuestion question : scales) {
            String identity = ResultMath.identity(question);
            if (seen.contains(identity)) {
                continue;
            }
            seen.add(identity);
            Set<Long> ids = ResultMath.ids(scales.stream()
                    .filter(q -> ResultMath.identity(q).equals(identity)).toList());
            QuestionResult result = ResultMath.of(question, ids, all, tests);
            if (result.withheld() == null) {
                figures.add(new Figure(question.text(), question.kind().name(), result.mean(), result.nps()));
            }
        }
        return new Point(month, false, SmallGroupRule.count(all, r -> true, tests), figures);
    }
}
