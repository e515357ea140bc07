package org.flipside.insights.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.insights.InsightSteps;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.shared.reminder.Reminders;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Overdue reminders to an action's owner: the day after the due date, then weekly while not done, once per week
 * however often the job runs; a moved due date starts afresh and a done action is left alone. The due date is set in
 * the past directly, so the shared test clock does not move.
 */
class OverdueActionRemindersTest extends WebTestBase {

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
    OverdueActionReminders job;
    @Autowired
    Reminders reminders;

    @Test
    void remindsTheDayAfterThenWeeklyOncePerWeekAndAfreshForAMovedDate() throws Exception {
        PairFixture fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        Scene scene = fixture.scene();
        Person owner = fixture.senior(Role.EMPLOYEE);
        InsightSteps steps = new InsightSteps(mvc);
        long insight = steps.record(scene, scene.mentor(), "Slow laptops", false);
        steps.propose(insight, scene.mentor(), owner.employeeNumber());
        long action = steps.accept(insight, owner, LocalDate.now(clock).plusDays(5));
        LocalDate today = LocalDate.now(clock);

        job.run();
        assertThat(keys(action)).isZero();

        LocalDate due = today.minusDays(1);
        dueOn(action, due);
        job.run();
        job.run();
        assertThat(reminders.issued(key(action, due, 0))).isTrue();
        assertThat(keys(action)).isOne();

        due = today.minusDays(6); // a moved due date starts afresh: its own first reminder, once
        dueOn(action, due);
        job.run();
        assertThat(reminders.issued(key(action, due, 0))).isTrue();
        job.run();
        assertThat(keys(action)).isEqualTo(2);

        due = today.minusDays(8); // the second week of being overdue
        dueOn(action, due);
        job.run();
        assertThat(reminders.issued(key(action, due, 1))).isTrue();
        assertThat(reminders.issued(key(action, due, 0))).isFalse();

        jdbc.sql("update insight_action set status = 'DONE', outcome = 'Done' where id = :id").param("id", action)
                .update();
        dueOn(action, today.minusDays(15));
        job.run();
        assertThat(reminders.issued(key(action, today.minusDays(15), 2))).isFalse();
    }

    private void dueOn(long action, LocalDate due) {
        jdbc.sql("update insight_action set due_on = :due where id = :id").param("due", due).param("id", action)
                .update();
    }

    private long keys(long action) {
        return jdbc.sql("select count(*) from reminder_log where reminder_key like :k")
                .param("k", OverdueActionReminders.KIND + ":" + action + ":%").query(Long.class).single();
    }

    private static String key(long action, LocalDate due, long week) {
        return OverdueActionReminders.KIND + ":" + action + ":" + due + ":" + week;
    }
}
