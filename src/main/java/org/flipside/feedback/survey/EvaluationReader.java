package org.flipside.feedback.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flipside.feedback.EvaluationResults;
import org.flipside.feedback.survey.SmallGroupRule.Verdict;
import org.flipside.feedback.survey.SurveyResponseStore.Stored;
import org.flipside.feedback.survey.SurveyStore.SurveyRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EvaluationResults} from the same figures and small-group rule as the managers' results page, over every
 * response of the survey; free-text questions are left out altogether.
 */
@Component
@Transactional(readOnly = true)
class EvaluationReader implements EvaluationResults {

    private final SurveyStore surveys;
    private final SurveyResponseStore responses;

    EvaluationReader(SurveyStore surveys, SurveyResponseStore responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @Override
    public Optional<Evaluation> of(long programId) {
        Optional<SurveyRow> found = surveys.ofProgram(programId).stream()
                .filter(s -> s.trigger() == SurveyTrigger.PROGRAM_END).max(Comparator.comparingLong(SurveyRow::id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SurveyRow survey = found.get();
        List<Stored> all = responses.ofSurvey(survey.id());
        if (SmallGroupRule.judge(all, r -> true, List.of()) != Verdict.SHOWN) {
            return Optional.of(new Evaluation(survey.id(), survey.title(), survey.anonymous(), null, true, List.of()));
        }
        List<SurveyQuestion> closed = surveys.allQuestions(survey.id()).stream()
                .filter(q -> q.kind() != QuestionKind.FREE_TEXT).toList();
        List<String> seen = new ArrayList<>();
        List<QuestionFigures> questions = new ArrayList<>();
        for (SurveyQuestion question : closed) {
            String identity = ResultMath.identity(question);
            if (seen.contains(identity)) {
                continue;
            }
            seen.add(identity);
            Set<Long> ids = ResultMath.ids(closed.stream().filter(q -> ResultMath.identity(q).equals(identity))
                    .toList());
            questions.add(figures(ResultMath.of(question, ids, all, List.of())));
        }
        return Optional.of(new Evaluation(survey.id(), survey.title(), survey.anonymous(),
                SmallGroupRule.count(all, r -> true, List.of()), false, questions));
    }

    private static QuestionFigures figures(QuestionResult result) {
        boolean withheld = result.withheld() != null;
        List<Choice> choices = withheld || !result.kind().choice() ? List.of()
                : result.distribution().stream().map(b -> new Choice(b.label(), b.count())).toList();
        return new QuestionFigures(result.section(), result.kind().name(), result.text(), result.answered(),
                result.mean(), result.nps(), choices, withheld);
    }
}
