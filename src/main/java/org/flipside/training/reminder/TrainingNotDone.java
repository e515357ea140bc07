package org.flipside.training.reminder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.Side;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;
import org.flipside.training.progress.Unfinished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds approved participants who have not finished their role training, 3 and then 10 days after their approval,
 * in programs that require the training and are matching or running. Each occasion has its own key, so
 * {@link Reminders} sends it once whichever instance finds it first; occasions already issued are not even looked at
 * again. Someone found only after day 10 (the program started requiring training late) gets the day-10 reminder
 * alone, not both at once.
 */
@Component
public class TrainingNotDone {

    static final String KIND = "training.notdone";
    static final List<Integer> DAYS = List.of(3, 10);
    private static final String LINK = "/me/training";

    private final JdbcClient jdbc;
    private final Unfinished unfinished;
    private final Directory directory;
    private final Reminders reminders;
    private final java.time.Clock clock;

    TrainingNotDone(JdbcClient jdbc, Unfinished unfinished, Directory directory, Reminders reminders,
                    java.time.Clock clock) {
        this.jdbc = jdbc;
        this.unfinished = unfinished;
        this.directory = directory;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flipside.training.reminder-interval:15m}",
            initialDelayString = "${flipside.training.reminder-interval:15m}")
    @SchedulerLock(name = "training-not-done")
    void onSchedule() {
        issueDue();
    }

    /** Issues every reminder due now; returns how many this call issued. */
    public int issueDue() {
        Instant now = clock.instant();
        int issued = 0;
        for (int i = 0; i < DAYS.size(); i++) {
            int days = DAYS.get(i);
            Instant approvedBy = now.minus(Duration.ofDays(days));
            Instant approvedAfter = i + 1 < DAYS.size() ? now.minus(Duration.ofDays(DAYS.get(i + 1))) : null;
            List<Due> due = due(days, approvedBy, approvedAfter);
            Map<String, Employee> people = directory.byNumbers(due.stream().map(Due::employeeNumber).toList());
            for (Due d : due) {
                Employee person = people.get(d.employeeNumber());
                if (person == null || person.email() == null || person.email().isBlank()) {
                    continue;
                }
                if (reminders.issue(new ReminderDue(key(d.participantId(), days),
                        new ReminderRecipient(person.email(), person.fullName(), person.timeZone()), KIND,
                        List.of(d.programName(), String.valueOf(unfinished.modules(d.side()) - d.passed())), LINK,
                        d.approvedAt().plus(Duration.ofDays(days))))) {
                    issued++;
                }
            }
        }
        return issued;
    }

    static String key(long participantId, int days) {
        return "training-not-done:" + participantId + ":" + days;
    }

    private List<Due> due(int days, Instant approvedBy, Instant approvedAfter) {
        return unfinished.bind(jdbc.sql("select p.id, p.employee_number, p.side, p.decided_at, pr.name, "
                        + Unfinished.PASSED + " passed from participant p "
                        + "join program pr on pr.id = p.program_id "
                        + "join training_setting s on s.program_id = p.program_id "
                        + "where s.required_before_pairing = true and pr.state in ('MATCHING', 'RUNNING') "
                        + "and p.state = 'APPROVED' and p.decided_at <= :approvedBy "
                        + (approvedAfter == null ? "" : "and p.decided_at > :approvedAfter ")
                        + "and " + Unfinished.CONDITION + " and not exists (select 1 from reminder_log r "
                        + "where r.reminder_key = concat('training-not-done:', cast(p.id as varchar(20)), "
                        + "cast(:suffix as varchar(8)))) order by p.id"))
                .param("approvedBy", approvedBy.atOffset(ZoneOffset.UTC))
                .param("approvedAfter", approvedAfter == null ? null : approvedAfter.atOffset(ZoneOffset.UTC))
                .param("suffix", ":" + days)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("employee_number"),
                        Side.valueOf(rs.getString("side")), instant(rs.getTimestamp("decided_at")),
                        rs.getString("name"), rs.getInt("passed")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private record Due(long participantId, String employeeNumber, Side side, Instant approvedAt, String programName,
                       int passed) {
    }
}
