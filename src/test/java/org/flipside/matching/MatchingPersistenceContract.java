package org.flipside.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.rule.MatchingRule;
import org.flipside.matching.rule.RuleKind;
import org.flipside.matching.rule.RuleStore;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.Proposal;
import org.flipside.matching.run.ProposalStore;
import org.flipside.matching.run.RunState;
import org.flipside.matching.run.RunStore;
import org.flipside.matching.run.RunTotals;
import org.flipside.matching.run.SeatsAndHistory;
import org.flipside.matching.run.Unmatched;
import org.flipside.matching.settings.CapacityStore;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.QuestionLink;
import org.flipside.matching.settings.SettingsStore;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.program.profile.ProfileFixtures;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The matching tables through their stores, on each database: settings, capacities, rules, runs and proposals. */
abstract class MatchingPersistenceContract {

    static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    @Autowired
    SettingsStore settings;
    @Autowired
    CapacityStore capacities;
    @Autowired
    RuleStore rules;
    @Autowired
    RunStore runs;
    @Autowired
    ProposalStore proposals;
    @Autowired
    SeatsAndHistory seats;
    @Autowired
    Programs programs;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    JdbcClient jdbc;

    long program;
    long mentee;
    long mentor;

    @BeforeEach
    void programWithTwoParticipants() {
        program = ProfileFixtures.program(programs, Unique.username("pm"));
        mentee = participant(program, Side.MENTEE);
        mentor = participant(program, Side.MENTOR);
    }

