package org.flipside.feedback.safety;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.Employee;
import org.flipside.program.CurrentEmployee;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The junior mentor's side of the pulse. An invitation is found only through the signed-in employee's own pairs in
 * which they are the mentor, so the senior mentee, the managers and everyone else are told it does not exist. An
 * answer marks the invitation answered and stores the values apart from it, in one transaction.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("safety")
public class SafetyPulse {

    static final String KIND = "SafetyPulseInvitation";

    private final CurrentEmployee current;
    private final Pairs pairs;
    private final InvitationStore invitations;
    private final AnswerStore answers;
    private final SafetySettingsStore settings;
    private final SafetyFlags flags;
    private final Clock clock;

    SafetyPulse(CurrentEmployee current, Pairs pairs, InvitationStore invitations, AnswerStore answers,
                SafetySettingsStore settings, SafetyFlags flags, Clock clock) {
        this.current = current;
        this.pairs = pairs;
        this.invitations = invitations;
        this.answers = answers;
        this.settings = settings;
        this.flags = flags;
        this.clock = clock;
    }

    /** The signed-in junior mentor's invitations that are open now or were answered in a round still running. */
    @Transactional(readOnly = true)
    public List<PulseInvitation> mine() {
        Map<Long, PairView> mentored = mentoredPairs();
        Instant now = clock.instant();
        return invitations.ofPairs(mentored.keySet()).stream()
                .filter(row -> now.isBefore(row.closesAt()) && !now.isBefore(row.opensAt()))
                .map(row -> view(row, mentored.get(row.pairId())))
                .toList();
    }

    /** Whether the signed-in mentor of this pair has an answer to give now (for the workspace notice). */
    @Transactional(readOnly = true)
    public boolean waitingFor(long pairId) {
        return mine().stream().anyMatch(invitation -> invitation.pairId() == pairId
                && invitation.openAt(clock.instant()));
    }

    /**
     * Records the answer. Someone else's invitation answers 404; a closed or already answered one 409; bad values
     * 400 naming each statement. Nothing is stored unless everything holds.
     */
    public PulseInvitation answer(long invitationId, PulseAnswer answer) {
        Map<Long, PairView> mentored = mentoredPairs();
        InvitationStore.Row row = invitations.find(invitationId)
                .filter(found -> mentored.containsKey(found.pairId()))
                .orElseThrow(() -> new NotFoundException(KIND, invitationId));
        PulseInput.Checked checked = PulseInput.check(answer);
        Instant now = clock.instant();
        if (row.answered()) {
            throw new RuleViolationException("feedback.safety.answered", "You answered this pulse already.");
        }
        if (!now.isBefore(row.closesAt()) || now.isBefore(row.opensAt())) {
            throw new RuleViolationException("feedback.safety.closed", "This pulse is closed; it takes no answer.");
        }
        if (!invitations.markAnswered(invitationId)) {
            throw new RuleViolationException("feedback.safety.answered", "You answered this pulse already.");
        }
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        answers.add(row.programId(), row.round(), day, checked.values());
        SafetySettings program = settings.of(row.programId());
        if (program.low(checked.sum(), PulseStatements.COUNT)) {
            PairView pair = mentored.get(row.pairId());
            BigDecimal mean = BigDecimal.valueOf(checked.sum())
                    .divide(BigDecimal.valueOf(PulseStatements.COUNT), 2, RoundingMode.HALF_UP);
            flags.raise(pair, row.round(), day, checked.contact(), mean);
        }
        // No audit entry: its exact time next to the person would join the answer's day back to them.
        return view(invitations.find(invitationId).orElseThrow(), mentored.get(row.pairId()));
    }

    private Map<Long, PairView> mentoredPairs() {
        String me = current.get().map(Employee::employeeNumber).orElse(null);
        if (me == null) {
            return Map.of();
        }
        return pairs.mine().stream().filter(pair -> me.equals(pair.mentor().employeeNumber()))
                .collect(Collectors.toMap(PairView::id, Function.identity()));
    }

    private static PulseInvitation view(InvitationStore.Row row, PairView pair) {
        return new PulseInvitation(row.id(), row.pairId(), row.programId(), pair.programName(),
                pair.mentee().fullName(), row.round(), row.opensAt(), row.closesAt(), row.answered());
    }
}
