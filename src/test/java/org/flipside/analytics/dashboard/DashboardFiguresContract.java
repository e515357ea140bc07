package org.flipside.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.UUID;
import org.flipside.identity.Accounts;
import org.flipside.matching.MatchFigures;
import org.flipside.pairing.PairFigures;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.ProgramPairFigures;
import org.flipside.pairing.ProgramPairFigures.PairAtRisk;
import org.flipside.pairing.cadence.AtRiskReason;
import org.flipside.pairing.cadence.AtRiskSignals;
import org.flipside.pairing.cadence.TrackedPairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFigures;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.TestClock;
import org.flipside.training.TrainingFigures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The aggregate queries behind the dashboard give the same figures on every database: weeks counted from Monday
 * midnight UTC, score bands, the enrolment funnel, training completion, and the declining post-session pulse read
 * from named answers only.
 */
abstract class DashboardFiguresContract {

    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    PairFigures pairFigures;
    @Autowired
    MatchFigures matchFigures;
    @Autowired
    EnrollmentFigures enrollment;
    @Autowired
    TrainingFigures training;
    @Autowired
    List<AtRiskSignals> signals;

    DashboardScene scene;

    @BeforeEach
    void program() {
        scene = new DashboardScene(new PairFixture(jdbc, accounts, directory, programs, pairs), jdbc, clock.instant());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sessionsFallIntoTheirWeekOnEitherSideOfMondayMidnight() {
        List<ProgramPairFigures.WeekCount> weeks = pairFigures.of(scene.program()).heldPerWeek();

        LocalDate monday = scene.monday.atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(weeks).startsWith(new ProgramPairFigures.WeekCount(monday.minusWeeks(1), 1),
                new ProgramPairFigures.WeekCount(monday, 1));
        assertThat(weeks).extracting(ProgramPairFigures.WeekCount::held).containsExactly(1L, 1L, 1L);
    }

    @Test
    void enrolmentMatchesAndTrainingAreCountedInTheDatabase() {
        assertThat(enrollment.of(scene.program())).isEqualTo(new EnrollmentFigures.EnrollmentCounts(13, 11, 10));
        MatchFigures.ConfirmedMatches matches = matchFigures.of(scene.program());
        assertThat(matches.matches()).isEqualTo(5);
        assertThat(matches.matchedPeople()).isEqualTo(10);
        assertThat(matches.bands()).extracting(MatchFigures.ScoreBand::matches).containsExactly(1L, 0L, 1L, 1L, 2L);
        assertThat(training.of(scene.program())).containsExactly(
                new TrainingFigures.SideCompletion(Side.MENTEE, 5, 0),
                new TrainingFigures.SideCompletion(Side.MENTOR, 5, 0));
    }

    @Test
    void aPairWhoseOwnNamedPulseFellThreeTimesIsAtRiskAndAnonymousAnswersNeverCount() {
        long named = survey(false);
        long anonymous = survey(true);
        answers(named, scene.onTrack, 5, 4, 2);
        answers(named, scene.due, 3, 4, 2);
        answers(anonymous, scene.cancelling, 5, 3, 1);

        List<PairAtRisk> atRisk = pairFigures.of(scene.program()).atRisk();

        assertThat(atRisk).filteredOn(p -> p.pairId() == scene.onTrack.pairId()).singleElement()
                .satisfies(p -> assertThat(p.reasons()).extracting(ProgramPairFigures.Reason::text)
                        .containsExactly("The ratings after their last three sessions kept falling: 5.0 → 4.0 → 2.0."));
        assertThat(atRisk).filteredOn(p -> p.pairId() == scene.due.pairId()).isEmpty();
        assertThat(atRisk).filteredOn(p -> p.pairId() == scene.cancelling.pairId()).singleElement()
                .satisfies(p -> assertThat(p.reasons()).extracting(ProgramPairFigures.Reason::code)
                        .containsExactly("SENIOR_CANCELLED"));
    }

    @Test
    void theSignalsGiveTheSameReasonsReadByIdsByProgramOrOverEveryProgramAndOnlyForThePairsAsked() {
        long named = survey(false);
        answers(named, scene.onTrack, 5, 4, 2);
        answers(named, scene.due, 5, 3, 1);
        Set<Long> asked = Set.of(scene.onTrack.pairId(), scene.unsigned.pairId(), scene.first.pairId());
        // ids no pair has make the list long enough to be read by program, or over every program
        Set<Long> padded = new HashSet<>(asked);
        LongStream.rangeClosed(1, TrackedPairs.FEW).forEach(i -> padded.add(-i));

        for (TrackedPairs pairs : List.of(new TrackedPairs(scene.program(), asked),
                new TrackedPairs(scene.program(), padded), new TrackedPairs(null, padded))) {
            Map<Long, List<String>> codes = new TreeMap<>();
            signals.forEach(signal -> signal.reasons(pairs).forEach((pair, reasons) -> codes
                    .computeIfAbsent(pair, k -> new ArrayList<>()).addAll(reasons.stream().map(AtRiskReason::code)
                            .toList())));
            assertThat(codes).as("read by ids: %s", pairs.byIds()).isEqualTo(Map.of(
                    scene.onTrack.pairId(), List.of("PULSE_DECLINING"),
                    scene.unsigned.pairId(), List.of("AGREEMENT_UNSIGNED")));
        }
    }

    private long survey(boolean anonymous) {
        Instant now = clock.instant();
        jdbc.sql("insert into survey (program_id, template_key, title, anonymous, audience, trigger_kind, enabled, "
                        + "created_at, version) values (:program, 'post-session-pulse', 'After the session', :anonymous, "
                        + "'BOTH', 'AFTER_SESSION', true, :at, 0)")
                .param("program", scene.program()).param("anonymous", anonymous)
                .param("at", DashboardScene.at(now)).update();
        long survey = jdbc.sql("select max(id) from survey where program_id = :program")
                .param("program", scene.program()).query(Long.class).single();
        jdbc.sql("insert into survey_version (survey_id, number_no, created_at) values (:survey, 1, :at)")
                .param("survey", survey).param("at", DashboardScene.at(now)).update();
        long version = jdbc.sql("select id from survey_version where survey_id = :survey")
                .param("survey", survey).query(Long.class).single();
        jdbc.sql("insert into survey_question (survey_version_id, place, kind, wording, required) "
                        + "values (:version, 1, 'AGREEMENT', 'Worth my time.', true)")
                .param("version", version).update();
        return survey;
    }

    /** One answered instance per score, oldest first, a day apart, each answered by the pair's mentee. */
    private void answers(long survey, Scene pair, int... scores) {
        long version = jdbc.sql("select id from survey_version where survey_id = :survey")
                .param("survey", survey).query(Long.class).single();
        long question = jdbc.sql("select id from survey_question where survey_version_id = :version")
                .param("version", version).query(Long.class).single();
        for (int i = 0; i < scores.length; i++) {
            Instant opened = clock.instant().minus(scores.length - i, ChronoUnit.DAYS);
            LocalDate day = opened.atZone(ZoneOffset.UTC).toLocalDate();
            jdbc.sql("insert into survey_instance (survey_id, survey_version_id, program_id, pair_id, occasion, "
                            + "opened_on, opened_at, closes_at) values (:survey, :version, :program, :pair, :occasion, "
                            + ":day, :at, :at)")
                    .param("survey", survey).param("version", version).param("program", scene.program())
                    .param("pair", pair.pairId()).param("occasion", "session-" + UUID.randomUUID())
                    .param("day", java.sql.Date.valueOf(day)).param("at", DashboardScene.at(opened)).update();
            long instance = jdbc.sql("select max(id) from survey_instance where survey_id = :survey")
                    .param("survey", survey).query(Long.class).single();
            String response = UUID.randomUUID().toString();
            jdbc.sql("insert into survey_response (id, survey_id, instance_id, side, period, answered_on) "
                            + "values (:id, :survey, :instance, 'MENTEE', :period, :day)")
                    .param("id", response).param("survey", survey).param("instance", instance)
                    .param("period", java.sql.Date.valueOf(day.withDayOfMonth(1)))
                    .param("day", java.sql.Date.valueOf(day)).update();
            jdbc.sql("insert into survey_answer (response_id, question_id, number_value) values (:id, :q, :v)")
                    .param("id", response).param("q", question).param("v", scores[i]).update();
        }
    }
}
