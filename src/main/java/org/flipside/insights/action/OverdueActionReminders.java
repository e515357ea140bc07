package org.flipside.insights.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;
import org.springframework.stereotype.Component;

/**
 * Reminds owners of overdue actions: the first time the day after the due date, then every seven days while the action
 * is overdue and not done. The key names the action, its due date and the week of overdue, so every pass may run any
 * number of times (the reminder log sends each key once) and a moved due date starts afresh.
 */
@Component
public class OverdueActionReminders {

    static final String KIND = "insight-action-overdue";

    private final ActionStore store;
    private final Directory directory;
    private final ProgramOutlines outlines;
    private final Reminders reminders;
    private final Clock clock;

    OverdueActionReminders(ActionStore store, Directory directory, ProgramOutlines outlines, Reminders reminders,
                           Clock clock) {
        this.store = store;
        this.directory = directory;
        this.outlines = outlines;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Issues what is due today; returns how many reminders this pass issued. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        List<StoredAction> overdue = store.overdue(today);
        Map<String, Employee> owners = directory.byNumbers(overdue.stream().map(StoredAction::ownerNumber).toList());
        Map<Long, ProgramOutline> programs = outlines.of(overdue.stream().map(StoredAction::programId).toList());
        int issued = 0;
        for (StoredAction action : overdue) {
            Employee owner = owners.get(action.ownerNumber());
            if (owner == null || !owner.active()) {
                continue;
            }
            long daysOver = ChronoUnit.DAYS.between(action.dueOn(), today);
            long week = (daysOver - 1) / 7;
            String key = KIND + ":" + action.id() + ":" + action.dueOn() + ":" + week;
            ProgramOutline program = programs.get(action.programId());
            List<String> arguments = List.of(action.expectedOutcome(), program == null ? "" : program.name(),
                    action.dueOn().toString(), Long.toString(daysOver));
            ReminderDue due = new ReminderDue(key, new ReminderRecipient(owner.email(), owner.fullName(),
                    owner.timeZone()), KIND, arguments, "/insights/actions/" + action.id(),
                    action.dueOn().plusDays(1 + 7 * week).atStartOfDay(clock.getZone()).toInstant());
            if (reminders.issue(due)) {
                issued++;
            }
        }
        return issued;
    }
}
