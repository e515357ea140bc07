package org.flipside.feedback.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.shared.RuleViolationException;
import org.flipside.testing.Race;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pulse's tables against each database: one invitation per pair and round however often the job runs, one answer
 * per invitation even when two requests race, answer rows that hold nothing about the person, and the tallies the
 * results are built from.
 */
abstract class SafetyPulseStoreContract {

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
    SafetyInvitations job;
    @Autowired
    SafetyPulse pulse;
    @Autowired
    InvitationStore invitations;
    @Autowired
    AnswerStore answers;
    @Autowired
    TestClock clock;

    PulseScene scenes;

    @BeforeEach
    void fixture() {
        scenes = new PulseScene(jdbc, accounts, directory, programs, pairs, job);
    }

    @Test
    void theJobInvitesEachJuniorOncePerRoundAndRemindsThemOnce() {
        Scene scene = scenes.invited(1).get(0);
        long invitation = scenes.invitationOf(scene);
        job.invite();
        assertThat(jdbc.sql("select count(*) from safety_invitation where pair_id = :pair")
                .param("pair", scene.pairId()).query(Long.class).single()).isEqualTo(1);
        assertThat(invitations.create(scene.pairId(), scene.program(), 1, clock.instant(),
                clock.instant().plus(Duration.ofDays(28)))).isFalse();
        assertThat(jdbc.sql("select count(*) from reminder_log where reminder_key = :key")
                .param("key", SafetyInvitations.REMINDER + ":" + invitation).query(Long.class).single())
                .isEqualTo(1);
        Map<String, Object> row = jdbc.sql("select round_number, opens_at, closes_at, answered from safety_invitation "
                + "where id = :id").param("id", invitation).query().singleRow();
        assertThat(((Number) row.get("round_number")).intValue()).isEqualTo(1);
        assertThat(row.get("answered")).isEqualTo(false);

        // The next round is a new invitation with its own reminder, once the period has passed.
        jdbc.sql("update mentoring_pair set activated_at = activated_at - interval '29' day where id = :id")
                .param("id", scene.pairId()).update();
        job.invite();
        job.invite();
        assertThat(jdbc.sql("select round_number from safety_invitation where pair_id = :pair order by round_number")
                .param("pair", scene.pairId()).query(Integer.class).list()).containsExactly(1, 2);
    }

    @RepeatedTest(2)
    void twoInstancesOfTheJobRunningAtOnceInviteAndRemindOnce() throws Exception {
        Scene scene = new PairFixture(jdbc, accounts, directory, programs, pairs).scene();
        Race.Contender<Integer> instance = new Race.Contender<>(() -> { }, job::invite);
        Race.run(instance, instance);
        assertThat(jdbc.sql("select count(*) from safety_invitation where pair_id = :pair")
                .param("pair", scene.pairId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reminder_log where reminder_key = :key")
                .param("key", SafetyInvitations.REMINDER + ":" + scenes.invitationOf(scene)).query(Long.class)
                .single()).isEqualTo(1);
        job.invite(); // a restart: nothing new for this pair
        assertThat(jdbc.sql("select count(*) from safety_invitation where pair_id = :pair")
                .param("pair", scene.pairId()).query(Long.class).single()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoRequestsAnsweringOneInvitationAtOnceStoreOneAnswer() throws Exception {
        Scene scene = scenes.invited(1).get(0);
        long invitation = scenes.invitationOf(scene);
        Race.Contender<String> contender = new Race.Contender<>(() -> ProgramTestUsers.actAs(scene.mentor().auth()),
                () -> {
                    try {
                        pulse.answer(invitation, PulseScene.all(4, false));
                        return "answered";
                    } catch (RuleViolationException e) {
                        return e.code();
                    }
                });
        List<String> outcomes = Race.run(contender, contender, contender);
        assertThat(outcomes).containsOnlyOnce("answered");
        assertThat(outcomes).filteredOn(o -> !o.equals("answered")).containsOnly("feedback.safety.answered");
        assertThat(scenes.answersIn(scene.program())).isEqualTo(1);
    }

    @Test
    void anAnswerRowHoldsARandomIdTheDayAndTheValuesAndNothingAboutThePerson() {
        Scene scene = scenes.invited(1).get(0);
        long invitation = scenes.invitationOf(scene);
        PairFixture.as(scene.mentor(), () -> pulse.answer(invitation, new PulseAnswer(List.of(5, 4, 3, 2, 1), true)));

        List<String> columns = jdbc.sql("select lower(column_name) from information_schema.columns "
                + "where lower(table_name) = 'safety_answer' order by 1").query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("id", "program_id", "round_number", "answered_on",
                "statement_1", "statement_2", "statement_3", "statement_4", "statement_5");
        Map<String, Object> row = jdbc.sql("select id, answered_on, statement_1, statement_5 from safety_answer "
                + "where program_id = :p").param("p", scene.program()).query().singleRow();
        assertThat(row.get("id").toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(((java.sql.Date) row.get("answered_on")).toLocalDate())
                .isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        assertThat(((Number) row.get("statement_1")).intValue()).isEqualTo(5);
        assertThat(((Number) row.get("statement_5")).intValue()).isEqualTo(1);
        // The invitation says only that it was answered: no time, no values.
        assertThat(jdbc.sql("select answered from safety_invitation where id = :id").param("id", invitation)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void talliesCountEachValuePerStatementAndRound() {
        long program = scenes.invited(1).get(0).program();
        answers.add(program, 1, LocalDate.of(2026, 3, 2), List.of(1, 2, 3, 4, 5));
        answers.add(program, 1, LocalDate.of(2026, 3, 3), List.of(1, 2, 3, 4, 4));
        answers.add(program, 2, LocalDate.of(2026, 4, 1), List.of(5, 5, 5, 5, 5));
        List<AnswerStore.Tally> tallies = answers.tallies(program);
        assertThat(tallies).contains(new AnswerStore.Tally(1, 1, 1, 2), new AnswerStore.Tally(1, 5, 5, 1),
                new AnswerStore.Tally(1, 5, 4, 1), new AnswerStore.Tally(2, 3, 5, 1));
        assertThat(tallies.stream().filter(t -> t.round() == 1).mapToLong(AnswerStore.Tally::answers).sum())
                .isEqualTo(10);
    }

    @Test
    void anAnswerOutsideItsRoundIsRefused() {
        Scene scene = scenes.invited(1).get(0);
        long invitation = scenes.invitationOf(scene);
        Instant past = clock.instant().minus(Duration.ofDays(60));
        jdbc.sql("update safety_invitation set opens_at = :o, closes_at = :c where id = :id")
                .param("o", past.atOffset(ZoneOffset.UTC)).param("c", past.plus(Duration.ofDays(28))
                        .atOffset(ZoneOffset.UTC)).param("id", invitation).update();
        assertThatThrownBy(() -> PairFixture.as(scene.mentor(), () -> pulse.answer(invitation,
                PulseScene.all(3, true)))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("closed");
        assertThat(scenes.answersIn(scene.program())).isZero();
    }
}
