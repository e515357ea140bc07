package org.flipside.pairing.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.Reminders;
import org.flipside.testing.Race;
import org.flipside.testing.Race.Contender;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The session reminders on a real database: two job instances racing over the same due sessions issue every reminder
 * once, a restarted one repeats nothing and catches up on what fell due while it was down, and the "upcoming" reminder
 * follows each recipient's own clock across daylight-saving changes.
 */
abstract class SessionRemindersContract {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    SessionStore store;
    @Autowired
    PairStore pairStore;
    @Autowired
    PairViews pairViews;
    @Autowired
    Reminders reminders;
    @Autowired
    TestClock clock;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    SessionService service;

    final List<ReminderDue> published = new CopyOnWriteArrayList<>();
    final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload() instanceof ReminderDue due) {
            published.add(due);
        }
    };
    PairFixture fixture;

    @BeforeEach
    void listen() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    SessionReminderRun job(Clock at) {
        return new SessionReminderRun(store, pairStore, pairViews, reminders, at, Duration.ofHours(2),
                Duration.ofDays(14));
    }

    long session(Scene scene, Instant start, int minutes) {
        return store.insert(scene.pairId(), UUID.randomUUID().toString(), new Planned(start, minutes, ZoneOffset.UTC,
                SessionMode.VIDEO, null, "Catch up", null), Side.MENTEE, clock.instant(), "test");
    }

    void zone(Person person, String zone) {
        jdbc.sql("update employee set time_zone = :zone where employee_number = :number").param("zone", zone)
                .param("number", person.employeeNumber()).update();
    }

    long logged(String key) {
        return jdbc.sql("select count(*) from reminder_log where reminder_key = :key").param("key", key)
                .query(Long.class).single();
    }

    Map<String, Long> publishedPerKey(List<String> keys) {
        return published.stream().map(ReminderDue::key).filter(keys::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static List<String> upcomingKeys(Scene scene, long session, int sequence) {
        return List.of("session-upcoming:" + session + ":" + sequence + ":" + scene.menteeParticipant(),
                "session-upcoming:" + session + ":" + sequence + ":" + scene.mentorParticipant());
    }

    static List<String> unloggedKeys(Scene scene, long session) {
        return List.of("session-unlogged:" + session + ":" + scene.menteeParticipant(),
                "session-unlogged:" + session + ":" + scene.mentorParticipant());
    }

    @Test
    void twoSchedulersRacingOverManyDueSessionsIssueEveryReminderOnceAndARestartRepeatsNothing() throws Exception {
        Instant now = clock.instant();
        List<String> expected = new ArrayList<>();
        for (int pair = 0; pair < 3; pair++) {
            Scene scene = fixture.scene();
            for (int i = 0; i < 4; i++) {
                long upcoming = session(scene, now.plus(Duration.ofMinutes(60 + 90L * i)), 60);
                expected.addAll(upcomingKeys(scene, upcoming, 0));
            }
            for (int i = 0; i < 2; i++) {
                long unlogged = session(scene, now.minus(Duration.ofHours(5 + 2L * i)), 60);
                expected.addAll(unloggedKeys(scene, unlogged));
            }
        }
        SessionReminderRun first = job(clock);
        SessionReminderRun second = job(clock);

        for (int round = 0; round < 2; round++) {
            Race.run(new Contender<>(() -> { }, first::run), new Contender<>(() -> { }, second::run));
        }
        job(clock).run();

        assertThat(expected).hasSize(36).doesNotHaveDuplicates();
        assertThat(expected).allSatisfy(key -> assertThat(logged(key)).as(key).isEqualTo(1));
        assertThat(publishedPerKey(expected)).hasSize(36).allSatisfy((key, count) -> assertThat(count).as(key)
                .isEqualTo(1));
    }

    @Test
    void aReminderThatFellDueWhileNoInstanceRanIsIssuedOnTheNextRunButNeverOnceTheSessionStarted() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Scene scene = fixture.scene();
        long tomorrow = session(scene, now.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(30)), 60);

        job(Clock.fixed(now, ZoneOffset.UTC)).run();
        assertThat(upcomingKeys(scene, tomorrow, 0)).allSatisfy(key -> assertThat(logged(key)).isZero());
        // Planned while no instance runs, for within the hour: its reminder is due at once, but nobody will look.
        long missed = session(scene, now.plus(Duration.ofHours(1)), 30);

        // Down from now until the missed session has begun, and past the other's reminder time.
        job(Clock.fixed(now.plus(Duration.ofMinutes(61)), ZoneOffset.UTC)).run();

        assertThat(upcomingKeys(scene, tomorrow, 0)).allSatisfy(key -> assertThat(logged(key)).isEqualTo(1));
        assertThat(upcomingKeys(scene, missed, 0)).allSatisfy(key -> assertThat(logged(key)).isZero());
        ReminderDue sent = published.stream().filter(r -> r.key().equals(upcomingKeys(scene, tomorrow, 0).get(0)))
                .findFirst().orElseThrow();
        assertThat(sent.kind()).isEqualTo("session.upcoming");
        assertThat(sent.link()).isEqualTo("/pairs/" + scene.pairId() + "/sessions");
        assertThat(sent.dueAt()).isEqualTo(now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void theSessionNotLoggedReminderGoesOnceTwoHoursAfterThePlannedEndOnlyWhileStillPlanned() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Scene scene = fixture.scene();
        long open = session(scene, now.minus(Duration.ofHours(3)), 45); // ended 2h15m ago
        long recent = session(scene, now.minus(Duration.ofHours(2)).minus(Duration.ofMinutes(10)), 60); // 1h10m ago
        long held = session(scene, now.minus(Duration.ofHours(4)), 60);
        store.log(held, 0, new SessionOutcome(SessionStatus.HELD, null, null, 60, List.of(), "Good"), Side.MENTOR,
                now, "test");

        job(Clock.fixed(now, ZoneOffset.UTC)).run();
        job(Clock.fixed(now.plus(Duration.ofMinutes(5)), ZoneOffset.UTC)).run();

        assertThat(unloggedKeys(scene, open)).allSatisfy(key -> assertThat(logged(key)).isEqualTo(1));
        assertThat(unloggedKeys(scene, recent)).allSatisfy(key -> assertThat(logged(key)).isZero());
        assertThat(unloggedKeys(scene, held)).allSatisfy(key -> assertThat(logged(key)).isZero());
        assertThat(publishedPerKey(unloggedKeys(scene, open))).containsOnly(
                Map.entry(unloggedKeys(scene, open).get(0), 1L), Map.entry(unloggedKeys(scene, open).get(1), 1L));

        job(Clock.fixed(now.plus(Duration.ofMinutes(71)), ZoneOffset.UTC)).run();
        assertThat(unloggedKeys(scene, recent)).allSatisfy(key -> assertThat(logged(key)).isEqualTo(1));
    }

    @Test
    void inBerlinTheReminderForTheFirstSummerTimeSundayIsDueSaturdayAtNineCetNotBefore() {
        Scene scene = fixture.scene();
        zone(scene.mentee(), "Europe/Berlin");
        zone(scene.mentor(), "Asia/Tokyo");
        long sunday = session(scene, Instant.parse("2026-03-29T07:00:00Z"), 60); // 09:00 CEST
        String berlin = upcomingKeys(scene, sunday, 0).get(0);
        String tokyo = upcomingKeys(scene, sunday, 0).get(1);

        job(Clock.fixed(Instant.parse("2026-03-28T07:00:00Z"), ZoneOffset.UTC)).run();
        assertThat(logged(tokyo)).isEqualTo(1); // Tokyo keeps its clocks: 24 hours before
        job(Clock.fixed(Instant.parse("2026-03-28T07:59:59Z"), ZoneOffset.UTC)).run();
        assertThat(logged(berlin)).isZero();

        job(Clock.fixed(Instant.parse("2026-03-28T08:00:00Z"), ZoneOffset.UTC)).run();
        assertThat(logged(berlin)).isEqualTo(1);
        ReminderDue sent = published.stream().filter(r -> r.key().equals(berlin)).findFirst().orElseThrow();
        assertThat(sent.dueAt()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(sent.recipient().timeZone()).isEqualTo("Europe/Berlin");
        assertThat(sent.arguments().get(1)).isEqualTo("Sun 29 Mar 2026, 09:00 (Europe/Berlin)");
    }

    @Test
    void inNewYorkTheReminderForTheFirstWinterTimeSundayIsDue25HoursBefore() {
        Scene scene = fixture.scene();
        zone(scene.mentee(), "America/New_York");
        zone(scene.mentor(), "Asia/Tokyo");
        long sunday = session(scene, Instant.parse("2026-11-01T15:00:00Z"), 60); // 10:00 EST
        String newYork = upcomingKeys(scene, sunday, 0).get(0);
        String tokyo = upcomingKeys(scene, sunday, 0).get(1);

        job(Clock.fixed(Instant.parse("2026-10-31T13:59:59Z"), ZoneOffset.UTC)).run();
        assertThat(logged(newYork)).isZero();
        job(Clock.fixed(Instant.parse("2026-10-31T14:00:00Z"), ZoneOffset.UTC)).run(); // 10:00 EDT
        assertThat(logged(newYork)).isEqualTo(1);
        assertThat(logged(tokyo)).isZero();
        job(Clock.fixed(Instant.parse("2026-10-31T15:00:00Z"), ZoneOffset.UTC)).run();
        assertThat(logged(tokyo)).isEqualTo(1);

        ReminderDue sent = published.stream().filter(r -> r.key().equals(newYork)).findFirst().orElseThrow();
        assertThat(sent.arguments()).containsExactly(fullName(scene, Side.MENTOR),
                "Sun 1 Nov 2026, 10:00 (America/New_York)", "60", programName(scene));
        assertThat(ZoneId.of(sent.recipient().timeZone())).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void aMovedSessionIsAnnouncedAgainUnderItsNewSequence() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Scene scene = fixture.scene();
        long moved = session(scene, now.plus(Duration.ofHours(2)), 60);
        job(Clock.fixed(now, ZoneOffset.UTC)).run();
        assertThat(store.reschedule(moved, 0, new Planned(now.plus(Duration.ofHours(3)), 60, ZoneOffset.UTC,
                SessionMode.PHONE, null, "Catch up", null), now, "test")).isTrue();

        job(Clock.fixed(now.plusSeconds(1), ZoneOffset.UTC)).run();

        assertThat(upcomingKeys(scene, moved, 0)).allSatisfy(key -> assertThat(logged(key)).isEqualTo(1));
        assertThat(upcomingKeys(scene, moved, 1)).allSatisfy(key -> assertThat(logged(key)).isEqualTo(1));
    }

    @Test
    void aManagersReadOfTheSessionsAndTheCalendarEntryIsAuditedOnThisDatabase() {
        Scene scene = fixture.scene();
        long id = session(scene, clock.instant().plus(Duration.ofDays(3)), 60);
        String audited = "select count(*) from audit_entry where actor = :actor and action = 'PAIR_WORKSPACE_OPENED' "
                + "and target_id = :pair";

        List<SessionView> seen = PairFixture.as(scene.manager(), () -> service.of(scene.pairId()));
        String ics = PairFixture.as(scene.manager(), () -> service.calendar(scene.pairId(), id));
        PairFixture.as(scene.manager(), () -> service.get(scene.pairId(), id));

        assertThat(seen).extracting(SessionView::id).containsExactly(id);
        assertThat(ics).contains("METHOD:REQUEST");
        assertThat(jdbc.sql(audited).param("actor", scene.manager().username())
                .param("pair", String.valueOf(scene.pairId())).query(Long.class).single()).isEqualTo(3);
    }

    private String fullName(Scene scene, Side side) {
        return pairViews.of(pairStore.find(scene.pairId()).orElseThrow()).member(side).fullName();
    }

    private String programName(Scene scene) {
        return pairViews.of(pairStore.find(scene.pairId()).orElseThrow()).programName();
    }
}
