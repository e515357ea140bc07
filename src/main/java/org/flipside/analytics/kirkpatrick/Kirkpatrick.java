package org.flipside.analytics.kirkpatrick;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.analytics.kirkpatrick.KirkpatrickView.GoalLine;
import org.flipside.analytics.kirkpatrick.KirkpatrickView.SurveyState;
import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.OutcomesReports;
import org.flipside.feedback.EvaluationResults;
import org.flipside.feedback.EvaluationResults.Evaluation;
import org.flipside.feedback.EvaluationResults.QuestionFigures;
import org.flipside.insights.InsightFigures;
import org.flipside.pairing.GoalFigures;
import org.flipside.program.Side;
import org.flipside.shared.privacy.SmallGroups;
import org.flipside.shared.snapshot.SnapshotCache;
import org.flipside.shared.snapshot.Snapshots;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a program's evaluation together. Who may read it is who may read its outcomes report (the program's
 * managers, administrators, sponsors; {@link OutcomesReports#of} answers 404 to anyone else), and it is asked first.
 * The survey's sections are those of the final evaluation template: Reaction, Learning, Behaviour, Results.
 */
@Service
@Transactional(readOnly = true)
public class Kirkpatrick {

    static final String REACTION = "Reaction";
    static final String LEARNING = "Learning";
    static final String BEHAVIOUR = "Behaviour";
    static final String RESULTS = "Results";

    private final OutcomesReports reports;
    private final EvaluationResults evaluations;
    private final GoalFigures goals;
    private final InsightFigures insights;
    private final Clock clock;
    private final SnapshotCache<Long, KirkpatrickView> readings;

    Kirkpatrick(OutcomesReports reports, EvaluationResults evaluations, GoalFigures goals, InsightFigures insights,
                Clock clock, Snapshots snapshots) {
        this.reports = reports;
        this.evaluations = evaluations;
        this.goals = goals;
        this.insights = insights;
        this.clock = clock;
        this.readings = snapshots.cache(1_000, this::read);
    }

    /** The four levels as last read; the outcomes report decides who may read them. */
    public KirkpatrickView of(long programId) {
        reports.of(programId);
        return readings.get(programId).value();
    }

    private KirkpatrickView read(long programId) {
        OutcomesReport report = reports.of(programId);
        Optional<Evaluation> found = evaluations.of(programId);
        SurveyState survey = found.map(e -> new SurveyState(true, e.title(), e.respondents(), e.withheld()))
                .orElse(new SurveyState(false, null, null, false));
        return new KirkpatrickView(programId, report.programName(), survey, section(found, REACTION),
                section(found, LEARNING), report.learning(), section(found, BEHAVIOUR), goalLines(programId),
                section(found, RESULTS), report.sides(), insights.of(programId), SmallGroups.MINIMUM, clock.instant());
    }

    private static List<QuestionFigures> section(Optional<Evaluation> evaluation, String name) {
        return evaluation.map(e -> e.questions().stream().filter(q -> name.equalsIgnoreCase(q.section())).toList())
                .orElse(List.of());
    }

    private List<GoalLine> goalLines(long programId) {
        Map<Side, GoalFigures.SideGoals> bySide = goals.ofProgram(programId);
        List<GoalLine> lines = new ArrayList<>();
        for (Side side : List.of(Side.MENTEE, Side.MENTOR)) {
            GoalFigures.SideGoals g = bySide.get(side);
            int pairs = g == null ? 0 : g.pairs();
            if (!SmallGroups.mayShow(pairs)) {
                lines.add(new GoalLine(side.name(), pairs, null, null, null, true));
            } else {
                lines.add(new GoalLine(side.name(), pairs, g.goals(), g.reached(), g.meanProgress(), false));
            }
        }
        return lines;
    }
}
