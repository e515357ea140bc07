package org.flipside.pairing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.consent.ConsentFixture;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A running program with a manager and a pair its manager formed by hand, for tests of the pair workspace. Every call
 * makes new people and a new program, so tests sharing a database never see each other's pairs.
 */
public final class PairFixture {

    private final ConsentFixture consent;
    private final EnrollmentFixture people;
    private final Pairs pairs;

    public PairFixture(JdbcClient jdbc, Accounts accounts, DirectoryWriter directory, Programs programs, Pairs pairs) {
        this.consent = new ConsentFixture(jdbc, accounts, directory, programs);
        this.people = new EnrollmentFixture(accounts, directory, programs);
        this.pairs = pairs;
    }

    /** A senior leader (grade 8), senior enough to be mentored by anyone {@link #person} makes. */
    public Person senior(Role... roles) {
        return people.person(8, roles);
    }

    /** A person (grade 3) with an account and a directory entry. */
    public Person person(Role... roles) {
        return consent.person(roles);
    }

    /** A new running program, its manager, two people approved on either side, and their pair. */
    public Scene scene() {
        Person manager = person(Role.PROGRAM_MANAGER);
        long program = consent.program(manager, 2);
        consent.state(program, "RUNNING");
        return pairIn(program, manager);
    }

    /** Another pair in the same program, with two new people. */
    public Scene pairIn(long program, Person manager) {
        Person mentee = senior(Role.EMPLOYEE);
        Person mentor = person(Role.EMPLOYEE);
        long menteeId = consent.participant(program, mentee, "MENTEE");
        long mentorId = consent.participant(program, mentor, "MENTOR");
        long pairId = as(manager, () -> pairs.create(program, menteeId, mentorId).id());
        return new Scene(program, manager, mentee, mentor, menteeId, mentorId, pairId);
    }

    /** An approved participant of the program on {@code side} (MENTEE or MENTOR) for this person. */
    public long participant(long program, Person person, String side) {
        return consent.participant(program, person, side);
    }

    /** Runs {@code work} signed in as {@code person}, restoring whoever was signed in before. */
    public static <T> T as(Person person, java.util.function.Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            ProgramTestUsers.actAs(person.auth());
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The request made by this signed-in person. */
    public static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Person person) {
        return request.with(authentication(person.auth()));
    }

    /**
     * One pair and the people around it.
     *
     * @param menteeParticipant the mentee's participant id, likewise {@code mentorParticipant}
     */
    public record Scene(long program, Person manager, Person mentee, Person mentor, long menteeParticipant,
                        long mentorParticipant, long pairId) {
    }
}
