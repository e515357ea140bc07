package org.flipside.feedback.survey;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.flipside.feedback.survey.SurveyResponseStore.Stored;
import org.flipside.feedback.survey.SmallGroupRule.Verdict;
import org.flipside.feedback.survey.SurveyStore.SurveyRow;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.snapshot.SnapshotCache;
import org.flipside.shared.snapshot.Snapshots;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results for the program's managers only (everyone else gets 404; sponsors and administrators see survey
 * figures only as the aggregates of {@link org.flipside.feedback.SurveyTrends}). Every figure, of the whole view and
 * of each question, passes {@link SmallGroupRule}; free text of an anonymous survey appears only with its group.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    private final SurveySetup setup;
    private final SurveyStore surveys;
    private final SurveyResponseStore responses;
    private final Clock clock;
    private final SnapshotCache<Reading, SurveyResultView> readings;

    SurveyResults(SurveySetup setup, SurveyStore surveys, SurveyResponseStore responses, Clock clock,
                  Snapshots snapshots) {
        this.setup = setup;
        this.surveys = surveys;
        this.responses = responses;
        this.clock = clock;
        this.readings = snapshots.cache(5_000, this::read);
    }

    public SurveyResultView of(long programId, long surveyId, ResultFilter filter) {
        SurveyRow survey = setup.managed(programId, surveyId);
        if (survey.anonymous() && filter.department() != null) {
            throw new InvalidInputException(FieldProblem.of("department", "survey.results.department.anonymous",
                    "An anonymous survey keeps no departments; remove that filter."));
        }
        return readings.get(new Reading(survey, filter)).value();
    }

    /** Every answer of the survey is weighed for each view, so one reading per view serves for a minute. */
    private SurveyResultView read(Reading reading) {
        SurveyRow survey = reading.survey();
        long surveyId = survey.id();
        long programId = survey.programId();
        ResultFilter filter = reading.filter();
        List<Stored> all = responses.ofSurvey(surveyId);
        List<Predicate<Stored>> tests = filter.tests();
        List<String> departments = survey.anonymous() ? List.of() : all.stream().map(Stored::department)
                .filter(Objects::nonNull).distinct().sorted().toList();
        List<YearMonth> months = all.stream().map(r -> YearMonth.from(r.openedOn())).distinct().sorted().toList();
        Verdict verdict = SmallGroupRule.judge(all, r -> true, tests);
        if (verdict != Verdict.SHOWN) {
            return new SurveyResultView(surveyId, programId, survey.title(), survey.anonymous(), filter, null,
                    verdict.name(), ResultMath.withheld(verdict), List.of(), departments, months, clock.instant());
        }
        Map<String, List<SurveyQuestion>> byIdentity = new LinkedHashMap<>();
        for (SurveyQuestion question : surveys.allQuestions(surveyId)) {
            byIdentity.computeIfAbsent(ResultMath.identity(question), k -> new ArrayList<>()).add(question);
        }
        List<QuestionResult> questions = byIdentity.values().stream()
                .map(versions -> ResultMath.of(versions.get(0), ResultMath.ids(versions), all, tests))
                .toList();
        return new SurveyResultView(surveyId, programId, survey.title(), survey.anonymous(), filter,
                SmallGroupRule.count(all, r -> true, tests), null, null, questions, departments, months,
                clock.instant());
    }

    /** A survey as its managers set it (a new version makes a new key) and the view asked for. */
    private record Reading(SurveyRow survey, ResultFilter filter) {
    }
}
