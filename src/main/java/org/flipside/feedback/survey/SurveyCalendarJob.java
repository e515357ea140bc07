package org.flipside.feedback.survey;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the survey calendar at an interval. The lock keeps a second instance from doing the same work at the same
 * moment; opening and reminding once do not depend on it (see {@link SurveyCalendar}).
 */
@Component
class SurveyCalendarJob {

    private final SurveyCalendar calendar;

    SurveyCalendarJob(SurveyCalendar calendar) {
        this.calendar = calendar;
    }

    @Scheduled(fixedDelayString = "${flipside.surveys.interval:15m}",
            initialDelayString = "${flipside.surveys.interval:15m}")
    @SchedulerLock(name = "survey-calendar")
    void onSchedule() {
        calendar.openDue();
        calendar.remind();
    }
}
