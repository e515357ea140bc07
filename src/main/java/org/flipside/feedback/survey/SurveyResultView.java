package org.flipside.feedback.survey;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A survey's results for its program's managers, in the view the filter asks for. {@code withheld} (a plain
 * sentence, with {@code withheldReason} SMALL or COMPLEMENT) replaces every figure when the view covers too few
 * people; then {@code respondents} is null too.
 *
 * @param departments the departments a named survey's results can be filtered by (empty for anonymous surveys)
 * @param months      the months in which instances were opened
 */
public record SurveyResultView(long surveyId, long programId, String title, boolean anonymous, ResultFilter filter,
                               Long respondents, String withheldReason, String withheld,
                               List<QuestionResult> questions, List<String> departments, List<YearMonth> months,
                               Instant asOf) {

    public SurveyResultView {
        questions = List.copyOf(questions);
        departments = List.copyOf(departments);
        months = List.copyOf(months);
    }
}
