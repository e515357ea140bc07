package org.flipside.analytics.dashboard;

import java.time.Instant;
import java.util.List;
import org.flipside.feedback.SafetyTrendPoint;
import org.flipside.feedback.SurveyTrends.SurveyTrend;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.matching.MatchFigures.ScoreBand;
import org.flipside.pairing.ProgramPairFigures.PairAtRisk;
import org.flipside.pairing.ProgramPairFigures.SideGoals;
import org.flipside.pairing.ProgramPairFigures.WeekCount;
import org.flipside.training.TrainingFigures.SideCompletion;

/**
 * Every figure of a program's dashboard, as of one moment. Only aggregates, except the at-risk list, which names
 * the pairs' two people for the program's overseers. Survey and safety figures follow the small-group rule
 * ({@code minimum}): withheld points carry no values.
 *
 * @param asOf     when the figures were read; they may be up to the cache's lifetime old
 * @param funnel   people per enrolment stage, in order: INVITED, APPLIED, APPROVED, MATCHED, ACTIVE
 * @param matches  confirmed matches per score band, lowest first
 * @param cadence  active pairs per cadence state, in order: ON_TRACK, DUE, OVERDUE, AT_RISK
 * @param atRiskPairs   how many active pairs are at risk
 * @param atRiskReasons at-risk pairs per reason code, by code; a pair with two reasons counts under each
 * @param atRisk   the first {@value #AT_RISK_NAMED} at-risk pairs in the pair list's order (furthest behind on their
 *                 sessions, then the oldest pair), with their reasons in words; the pair list pages through all
 * @param training approved participants who finished their role training, mentee side first
 */
public record ProgramDashboard(long programId, String programName, Instant asOf, int minimum,
                               List<Stage> funnel, List<ScoreBand> matches, List<WeekCount> heldPerWeek,
                               List<StateCount> cadence, long atRiskPairs, List<ReasonCount> atRiskReasons,
                               List<PairAtRisk> atRisk, List<SideGoals> goals,
                               List<SurveyTrend> surveys, List<SafetyTrendPoint> safety,
                               ProgramInsightFigures insights, List<SideCompletion> training) {

    /** At-risk pairs named on the dashboard; a program of thousands of pairs can have hundreds at risk. */
    public static final int AT_RISK_NAMED = 10;

    public ProgramDashboard {
        funnel = List.copyOf(funnel);
        matches = List.copyOf(matches);
        heldPerWeek = List.copyOf(heldPerWeek);
        cadence = List.copyOf(cadence);
        atRiskReasons = List.copyOf(atRiskReasons);
        atRisk = List.copyOf(atRisk);
        goals = List.copyOf(goals);
        surveys = List.copyOf(surveys);
        safety = List.copyOf(safety);
        training = List.copyOf(training);
    }

    /** How many people reached one enrolment stage. */
    public record Stage(String stage, long people) {
    }

    /** How many active pairs are at risk for one reason. */
    public record ReasonCount(String code, long pairs) {
    }

    /** How many active pairs are in one cadence state. */
    public record StateCount(String state, long pairs) {
    }
}
