package org.flipside.demo.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flipside.identity.Accounts;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.program.ActingEmployee;
import org.flipside.program.Application;
import org.flipside.program.Enrollment;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.flipside.program.profile.ProfileContent;
import org.flipside.program.profile.ProfileService;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private static final List<String> GOALS = List.of(
            "Learn from a colleague in a completely different part of the company.",
            "Get better at explaining what I know, and pick up something new in return.",
            "Understand how the other generation works and make our team more open.",
            "Build a network beyond my own department.");
    private static final List<String> DECLINE_REASONS = List.of(
            "The program is full on this side for now; we will invite you to the next round.");


    private final Enrollment enrollment;
    private final ProfileService profiles;
    private final Programs programs;
    private final Accounts accounts;

    DemoParticipants(Enrollment enrollment, ProfileService profiles, Programs programs, Accounts accounts) {
        this.enrollment = enrollment;
        this.profiles = profiles;
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
        String manager = seeding.credentials().stream().filter(c -> c.role() == Role.PROGRAM_MANAGER)
                .map(DemoCredential::username).findFirst().orElse(DemoOrganisation.ACTOR);
        Authentication asManager = UsernamePasswordAuthenticationToken.authenticated(manager, null,
                List.of(new SimpleGrantedAuthority(Role.PROGRAM_MANAGER.authority())));

        Optional<String> employeeAccountEmail = accounts.findByUsername("employee").map(AccountView::email);
        List<NewEmployee> mentors = pick(seeding, random, MENTORS_APPROVED + MENTORS_APPLIED + MENTORS_INVITED
                + MENTORS_DECLINED, person -> person.grade() <= 3, employeeAccountEmail);
        List<NewEmployee> mentees = pick(seeding, random, MENTEES_APPROVED + MENTEES_APPLIED + MENTEES_INVITED
                + MENTEES_DECLINED, person -> person.grade() >= 8, Optional.empty());

        Question goal = as(asManager, () -> enrollment.addQuestion(programId, new NewQuestion(QuestionType.TEXT,
                "What would you like to get out of this exchange?", null, true)));
        List<ParticipantView> invitedMentors = as(asManager, () -> enrollment.invite(programId, Side.MENTOR, numbers(mentors)));
        List<ParticipantView> invitedMentees = as(asManager, () -> enrollment.invite(programId, Side.MENTEE, numbers(mentees)));

        List<ParticipantView> approvedMentors = enrol(invitedMentors, MENTORS_APPROVED, MENTORS_APPLIED,
                MENTORS_INVITED, asManager, goal, random);
        List<ParticipantView> approvedMentees = enrol(invitedMentees, MENTEES_APPROVED, MENTEES_APPLIED,
                MENTEES_INVITED, asManager, goal, random);

        Map<String, NewEmployee> byNumber = new HashMap<>();
        Stream.concat(mentors.stream(), mentees.stream()).forEach(p -> byNumber.put(p.employeeNumber(), p));
        for (int i = 0; i < approvedMentors.size(); i++) {
            ParticipantView mentor = approvedMentors.get(i);
            int unfinished = Math.max(0, i - (approvedMentors.size() - MENTORS_INCOMPLETE) + 1);
            fillProfile(mentor, byNumber.get(mentor.employeeNumber()), Side.MENTOR, unfinished, approvedMentees,
                    random);
        }
        for (int i = 0; i < approvedMentees.size(); i++) {
            ParticipantView mentee = approvedMentees.get(i);
            int unfinished = i < approvedMentees.size() - MENTEES_INCOMPLETE ? 0 : 3;
            fillProfile(mentee, byNumber.get(mentee.employeeNumber()), Side.MENTEE, unfinished, approvedMentors,
                    random);
        }

        as(asManager, () -> programs.transition(programId, ProgramState.MATCHING, programs.get(programId).version()));
    }

    /** Active people who fit, shuffled with the fixed seed; the demo employee's person, when they fit, comes first. */
    private static List<NewEmployee> pick(DemoSeeding seeding, Random random, int count,
                                          Predicate<NewEmployee> fits, Optional<String> firstEmail) {
        List<NewEmployee> candidates = new ArrayList<>(seeding.people().stream()
                .filter(p -> p.status() == EmploymentStatus.ACTIVE && p.grade() != null && fits.test(p)).toList());
        Collections.shuffle(candidates, random);
        firstEmail.flatMap(email -> candidates.stream().filter(p -> email.equalsIgnoreCase(p.email())).findFirst())
                .ifPresent(first -> {
                    candidates.remove(first);
                    candidates.add(0, first);
                });
        return List.copyOf(candidates.subList(0, Math.min(count, candidates.size())));
    }

    /**
     * The first {@code approved} invitees apply and are approved, the next {@code applied} apply and wait, the next
     * {@code invited} have not answered yet; of the rest, the first turns the invitation down and the others apply
     * and are declined by the manager.
     */
    private List<ParticipantView> enrol(List<ParticipantView> invited, int approved, int applied, int waiting,
                                        Authentication asManager, Question goal, Random random) {
        List<ParticipantView> result = new ArrayList<>();
        for (int i = 0; i < invited.size(); i++) {
            ParticipantView participant = invited.get(i);
            Authentication asParticipant = new ActingEmployee(participant.employeeNumber());
            if (i >= approved + applied && i < approved + applied + waiting) {
                continue;
            }
            if (i == approved + applied + waiting) {
                as(asParticipant, () -> enrollment.declineInvitation(participant.id(), participant.version()));
                continue;
            }
            Application application = new Application(
                    Map.of(goal.id(), List.of(GOALS.get(random.nextInt(GOALS.size())))), true);
            ParticipantView applicant = as(asParticipant,
                    () -> enrollment.apply(participant.id(), application, participant.version()));
            if (i < approved) {
                result.add(as(asManager, () -> enrollment.approve(applicant.id(), applicant.version())));
            } else if (i >= approved + applied) {
                as(asManager, () -> enrollment.decline(applicant.id(), DECLINE_REASONS.get(0), applicant.version()));
            }
        }
        return result;
    }

    /** Saves the participant's invented profile as the participant. */
    private void fillProfile(ParticipantView participant, NewEmployee person, Side side, int unfinished,
                             List<ParticipantView> otherSide, Random random) {
        ProfileContent content = DemoProfileContent.of(person, side, unfinished, otherSide, random);
        as(new ActingEmployee(participant.employeeNumber()),
                () -> profiles.save(participant.id(), content, profiles.view(participant.id()).version()));
    }

    private static List<String> numbers(List<NewEmployee> people) {
        return people.stream().map(NewEmployee::employeeNumber).toList();
    }

    private static <T> T as(Authentication authentication, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
