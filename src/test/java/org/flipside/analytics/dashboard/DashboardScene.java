package org.flipside.analytics.dashboard;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.shared.privacy.SmallGroups;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fortnightly program built so that every dashboard figure is known: five active pairs (one due, one on track,
 * three at risk for three different reasons), three more people part-way through enrolment, held sessions on both
 * sides of a week boundary, one goal with two key results, and a safety pulse whose second round had too few answers.
 */
final class DashboardScene {

    final Scene first;
    final Scene due;
    final Scene onTrack;
    final Scene cancelling;
    final Scene unsigned;
    /** A Monday at midnight UTC, four weeks or more ago: one session just before it, one just after. */
    final Instant monday;
    final Instant now;

    private final JdbcClient jdbc;
    private int sequence;

    DashboardScene(PairFixture fixture, JdbcClient jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
        first = fixture.scene();
        due = fixture.pairIn(first.program(), first.manager());
        onTrack = fixture.pairIn(first.program(), first.manager());
        cancelling = fixture.pairIn(first.program(), first.manager());
        unsigned = fixture.pairIn(first.program(), first.manager());
        monday = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(28)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
        enrolment();
        sessions();
        goals();
        safety();
        scores();
    }

    long program() {
        return first.program();
    }

    /** Two invited and one applied besides the ten approved people of the pairs. */
    private void enrolment() {
        for (String state : new String[]{"INVITED", "INVITED", "APPLIED"}) {
            jdbc.sql("insert into participant (program_id, employee_number, side, state, invited_at, applied_at, "
                            + "created_at, created_by, updated_at, version) values (:program, :number, 'MENTOR', "
                            + ":state, :at, :applied, :at, 'test', :at, 0)")
                    .param("program", program()).param("number", "dash-" + UUID.randomUUID())
                    .param("state", state).param("at", at(now))
                    .param("applied", "APPLIED".equals(state) ? at(now) : null).update();
        }
    }

    private void sessions() {
        session(first.pairId(), monday.minus(30, ChronoUnit.MINUTES), "HELD", null);
        session(first.pairId(), monday.plus(30, ChronoUnit.MINUTES), "HELD", null);
        // 20 days is past one fortnight and short of one and a half: due
        session(due.pairId(), now.minus(20, ChronoUnit.DAYS), "HELD", null);
        session(cancelling.pairId(), now.minus(3, ChronoUnit.DAYS), "CANCELLED", "MENTEE");
        session(cancelling.pairId(), now.minus(2, ChronoUnit.DAYS), "CANCELLED", "MENTEE");
        jdbc.sql("update mentoring_pair set formed_at = :at where id = :id")
                .param("at", at(now.minus(20, ChronoUnit.DAYS))).param("id", unsigned.pairId()).update();
    }

    private void session(long pairId, Instant startsAt, String status, String cancelledBy) {
        jdbc.sql("insert into pair_session (pair_id, uid, sequence, starts_at, minutes, time_zone, mode, agenda, "
                        + "status, scheduled_by_side, cancelled_by_side, created_at, created_by, updated_at, "
                        + "updated_by, version) values (:pair, :uid, :seq, :starts, 60, 'UTC', 'VIDEO', 'Agenda', "
                        + ":status, 'MENTOR', :cancelled, :starts, 'test', :starts, 'test', 0)")
                .param("pair", pairId).param("uid", UUID.randomUUID().toString()).param("seq", ++sequence)
                .param("starts", at(startsAt)).param("status", status).param("cancelled", cancelledBy).update();
    }

    /** The first pair's mentee: one goal, key results at 50 % and at 100 % (reached). */
    private void goals() {
        jdbc.sql("insert into pair_goal (pair_id, side, title, why, objective_position, created_at, created_by, "
                        + "updated_at, updated_by, version) values (:pair, 'MENTEE', 'Learn', 'Because', 0, :at, "
                        + "'test', :at, 'test', 0)")
                .param("pair", first.pairId()).param("at", at(now)).update();
        long goal = jdbc.sql("select max(id) from pair_goal where pair_id = :pair").param("pair", first.pairId())
                .query(Long.class).single();
        keyResult(goal, 1, 10, 5);
        keyResult(goal, 2, 4, 4);
    }

    private void keyResult(long goal, int position, int target, int reached) {
        jdbc.sql("insert into pair_key_result (goal_id, position, description, unit, start_value, target_value) "
                        + "values (:goal, :position, 'Result', 'times', 0, :target)")
                .param("goal", goal).param("position", position).param("target", BigDecimal.valueOf(target)).update();
        long kr = jdbc.sql("select max(id) from pair_key_result where goal_id = :goal").param("goal", goal)
                .query(Long.class).single();
        for (int amount : new int[]{1, reached}) {
            jdbc.sql("insert into pair_key_result_update (key_result_id, amount, recorded_at, recorded_by, side) "
                            + "values (:kr, :amount, :at, 'test', 'MENTEE')")
                    .param("kr", kr).param("amount", BigDecimal.valueOf(amount)).param("at", at(now)).update();
        }
    }

    /** Round 1 answered by enough people to show, round 2 by one too few. */
    private void safety() {
        for (Scene pair : new Scene[]{first, due, onTrack, cancelling, unsigned}) {
            for (int round = 1; round <= 2; round++) {
                jdbc.sql("insert into safety_invitation (pair_id, program_id, round_number, opens_at, closes_at, "
                                + "answered) values (:pair, :program, :round, :at, :at, true)")
                        .param("pair", pair.pairId()).param("program", program()).param("round", round)
                        .param("at", at(now)).update();
            }
        }
        answers(1, SmallGroups.MINIMUM, 4);
        answers(2, SmallGroups.MINIMUM - 1, 2);
    }

    private void answers(int round, int count, int value) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into safety_answer (id, program_id, round_number, answered_on, statement_1, "
                            + "statement_2, statement_3, statement_4, statement_5) values (:id, :program, :round, "
                            + ":day, :v, :v, :v, :v, :v)")
                    .param("id", UUID.randomUUID().toString()).param("program", program()).param("round", round)
                    .param("day", java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC))).param("v", value)
                    .update();
        }
    }

    /** Match scores in tenths: two in the top band (1000 included), one each at 40–60, 60–80 and 0–20. */
    private void scores() {
        int[] scores = {950, 1000, 450, 700, 100};
        Scene[] pairs = {first, due, onTrack, cancelling, unsigned};
        for (int i = 0; i < pairs.length; i++) {
            jdbc.sql("update mentor_match set score = :score where id = (select match_id from mentoring_pair "
                            + "where id = :pair)")
                    .param("score", scores[i]).param("pair", pairs[i].pairId()).update();
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
