package org.flipside.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Cadence;
import org.flipside.program.EnrollmentFixture;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.Unique;
import org.flipside.training.module.CheckQuestion;
import org.flipside.training.module.TrainingModule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Programs and participants for training tests. Participant rows are written directly (approved at a given moment):
 * enrolment is another part of the application and not what these tests are about.
 */
public final class TrainingFixture {

    private final JdbcClient jdbc;
    private final Programs programs;
    private final EnrollmentFixture people;

    public TrainingFixture(JdbcClient jdbc, Accounts accounts, DirectoryWriter directory, Programs programs) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.people = new EnrollmentFixture(accounts, directory, programs);
    }

    public Person person(Role... roles) {
        return people.person(3, roles);
    }

    /** A program in the given state, created (and so managed) by {@code manager}. */
    public long program(Person manager, String state) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            ProgramTestUsers.actAs(manager.auth());
            long id = programs.create(new ProgramDraft("Training " + Unique.username("p"),
                    "Leaders learn digital tools from juniors.", List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)),
                    List.of("AI"), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), Cadence.FORTNIGHTLY, 1,
                    null)).id();
            jdbc.sql("update program set state = :state where id = :id").param("state", state).param("id", id)
                    .update();
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** A participant of the program for this person, on this side, in this state, decided at {@code decidedAt}. */
    public long participant(long programId, Person person, Side side, String state, Instant decidedAt) {
        jdbc.sql("insert into participant (program_id, employee_number, side, state, decided_at, created_at, "
                        + "created_by, updated_at, version) values (:program, :number, :side, :state, :decided, "
                        + ":decided, 'test', :decided, 0)")
                .param("program", programId).param("number", person.employeeNumber()).param("side", side.name())
                .param("state", state).param("decided", decidedAt.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("select id from participant where program_id = :program and employee_number = :number")
                .param("program", programId).param("number", person.employeeNumber()).query(Long.class).single();
    }

    public long approved(long programId, Person person, Side side, Instant decidedAt) {
        return participant(programId, person, side, "APPROVED", decidedAt);
    }

    /** Every question of the module answered right. */
    public static Map<Integer, Integer> rightAnswers(TrainingModule module) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (CheckQuestion question : module.questions()) {
            answers.put(question.number(), question.correct());
        }
        return answers;
    }

    /** Every question answered right except the last, which gets a wrong option. */
    public static Map<Integer, Integer> lastWrong(TrainingModule module) {
        Map<Integer, Integer> answers = rightAnswers(module);
        CheckQuestion last = module.questions().get(module.questions().size() - 1);
        answers.put(last.number(), (last.correct() + 1) % last.options().size());
        return answers;
    }
}
