package org.flipside.demo.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.program.ActingEmployee;
import org.flipside.program.Application;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantView;
import org.flipside.program.Question;
import org.flipside.program.Side;
import org.flipside.program.profile.ProfileContent;
import org.flipside.program.profile.ProfileService;
import org.flipside.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Enrolling demo people the way real ones enrol: invited by the manager, applying as themselves, approved or declined,
 * then filling in their profiles. Shared by the steps that people programs.
 */
@Component
class DemoEnrolment {

    private static final List<String> DECLINE_REASONS = List.of(
            "The program is full on this side for now; we will invite you to the next round.");
    private static final List<String> GOALS = DemoParticipants.GOALS;

    private final Enrollment enrollment;
    private final ProfileService profiles;

    /** The demo program manager, as whom the steps create and run programs. */
    static Authentication manager(DemoSeeding seeding) {
        String manager = seeding.credentials().stream().filter(c -> c.role() == Role.PROGRAM_MANAGER)
                .map(DemoCredential::username).findFirst().orElse(DemoOrganisation.ACTOR);
        return UsernamePasswordAuthenticationToken.authenticated(manager, null,
                List.of(new SimpleGrantedAuthority(Role.PROGRAM_MANAGER.authority())));
    }

    DemoEnrolment(Enrollment enrollment, ProfileService profiles) {
        this.enrollment = enrollment;
        this.profiles = profiles;
    }

    /** Active people who fit, shuffled with the fixed seed; the demo employee's person, when they fit, comes first. */
    static List<NewEmployee> pick(DemoSeeding seeding, Random random, int count,
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
    List<ParticipantView> enrol(List<ParticipantView> invited, int approved, int applied, int waiting,
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
    void fillProfile(ParticipantView participant, NewEmployee person, Side side, int unfinished,
                             List<ParticipantView> otherSide, Random random) {
        ProfileContent content = DemoProfileContent.of(person, side, unfinished, otherSide, random);
        as(new ActingEmployee(participant.employeeNumber()),
                () -> profiles.save(participant.id(), content, profiles.view(participant.id()).version()));
    }

    static List<String> numbers(List<NewEmployee> people) {
        return people.stream().map(NewEmployee::employeeNumber).toList();
    }

    static <T> T as(Authentication authentication, Supplier<T> action) {
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
