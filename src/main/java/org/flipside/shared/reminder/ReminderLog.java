package org.flipside.shared.reminder;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Reminders} on the {@code reminder_log} table. Each reminder gets a transaction of its own: the row and the
 * event's publication record commit together, so a reminder is either issued and will be delivered, or not issued and
 * will be found due again. Of two instances inserting the same key, the primary key lets one win; the loser's
 * transaction (which on PostgreSQL cannot go on after the failed insert) is rolled back and counts as "already issued".
 */
@Component
class ReminderLog implements Reminders {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ReminderLog(JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean issue(ReminderDue reminder) {
        if (issued(reminder.key())) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                jdbc.sql("insert into reminder_log (reminder_key, kind, issued_at) values (:key, :kind, :at)")
                        .param("key", reminder.key()).param("kind", reminder.kind())
                        .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
                events.publishEvent(reminder);
                return true;
            }));
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    @Override
    public boolean issued(String key) {
        return jdbc.sql("select count(*) from reminder_log where reminder_key = :key").param("key", key)
                .query(Long.class).single() > 0;
    }
}
