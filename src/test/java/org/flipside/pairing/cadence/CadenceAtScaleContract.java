package org.flipside.pairing.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A program with 5,000 pairs and about 10,000 sessions: the states of all its pairs, and the views of those at risk, come
 * in a fixed number of queries (how fast is printed, not asserted).
 */
abstract class CadenceAtScaleContract {

    static final int PAIRS = 5_000;

    @Autowired
    CadenceTracker tracker;
    @Autowired
    PairStore store;
    @Autowired
    PairViews views;
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
    JdbcTemplate template;
    @Autowired
    Clock clock;

    @Test
    void fiveThousandPairsAreTrackedAndTheAtRiskOnesNamed() {
        Scene scene = new PairFixture(jdbc, accounts, directory, programs, pairs).scene();
        long program = scene.program();
        jdbc.sql("update program set cadence = 'WEEKLY' where id = :id").param("id", program).update();
        Instant now = clock.instant();
        OffsetDateTime at = now.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC);
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            people.add(new Object[]{program, "PM%05d".formatted(i), "MENTEE", at, at});
            people.add(new Object[]{program, "PJ%05d".formatted(i), "MENTOR", at, at});
        }
        template.batchUpdate("insert into participant (program_id, employee_number, side, state, created_at, "
                + "created_by, updated_at, version) values (?, ?, ?, 'APPROVED', ?, 'test', ?, 0)", people);
        template.update("insert into mentor_match (program_id, mentee_participant_id, mentor_participant_id, origin, "
                + "state, score, explanation, respond_by, created_at, created_by, version) "
                + "select a.program_id, a.id, b.id, 'MANUAL', 'CONFIRMED', 0, 'scale', ?, ?, 'test', 0 "
                + "from participant a join participant b on b.program_id = a.program_id "
                + "and b.employee_number = concat('PJ', substr(a.employee_number, 3)) "
                + "where a.program_id = ? and a.employee_number like 'PM%'", at, at, program);
        template.update("insert into mentoring_pair (program_id, match_id, mentee_participant_id, "
                + "mentor_participant_id, origin, state, formed_at, formed_by, activated_at, version) "
                + "select program_id, id, mentee_participant_id, mentor_participant_id, 'MANUAL', 'ACTIVE', ?, "
                + "'test', ?, 0 from mentor_match where program_id = ? and explanation = 'scale'", at, at, program);
        String[][] kinds = {{"HELD", null, null}, {"CANCELLED", "MENTEE", null}, {"NO_SHOW", null, "MENTEE"},
                {"SCHEDULED", null, null}};
        int[] every = {2, 3, 4, 1};
        long[] daysAgo = {3, 8, 13, -2};
        for (int k = 0; k < kinds.length; k++) {
            OffsetDateTime start = now.minus(Duration.ofDays(daysAgo[k])).atOffset(ZoneOffset.UTC);
            template.update("insert into pair_session (pair_id, uid, sequence, starts_at, minutes, time_zone, mode, "
                    + "agenda, status, scheduled_by_side, cancelled_by_side, no_show_side, created_at, created_by, "
                    + "updated_at, updated_by, version) select id, concat('scale-" + k + "-', id), 0, ?, 60, 'UTC', "
                    + "'VIDEO', 'Catch up', ?, 'MENTOR', ?, ?, ?, 'test', ?, 'test', 0 from mentoring_pair "
                    + "where program_id = ? and mod(id, " + every[k] + ") = 0", start, kinds[k][0], kinds[k][1],
                    kinds[k][2], start, start, program);
        }

        analyse("participant", "mentor_match", "mentoring_pair", "pair_session");

        try {
            measure(scene);
        } finally {
            // Other tests of this database run the reminder job over every active pair: these are not theirs.
            template.update("update mentoring_pair set state = 'ENDED_EARLY', closed_at = formed_at "
                    + "where program_id = ?", program);
        }
    }

    private void measure(Scene scene) {
        long program = scene.program();
        long started = System.nanoTime();
        List<PairCadence> states = PairFixture.as(scene.manager(), () -> tracker.ofProgram(program));
        Duration tracking = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        List<Long> atRisk = states.stream().filter(PairCadence::atRisk).map(PairCadence::pairId).toList();
        int named = views.of(store.byIds(atRisk)).size();
        Duration naming = Duration.ofNanos(System.nanoTime() - started);

        assertThat(states).hasSize(PAIRS + 1);
        Map<CadenceState, Long> byState = states.stream()
                .collect(Collectors.groupingBy(PairCadence::state, Collectors.counting()));
        assertThat(byState.keySet()).contains(CadenceState.ON_TRACK, CadenceState.AT_RISK);
        assertThat(named).isEqualTo(atRisk.size()).isGreaterThan(PAIRS / 3);
        // Speed is a benchmark's business, not a test's; the figures are printed for whoever reads the log.
        System.out.printf("cadence of %d pairs: %d ms; naming %d at-risk pairs: %d ms%n", PAIRS, tracking.toMillis(),
                named, naming.toMillis());
    }

    /** Gives the planner the statistics a live database keeps up to date on its own after so many new rows. */
    private void analyse(String... tables) {
        boolean postgres = Boolean.TRUE.equals(template.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
        for (String table : tables) {
            template.execute(postgres ? "analyze " + table : "analyze table " + table);
        }
    }
}
