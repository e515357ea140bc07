package org.flipside.demo.seed;

import java.util.List;
import java.util.Optional;
import org.flipside.feedback.safety.PulseAnswer;
import org.flipside.feedback.safety.PulseInvitation;
import org.flipside.feedback.safety.SafetyInvitations;
import org.flipside.feedback.safety.SafetyPulse;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.program.ActingEmployee;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The running program's first safety-pulse round: every junior mentor is invited, and all but the demo employee
 * answer through the pulse as themselves, so the managers' safety page has aggregated results and one flag whose
 * junior agreed to be contacted. The demo employee's own invitation waits for them under "Safety pulse".
 */
@Component
@Order(620)
class DemoSafetyPulse implements DemoStep {

    /** One answer per mentor in pairing order; the third is low and consents to contact, so a flag shows. */
    private static final List<PulseAnswer> ANSWERS = List.of(
            new PulseAnswer(List.of(4, 4, 3, 5, 4), false),
            new PulseAnswer(List.of(5, 4, 4, 5, 5), false),
            new PulseAnswer(List.of(2, 2, 1, 3, 2), true),
            new PulseAnswer(List.of(4, 3, 3, 4, 4), false),
            new PulseAnswer(List.of(5, 5, 4, 5, 4), true),
            new PulseAnswer(List.of(3, 4, 4, 4, 3), false));

    private final SafetyInvitations invitations;
    private final SafetyPulse pulse;
    private final Pairs pairs;
    private final Accounts accounts;

    DemoSafetyPulse(SafetyInvitations invitations, SafetyPulse pulse, Pairs pairs, Accounts accounts) {
        this.invitations = invitations;
        this.pulse = pulse;
        this.pairs = pairs;
        this.accounts = accounts;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        Optional<Long> program = seeding.programToPair();
        if (program.isEmpty()) {
            return;
        }
        invitations.invite();
        Optional<String> employeeEmail = accounts.findByUsername("employee").map(AccountView::email);
        List<PairView> running = DemoEnrolment.as(DemoEnrolment.manager(seeding),
                () -> pairs.ofProgram(program.get(), 0, DemoPairs.PAIRS).items());
        int next = 0;
        for (PairView pair : running) {
            boolean demoEmployee = employeeEmail.filter(e -> e.equalsIgnoreCase(String.valueOf(pair.mentor().email())))
                    .isPresent();
            if (demoEmployee || !pair.active()) {
                continue;
            }
            PulseAnswer answer = ANSWERS.get(next++ % ANSWERS.size());
            ActingEmployee mentor = new ActingEmployee(pair.mentor().employeeNumber());
            DemoEnrolment.as(mentor, () -> pulse.mine().stream().filter(i -> i.pairId() == pair.id())
                    .map(PulseInvitation::id).findFirst()
                    .map(id -> pulse.answer(id, answer)).orElse(null));
        }
    }
}
