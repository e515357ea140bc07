package org.flipside.demo.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.flipside.identity.Accounts;
import org.flipside.identity.AccountView;
import org.flipside.people.NewEmployee;
import org.flipside.program.ActingEmployee;
import org.flipside.program.Enrollment;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Enrols junior mentors (grade 3 and below) and senior mentees (grade 8 and above) in the program that
 * {@link DemoPrograms} left for matching, fills in the approved participants' profiles and then moves the program to
 * MATCHING, so matching has something to work on at first start. Everything goes through the enrolment and profile
 * services: the demo manager invites and decides, each participant applies, declines and edits their own profile
 * (as an {@link ActingEmployee}). A few stay invited, applied or declined, and a few profiles are left unfinished.
 * The demo {@code employee} account is always one of the approved mentors.
 */
@Component
@Order(400)
class DemoParticipants implements DemoStep {

    static final int MENTORS_APPROVED = 40;
    static final int MENTORS_APPLIED = 2;
    static final int MENTORS_INVITED = 2;
    static final int MENTORS_DECLINED = 2;
    static final int MENTEES_APPROVED = 25;
    static final int MENTEES_APPLIED = 2;
    static final int MENTEES_INVITED = 1;
    static final int MENTEES_DECLINED = 2;
    /** Approved participants, the last of each side's approved list, whose profiles stay unfinished. */
    static final int MENTORS_INCOMPLETE = 2;
    static final int MENTEES_INCOMPLETE = 1;

    private static final long SEED = 400L;

    static final List<String> GOALS = List.of(
            "Learn from a colleague in a completely different part of the company.",
            "Get better at explaining what I know, and pick up something new in return.",
            "Understand how the other generation works and make our team more open.",
            "Build a network beyond my own department.");


    private final Enrollment enrollment;
    private final DemoEnrolment enrolment;
    private final Programs programs;
    private final Accounts accounts;

    DemoParticipants(Enrollment enrollment, DemoEnrolment enrolment, Programs programs, Accounts accounts) {
        this.enrollment = enrollment;
        this.enrolment = enrolment;
        this.programs = programs;
        this.accounts = accounts;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        Optional<Long> program = seeding.programToMatch();
        if (program.isEmpty()) {
            return;
        }
        long programId = program.get();
        Random random = new Random(SEED);
        Authentication asManager = DemoEnrolment.manager(seeding);

        Optional<String> employeeAccountEmail = accounts.findByUsername("employee").map(AccountView::email);
        List<NewEmployee> mentors = DemoEnrolment.pick(seeding, random,
                MENTORS_APPROVED + MENTORS_APPLIED + MENTORS_INVITED + MENTORS_DECLINED, person -> person.grade() <= 3,
                employeeAccountEmail);
        List<NewEmployee> mentees = DemoEnrolment.pick(seeding, random,
                MENTEES_APPROVED + MENTEES_APPLIED + MENTEES_INVITED + MENTEES_DECLINED, person -> person.grade() >= 8,
                Optional.empty());

        Question goal = DemoEnrolment.as(asManager, () -> enrollment.addQuestion(programId,
                new NewQuestion(QuestionType.TEXT, "What would you like to get out of this exchange?", null, true)));
        List<ParticipantView> invitedMentors = DemoEnrolment.as(asManager,
                () -> enrollment.invite(programId, Side.MENTOR, DemoEnrolment.numbers(mentors)));
        List<ParticipantView> invitedMentees = DemoEnrolment.as(asManager,
                () -> enrollment.invite(programId, Side.MENTEE, DemoEnrolment.numbers(mentees)));

        List<ParticipantView> approvedMentors = enrolment.enrol(invitedMentors, MENTORS_APPROVED, MENTORS_APPLIED,
                MENTORS_INVITED, asManager, goal, random);
        List<ParticipantView> approvedMentees = enrolment.enrol(invitedMentees, MENTEES_APPROVED, MENTEES_APPLIED,
                MENTEES_INVITED, asManager, goal, random);

        Map<String, NewEmployee> byNumber = new HashMap<>();
        Stream.concat(mentors.stream(), mentees.stream()).forEach(p -> byNumber.put(p.employeeNumber(), p));
        for (int i = 0; i < approvedMentors.size(); i++) {
            ParticipantView mentor = approvedMentors.get(i);
            int unfinished = Math.max(0, i - (approvedMentors.size() - MENTORS_INCOMPLETE) + 1);
            enrolment.fillProfile(mentor, byNumber.get(mentor.employeeNumber()), Side.MENTOR, unfinished,
                    approvedMentees, random);
        }
        for (int i = 0; i < approvedMentees.size(); i++) {
            ParticipantView mentee = approvedMentees.get(i);
            int unfinished = i < approvedMentees.size() - MENTEES_INCOMPLETE ? 0 : 3;
            enrolment.fillProfile(mentee, byNumber.get(mentee.employeeNumber()), Side.MENTEE, unfinished,
                    approvedMentors, random);
        }

        DemoEnrolment.as(asManager,
                () -> programs.transition(programId, ProgramState.MATCHING, programs.get(programId).version()));
    }
}
