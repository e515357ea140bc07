package org.flipside.pairing.session;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.shared.reminder.Reminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the session reminders at an interval. The lock keeps a second instance from doing the same work at the same
 * moment; sending each reminder once does not depend on it (see {@link SessionReminderRun}).
 */
@Component
class SessionReminderJob {

    private final SessionReminderRun run;

    SessionReminderJob(SessionStore sessions, PairStore pairStore, PairViews pairViews, Reminders reminders,
                       Clock clock,
                       @Value("${flipside.sessions.unlogged-after:2h}") Duration unloggedAfter,
                       @Value("${flipside.sessions.unlogged-lookback:14d}") Duration unloggedLookback) {
        this.run = new SessionReminderRun(sessions, pairStore, pairViews, reminders, clock, unloggedAfter,
                unloggedLookback);
    }

    @Scheduled(fixedDelayString = "${flipside.sessions.reminder-interval:5m}",
            initialDelayString = "${flipside.sessions.reminder-interval:5m}")
    @SchedulerLock(name = "session-reminders")
    void onSchedule() {
        run.run();
    }
}
