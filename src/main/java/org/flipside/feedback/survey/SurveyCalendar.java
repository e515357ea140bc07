package org.flipside.feedback.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.feedback.survey.SurveyStore.SurveyRow;
import org.flipside.pairing.PairRoster;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.ProgramState;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the calendar brings: a running program's mid-point and end open their surveys for the program's active pairs,
 * and invitations left unanswered for {@code flipside.surveys.reminder-after} get one reminder. Both are idempotent
 * on their own — instances on their (survey, occasion) key, reminders on theirs — so a second run does nothing.
 */
@Component
class SurveyCalendar {

    static final String REMINDER_KIND = "survey-waiting";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final SurveyStore surveys;
    private final SurveyInstanceStore instances;
    private final SurveyOccasions occasions;
    private final ProgramOutlines programs;
    private final PairRoster pairs;
    private final Reminders reminders;
    private final Duration window;
    private final Duration reminderAfter;
    private final Clock clock;

    SurveyCalendar(SurveyStore surveys, SurveyInstanceStore instances, SurveyOccasions occasions, ProgramOutlines programs,
                   PairRoster pairs, Reminders reminders, @Value("${flipside.surveys.window:14d}") Duration window,
                   @Value("${flipside.surveys.reminder-after:3d}") Duration reminderAfter, Clock clock) {
        this.surveys = surveys;
        this.instances = instances;
        this.occasions = occasions;
        this.programs = programs;
        this.pairs = pairs;
        this.reminders = reminders;
        this.window = window;
        this.reminderAfter = reminderAfter;
        this.clock = clock;
    }

    /** Opens the instances whose day has come; returns how many this run opened. */
    int openDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<SurveyRow> due = new ArrayList<>(surveys.enabled(SurveyTrigger.MID_POINT, null));
        due.addAll(surveys.enabled(SurveyTrigger.PROGRAM_END, null));
        Map<Long, ProgramOutline> outlines = programs.of(due.stream().map(SurveyRow::programId).distinct().toList());
        int opened = 0;
        for (SurveyRow survey : due) {
            ProgramOutline program = outlines.get(survey.programId());
            LocalDate day = program == null ? null : dayOf(survey.trigger(), program);
            // A survey switched on long after its day is not sent late: the window it would have had is over.
            if (day == null || program.state() != ProgramState.RUNNING || today.isBefore(day)
                    || !today.isBefore(day.plusDays(window.toDays()))) {
                continue;
            }
            String occasion = (survey.trigger() == SurveyTrigger.MID_POINT ? "mid-point:" : "end:") + day;
            if (occasions.open(survey, occasion, null, pairs.activeIn(program.id()))) {
                opened++;
            }
        }
        return opened;
    }

    /** Issues the reminders due now; returns how many this run issued. */
    int remind() {
        Instant now = clock.instant();
        int issued = 0;
        for (Invitation invitation : instances.waiting(now.minus(reminderAfter), now)) {
            if (invitation.email() == null || invitation.email().isBlank()) {
                continue;
            }
            String closes = DAY.format(invitation.closesAt().atZone(ZoneId.of(invitation.timeZone())));
            ReminderDue due = new ReminderDue(REMINDER_KIND + ":" + invitation.id(),
                    new ReminderRecipient(invitation.email(), invitation.fullName(), invitation.timeZone()),
                    REMINDER_KIND, List.of(invitation.title(), invitation.programName(), closes),
                    "/surveys/" + invitation.id(), invitation.openedAt().plus(reminderAfter));
            if (reminders.issue(due)) {
                issued++;
            }
        }
        return issued;
    }

    /** The mid-point (halfway, rounded down) or the end date; null for a program without both dates. */
    static LocalDate dayOf(SurveyTrigger trigger, ProgramOutline program) {
        if (program.startDate() == null || program.endDate() == null) {
            return null;
        }
        if (trigger == SurveyTrigger.PROGRAM_END) {
            return program.endDate();
        }
        return program.startDate().plusDays(ChronoUnit.DAYS.between(program.startDate(), program.endDate()) / 2);
    }
}