    @Test
    void settingsAreSavedWithTheirStructureAndAVersionThatRefusesStaleEdits() {
        MatchingSettings wanted = new MatchingSettings(Map.of(Criterion.SKILLS, new CriterionSetting(7, true, 40),
                Criterion.LANGUAGE, CriterionSetting.weighted(2)), MatchingSettings.defaults(null).workStyle(), 3, 1,
                false, Priority.SCORE_FIRST, true, 21, List.of(new QuestionLink(5, 6)), 0);
        assertThat(settings.find(program)).isEmpty();

        MatchingSettings saved = settings.save(program, wanted, 0, AT, "pm");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.criterion(Criterion.SKILLS)).isEqualTo(new CriterionSetting(7, true, 40));
        assertThat(saved.criterion(Criterion.INTERESTS).weight()).isZero();
        assertThat(saved.workStyle()).isEqualTo(wanted.workStyle());
        assertThat(saved.questionLinks()).containsExactly(new QuestionLink(5, 6));
        assertThat(saved).extracting(MatchingSettings::chainLevels, MatchingSettings::minimumGradeGap,
                MatchingSettings::avoidEarlierPairs, MatchingSettings::priority, MatchingSettings::selfMatch,
                MatchingSettings::responseDays).containsExactly(3, 1, false, Priority.SCORE_FIRST, true, 21);
        assertThatThrownBy(() -> settings.save(program, wanted, 0, AT, "other"))
                .isInstanceOf(StaleEditException.class);
        assertThat(settings.save(program, wanted, 1, AT, "pm").version()).isEqualTo(2);
        assertThatThrownBy(() -> settings.save(program, wanted, 1, AT, "other"))
                .isInstanceOf(StaleEditException.class);
        assertThat(settings.fromJson(settings.toJson(saved))).isEqualTo(saved);
    }

    @Test
    void capacitiesAreSetChangedAndClearedPerMentor() {
        capacities.set(mentor, 3);
        capacities.set(mentor, 4);
        assertThat(capacities.ofProgram(program)).containsExactly(Map.entry(mentor, 4));
        assertThat(capacities.clear(mentor)).isTrue();
        assertThat(capacities.clear(mentor)).isFalse();
        assertThat(capacities.ofProgram(program)).isEmpty();
    }

    @Test
    void aPairHasOneRuleAndANewOneReplacesIt() {
        rules.put(new MatchingRule(program, mentee, mentor, RuleKind.FORBID, AT, "pm"));
        rules.put(new MatchingRule(program, mentee, mentor, RuleKind.LOCK, AT.plusSeconds(1), "pm"));
        assertThat(rules.ofProgram(program)).singleElement()
                .satisfies(rule -> assertThat(rule.kind()).isEqualTo(RuleKind.LOCK))
                .satisfies(rule -> assertThat(rule.createdAt()).isEqualTo(AT.plusSeconds(1)));
        assertThat(rules.delete(program, mentee, mentor)).isTrue();
        assertThat(rules.delete(program, mentee, mentor)).isFalse();
    }

    @Test
    void aRunMovesFromQueuedToDoneWithItsProposalsAndUnmatched() {
        MatchingRun queued = runs.create(program, "{}", AT, "pm");
        assertThat(queued.state()).isEqualTo(RunState.QUEUED);
        runs.started(queued.id(), "loading");
        runs.sized(queued.id(), 2, 1);
        runs.progress(queued.id(), "optimising", 55);
        assertThat(runs.find(queued.id()).orElseThrow()).extracting(MatchingRun::state, MatchingRun::phase,
                MatchingRun::progress, MatchingRun::mentees).containsExactly(RunState.RUNNING, "optimising", 55, 2);
        long other = participant(program, Side.MENTEE);
        proposals.addAll(List.of(new Proposal(queued.id(), mentee, mentor, 734, true, "{\"score\":734}")));
        proposals.addUnmatched(List.of(new Unmatched(queued.id(), other, Side.MENTEE, "OUTSCORED", "full")));
        runs.done(queued.id(), new RunTotals(1, 734, true, 0, 12), AT.plusSeconds(2));

        MatchingRun done = runs.find(queued.id()).orElseThrow();
        assertThat(done).extracting(MatchingRun::state, MatchingRun::progress, MatchingRun::matched,
                MatchingRun::totalScore, MatchingRun::certified, MatchingRun::gap, MatchingRun::finishedAt)
                .containsExactly(RunState.DONE, 100, 1, 734L, true, 0L, AT.plusSeconds(2));
        assertThat(proposals.ofRun(queued.id())).singleElement().isEqualTo(
                new Proposal(queued.id(), mentee, mentor, 734, true, "{\"score\":734}"));
        assertThat(proposals.unmatched(queued.id())).singleElement()
                .extracting(Unmatched::participantId, Unmatched::reason).containsExactly(other, "OUTSCORED");
        assertThat(proposals.employeeNumbers(queued.id())).containsOnlyKeys(mentee, mentor, other);

        runs.edited(queued.id(), 700, AT.plusSeconds(3), "pm");
        assertThat(runs.find(queued.id()).orElseThrow()).extracting(MatchingRun::totalScore, MatchingRun::editedBy)
                .containsExactly(700L, "pm");
        assertThat(runs.ofProgram(program)).extracting(MatchingRun::id).containsExactly(queued.id());
    }

    @Test
    void unfinishedRunsWithoutARecentHeartbeatAreFailedAndLiveOrFinishedOnesAreLeftAlone() {
        MatchingRun abandoned = runs.create(program, "{}", AT, "pm");
        runs.started(abandoned.id(), "loading");
        MatchingRun abandonedInQueue = runs.create(program, "{}", AT, "pm");
        MatchingRun alive = runs.create(program, "{}", AT, "pm");
        runs.started(alive.id(), "optimising");
        MatchingRun finished = runs.create(program, "{}", AT, "pm");
        runs.failed(finished.id(), "earlier failure", AT);

        runs.heartbeat(List.of(alive.id(), finished.id()), AT.plusSeconds(170));
        int failed = runs.failAbandoned(AT.plusSeconds(60), "interrupted", AT.plusSeconds(180));

        assertThat(failed).isEqualTo(2);
        assertThat(List.of(abandoned.id(), abandonedInQueue.id())).allSatisfy(id ->
                assertThat(runs.find(id).orElseThrow()).extracting(MatchingRun::state, MatchingRun::failure)
                        .containsExactly(RunState.FAILED, "interrupted"));
        assertThat(runs.find(alive.id()).orElseThrow().state()).isEqualTo(RunState.RUNNING);
        assertThat(runs.find(finished.id()).orElseThrow().failure()).isEqualTo("earlier failure");
    }

    @Test
    void seatsOfOpenMatchesAndConfirmedPairsOfOtherProgramsAreFound() {
        long otherProgram = ProfileFixtures.program(programs, Unique.username("pm"));
        String menteeNumber = number(mentee);
        String mentorNumber = number(mentor);
        long earlierMentee = ProfileFixtures.participant(jdbc, otherProgram, menteeNumber, "MENTEE", "APPROVED");
        long earlierMentor = ProfileFixtures.participant(jdbc, otherProgram, mentorNumber, "MENTOR", "APPROVED");
        match(otherProgram, earlierMentee, earlierMentor, "CONFIRMED");
        long open = match(program, mentee, mentor, "PROPOSED");
        jdbc.sql("insert into mentor_seat (mentor_participant_id, seat, match_id) values (:m, 1, :id)")
                .param("m", mentor).param("id", open).update();
        jdbc.sql("insert into mentee_seat (mentee_participant_id, match_id) values (:m, :id)")
                .param("m", mentee).param("id", open).update();

        assertThat(seats.seatedMentees(program)).containsExactly(mentee);
        assertThat(seats.takenSeats(program)).containsExactly(Map.entry(mentor, 1));
        assertThat(seats.earlierPairs(program)).singleElement()
                .satisfies(pair -> assertThat(pair).containsExactly(menteeNumber, mentorNumber));
        assertThat(seats.earlierPairs(otherProgram)).isEmpty();
    }

    private long match(long programId, long menteeId, long mentorId, String state) {
        OffsetDateTime now = AT.atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into mentor_match (program_id, mentee_participant_id, mentor_participant_id, origin, state, "
                        + "score, explanation, respond_by, created_at, created_by, version) values (:p, :e, :r, 'PUBLISHED', "
                        + ":state, 700, '{}', :now, :now, 'pm', 0)")
                .param("p", programId).param("e", menteeId).param("r", mentorId).param("state", state)
                .param("now", now).update();
        return jdbc.sql("select max(id) from mentor_match where mentee_participant_id = :e").param("e", menteeId)
                .query(Long.class).single();
    }

    private long participant(long programId, Side side) {
        String name = Unique.username("x");
        String number = ProfileFixtures.employee(directory, "Name " + name, name + "@people.example.org");
        return ProfileFixtures.participant(jdbc, programId, number, side.name(), "APPROVED");
    }

    private String number(long participantId) {
        return jdbc.sql("select employee_number from participant where id = :id").param("id", participantId)
                .query(String.class).single();
    }
}
