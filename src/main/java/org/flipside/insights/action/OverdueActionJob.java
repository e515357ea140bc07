package org.flipside.insights.action;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue-action reminders at an interval. The lock keeps a second instance from doing the same work at the
 * same moment; sending each reminder once does not depend on it (see {@link OverdueActionReminders}).
 */
@Component
class OverdueActionJob {

    private final OverdueActionReminders reminders;

    OverdueActionJob(OverdueActionReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${flipside.insights.action-reminder-interval:1h}",
            initialDelayString = "${flipside.insights.action-reminder-interval:1h}")
    @SchedulerLock(name = "insight-action-overdue")
    void onSchedule() {
        reminders.run();
    }
}
