package org.flipside.matching.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.scoring.CriterionScore;
import org.flipside.matching.scoring.Explanation;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.matching.scoring.Reason;
import org.flipside.matching.scoring.Term;
import org.flipside.matching.settings.Criterion;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Cadence;
import org.flipside.program.EnrollmentFixture;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.testing.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Programs being matched, approved participants with accounts, and finished runs with proposals, for consent tests.
 * Participant, run and proposal rows are written directly: enrolment and the optimiser are other parts of the
 * application and not what these tests are about.
 */
public final class ConsentFixture {

    public static final String EXPLANATION = explanation("No answer given");

    /**
     * An explanation as scoring writes it: shared interests, work styles quoting both people's scores (83 and 17) and
     * linked answers quoting the mentor's answer, so tests can show the last two never reach the partner.
     */
    public static String explanation(String mentorsAnswer) {
        return ExplanationCodec.write(new Explanation(700, List.of(
                new CriterionScore(Criterion.INTERESTS, 3, 100, 300, Reason.of("matching.reason.interests.shared", 1,
                        List.of("Bouldering"))),
                new CriterionScore(Criterion.WORK_STYLE, 3, 66, 200, Reason.of("matching.reason.workStyle", 66,
                        List.of(Term.of("matching.style.SIMILAR", Term.of("matching.style.dimension.PACE"), 83, 17)))),
                new CriterionScore(Criterion.ANSWERS, 2, 100, 200, Reason.of("matching.reason.answers", 100,
                        List.of(Term.of("matching.answer.shared", "Why?", 100, mentorsAnswer)))),
                new CriterionScore(Criterion.LANGUAGE, 0, 100, 0, Reason.of("matching.reason.language.common",
                        List.of("en")))), null));
    }

    private final JdbcClient jdbc;
    private final Programs programs;
    private final EnrollmentFixture people;

    public ConsentFixture(JdbcClient jdbc, Accounts accounts, DirectoryWriter directory, Programs programs) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.people = new EnrollmentFixture(accounts, directory, programs);
    }

    /** A person with an account and a directory entry. */
    public Person person(Role... roles) {
        return people.person(3, roles);
    }

    /** A program in MATCHING, created (and so managed) by {@code manager}, with this mentor capacity. */
    public long program(Person manager, int mentorCapacity) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            ProgramTestUsers.actAs(manager.auth());
            long id = programs.create(new ProgramDraft("Matching " + Unique.username("p"),
                    "Leaders learn digital tools from juniors.", List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)),
                    List.of("AI"), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), Cadence.FORTNIGHTLY,
                    mentorCapacity, null)).id();
            state(id, "MATCHING");
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public void state(long programId, String state) {
        jdbc.sql("update program set state = :state where id = :id").param("state", state).param("id", programId)
                .update();
    }

    /** An approved participant of the program for this person, on the side MENTOR or MENTEE. */
    public long participant(long programId, Person person, String side) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into participant (program_id, employee_number, side, state, created_at, created_by, "
                        + "updated_at, version) values (:program, :number, :side, 'APPROVED', :now, 'test', :now, 0)")
                .param("program", programId).param("number", person.employeeNumber()).param("side", side)
                .param("now", now).update();
        return jdbc.sql("select id from participant where program_id = :program and employee_number = :number")
                .param("program", programId).param("number", person.employeeNumber()).query(Long.class).single();
    }

    /** A finished run of the program proposing these pairs, each {mentee, mentor, score in tenths}. */
    public long run(long programId, long[]... pairs) {
        return run(programId, EXPLANATION, pairs);
    }

    /** A finished run whose proposals all carry this explanation. */
    public long run(long programId, String explanation, long[]... pairs) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into matching_run (program_id, state, progress, settings, mentees, mentors, matched, "
                        + "started_at, started_by, heartbeat_at, finished_at, version) values (:program, 'DONE', 100, "
                        + "'{}', :count, :count, :count, :now, 'test', :now, :now, 0)")
                .param("program", programId).param("count", pairs.length).param("now", now).update();
        long runId = jdbc.sql("select max(id) from matching_run where program_id = :program")
                .param("program", programId).query(Long.class).single();
        for (long[] pair : pairs) {
            jdbc.sql("insert into matching_proposal (run_id, mentee_participant_id, mentor_participant_id, score, "
                            + "locked, explanation) values (:run, :mentee, :mentor, :score, false, :explanation)")
                    .param("run", runId).param("mentee", pair[0]).param("mentor", pair[1])
                    .param("score", pair.length > 2 ? (int) pair[2] : 750).param("explanation", explanation).update();
        }
        return runId;
    }

    public static long[] pair(long mentee, long mentor, int score) {
        return new long[]{mentee, mentor, score};
    }
}
