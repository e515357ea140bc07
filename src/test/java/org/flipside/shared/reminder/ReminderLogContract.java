package org.flipside.shared.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flipside.testing.Race;
import org.flipside.testing.Race.Contender;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
abstract class ReminderLogContract {

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private static ReminderDue reminder(String key) {
        return new ReminderDue(key, new ReminderRecipient("ada@example.com", "Ada", "Europe/Berlin"),
                "session.upcoming", List.of("Tuesday 10:00"), "/pairs/1", Instant.parse("2026-03-28T08:00:00Z"));
    }

    @Test
    void aReminderIsIssuedAndPublishedTheFirstTimeOnly() {
        String key = "test:" + Unique.username("reminder");

        assertThat(reminders.issued(key)).isFalse();
        assertThat(reminders.issue(reminder(key))).isTrue();
        assertThat(reminders.issue(reminder(key))).isFalse();

        assertThat(reminders.issued(key)).isTrue();
        assertThat(events.stream(ReminderDue.class).filter(r -> r.key().equals(key)).count()).isEqualTo(1);
    }

    @Test
    void twoInstancesIssuingTheSameReminderAtOnceIssueItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "race:" + Unique.username("reminder");
            List<Boolean> outcomes = Race.run(new Contender<>(() -> { }, () -> reminders.issue(reminder(key))),
                    new Contender<>(() -> { }, () -> reminders.issue(reminder(key))),
                    new Contender<>(() -> { }, () -> reminders.issue(reminder(key))));

            assertThat(outcomes).containsOnlyOnce(true);
            assertThat(jdbc.sql("select count(*) from reminder_log where reminder_key = :key").param("key", key)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aKeyLongerThanTheColumnIsRefusedBeforeTheDatabase() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reminder("k".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
    }
}
