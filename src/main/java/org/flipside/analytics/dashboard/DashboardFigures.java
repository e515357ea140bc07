package org.flipside.analytics.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeMap;
import org.flipside.analytics.dashboard.ProgramDashboard.ReasonCount;
import org.flipside.analytics.dashboard.ProgramDashboard.Stage;
import org.flipside.analytics.dashboard.ProgramDashboard.StateCount;
import org.flipside.feedback.SafetyTrends;
import org.flipside.feedback.SurveyTrends;
import org.flipside.insights.InsightFigures;
import org.flipside.matching.MatchFigures;
import org.flipside.matching.MatchFigures.ConfirmedMatches;
import org.flipside.pairing.PairFigures;
import org.flipside.pairing.ProgramPairFigures;
import org.flipside.pairing.ProgramPairFigures.PairAtRisk;
import org.flipside.pairing.ProgramPairFigures.Reason;
import org.flipside.pairing.ProgramPairFigures.WeekCount;
import org.flipside.program.EnrollmentFigures;
import org.flipside.program.EnrollmentFigures.EnrollmentCounts;
import org.flipside.shared.privacy.SmallGroups;
import org.flipside.training.TrainingFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a program's dashboard afresh from the modules' figure APIs, without asking who reads it. */
@Component
class DashboardFigures {

    private final EnrollmentFigures enrollment;
    private final MatchFigures matches;
    private final PairFigures pairs;
    private final SurveyTrends surveys;
    private final SafetyTrends safety;
    private final InsightFigures insights;
    private final TrainingFigures training;
    private final Clock clock;

    DashboardFigures(EnrollmentFigures enrollment, MatchFigures matches, PairFigures pairs, SurveyTrends surveys,
                     SafetyTrends safety, InsightFigures insights, TrainingFigures training, Clock clock) {
        this.enrollment = enrollment;
        this.matches = matches;
        this.pairs = pairs;
        this.surveys = surveys;
        this.safety = safety;
        this.insights = insights;
        this.training = training;
        this.clock = clock;
    }

    /** The weeks from the first to the last with a held session, quiet weeks included with zero. */
    static List<WeekCount> everyWeek(List<WeekCount> held) {
        if (held.isEmpty()) {
            return held;
        }
        Map<LocalDate, Long> byWeek = new HashMap<>();
        held.forEach(week -> byWeek.put(week.weekStart(), week.held()));
        List<WeekCount> weeks = new ArrayList<>();
        LocalDate last = held.get(held.size() - 1).weekStart();
        for (LocalDate week = held.get(0).weekStart(); !week.isAfter(last); week = week.plusWeeks(1)) {
            weeks.add(new WeekCount(week, byWeek.getOrDefault(week, 0L)));
        }
        return weeks;
    }

    /** At-risk pairs per reason code, by code; a pair with the same reason twice counts once. */
    static List<ReasonCount> perReason(List<PairAtRisk> atRisk) {
        Map<String, Long> pairs = new TreeMap<>();
        for (PairAtRisk pair : atRisk) {
            pair.reasons().stream().map(Reason::code).distinct().forEach(code -> pairs.merge(code, 1L, Long::sum));
        }
        return pairs.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue())).toList();
    }

    @Transactional(readOnly = true)
    ProgramDashboard read(long programId, String programName) {
        EnrollmentCounts counts = enrollment.of(programId);
        ConfirmedMatches confirmed = matches.of(programId);
        ProgramPairFigures pairFigures = pairs.of(programId);
        List<Stage> funnel = List.of(new Stage("INVITED", counts.invited()), new Stage("APPLIED", counts.applied()),
                new Stage("APPROVED", counts.approved()), new Stage("MATCHED", confirmed.matchedPeople()),
                new Stage("ACTIVE", pairFigures.peopleInActivePairs()));
        List<StateCount> cadence = ProgramPairFigures.CADENCE_STATES.stream()
                .map(state -> new StateCount(state, pairFigures.cadence().getOrDefault(state, 0L))).toList();
        List<PairAtRisk> atRisk = pairFigures.atRisk();
        return new ProgramDashboard(programId, programName, clock.instant(), SmallGroups.MINIMUM, funnel,
                confirmed.bands(), everyWeek(pairFigures.heldPerWeek()), cadence, atRisk.size(), perReason(atRisk),
                atRisk.stream().limit(ProgramDashboard.AT_RISK_NAMED).toList(), pairFigures.goals(),
                surveys.of(programId), safety.aggregated(programId), insights.of(programId), training.of(programId));
    }
}
