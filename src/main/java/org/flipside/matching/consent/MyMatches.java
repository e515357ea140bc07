package org.flipside.matching.consent;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.matching.MatchConfirmed;
import org.flipside.matching.MatchDeclined;
import org.flipside.matching.MatchPerson;
import org.flipside.matching.consent.MatchPeople.Named;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantView;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in employee's own matches and their answers. A match is found through the caller's own participations,
 * so anyone else's, administrators' included, answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class MyMatches {

    static final int REASON_MAX = 1000;

    private final Enrollment enrollment;
    private final MatchStore matches;
    private final MatchPeople people;
    private final MatchReasons reasons;
    private final SeatLedger seats;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    MyMatches(Enrollment enrollment, MatchStore matches, MatchPeople people, MatchReasons reasons, SeatLedger seats,
              AuditLog audit, ApplicationEventPublisher events, java.time.Clock clock) {
        this.enrollment = enrollment;
        this.matches = matches;
        this.people = people;
        this.reasons = reasons;
        this.seats = seats;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's matches, newest first. */
    public List<MyMatchView> mine() {
        Map<Long, ParticipantView> own = own();
        List<MentorMatch> found = matches.ofParticipants(own.keySet());
        Map<Long, Named> partners = people.of(found.stream().map(m -> partnerOf(m, own)).distinct().toList());
        Instant now = clock.instant();
        return found.stream().map(m -> view(m, own, partners, now)).toList();
    }

    public MyMatchView one(long matchId) {
        Map<Long, ParticipantView> own = own();
        MentorMatch match = ownMatch(matchId, own);
        long partner = partnerOf(match, own);
        return view(match, own, people.of(List.of(partner)), clock.instant());
    }

    @Transactional
    public MyMatchView answer(long matchId, Answer answer, String reason, long expectedVersion) {
        Map<Long, ParticipantView> own = own();
        MentorMatch match = ownMatch(matchId, own);
        Side side = sideOf(match, own);
        if (answer == null) {
            throw new InvalidInputException(FieldProblem.of("answer", "matching.answer.required",
                    "Choose accept or decline."));
        }
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        if (kept != null && kept.length() > REASON_MAX) {
            throw new InvalidInputException(FieldProblem.of("reason", "matching.reason.tooLong",
                    "The reason is longer than " + REASON_MAX + " characters.", REASON_MAX));
        }
        if (match.version() != expectedVersion) {
            throw new StaleEditException(MatchStore.KIND, matchId);
        }
        Instant now = clock.instant();
        if (match.answer(side) != null) {
            throw new RuleViolationException("matching.answer.already", "You already answered this match.");
        }
        if (match.state() == MatchState.EXPIRED || (match.state().open() && match.respondBy().isBefore(now))) {
            throw new RuleViolationException("matching.answer.deadline", "The deadline to answer this match passed.");
        }
        if (!match.state().open()) {
            throw new RuleViolationException("matching.answer.closed", "This match is no longer open.");
        }
        MentorMatch changed = matches.update(ConsentRules.answered(match, side, answer, kept, now));
        if (changed.state() == MatchState.CONFIRMED || changed.state() == MatchState.DECLINED) {
            Map<Long, Named> both = people.of(List.of(match.menteeParticipantId(), match.mentorParticipantId()));
            MatchPerson mentee = both.getOrDefault(match.menteeParticipantId(),
                    Named.unknown(match.menteeParticipantId())).person();
            MatchPerson mentor = both.getOrDefault(match.mentorParticipantId(),
                    Named.unknown(match.mentorParticipantId())).person();
            String programName = own.get(side == Side.MENTEE ? match.menteeParticipantId()
                    : match.mentorParticipantId()).programName();
            if (changed.state() == MatchState.CONFIRMED) {
                audit.success("MATCH_CONFIRMED", MatchStore.KIND, matchId, "program=" + match.programId());
                events.publishEvent(new MatchConfirmed(matchId, match.programId(), programName,
                        match.menteeParticipantId(), match.mentorParticipantId(), mentee, mentor, match.score(), now));
            } else {
                seats.release(matchId);
                audit.success("MATCH_DECLINED", MatchStore.KIND, matchId,
                        "program=" + match.programId() + " by=" + side);
                events.publishEvent(new MatchDeclined(matchId, match.programId(), programName,
                        match.menteeParticipantId(), match.mentorParticipantId(), mentee, mentor, side, now));
            }
        } else {
            audit.success("MATCH_ACCEPTED", MatchStore.KIND, matchId, "program=" + match.programId() + " by=" + side);
        }
        long partner = partnerOf(changed, own);
        return view(changed, own, people.of(List.of(partner)), now);
    }

    /**
     * Takes back the signed-in mentee's own request before the mentor answered it; both are free again.
     *
     * @throws RuleViolationException {@code matching.withdraw.notAllowed} for anything but one's own open request
     */
    @Transactional
    public MyMatchView withdraw(long matchId, long expectedVersion) {
        Map<Long, ParticipantView> own = own();
        MentorMatch match = ownMatch(matchId, own);
        if (match.version() != expectedVersion) {
            throw new StaleEditException(MatchStore.KIND, matchId);
        }
        if (!withdrawable(match, sideOf(match, own))) {
            throw new RuleViolationException("matching.withdraw.notAllowed",
                    "Only a mentee's own request that the mentor has not answered yet can be withdrawn.");
        }
        Instant now = clock.instant();
        MentorMatch withdrawn = matches.update(ConsentRules.closed(match, MatchState.CANCELLED, now));
        seats.release(matchId);
        audit.success("MATCH_REQUEST_WITHDRAWN", MatchStore.KIND, matchId, "program=" + match.programId());
        return view(withdrawn, own, people.of(List.of(match.mentorParticipantId())), now);
    }

    private static boolean withdrawable(MentorMatch match, Side side) {
        return side == Side.MENTEE && match.origin() == MatchOrigin.REQUESTED && match.state() == MatchState.REQUESTED;
    }

    private Map<Long, ParticipantView> own() {
        Map<Long, ParticipantView> own = new HashMap<>();
        enrollment.mine().forEach(p -> own.put(p.id(), p));
        return own;
    }

    private MentorMatch ownMatch(long matchId, Map<Long, ParticipantView> own) {
        return matches.find(matchId)
                .filter(m -> own.containsKey(m.menteeParticipantId()) || own.containsKey(m.mentorParticipantId()))
                .orElseThrow(() -> new NotFoundException(MatchStore.KIND, matchId));
    }

    private static Side sideOf(MentorMatch match, Map<Long, ParticipantView> own) {
        return own.containsKey(match.menteeParticipantId()) ? Side.MENTEE : Side.MENTOR;
    }

    private static long partnerOf(MentorMatch match, Map<Long, ParticipantView> own) {
        return sideOf(match, own) == Side.MENTEE ? match.mentorParticipantId() : match.menteeParticipantId();
    }

    private MyMatchView view(MentorMatch m, Map<Long, ParticipantView> own, Map<Long, Named> partners, Instant now) {
        Side side = sideOf(m, own);
        Side other = side == Side.MENTEE ? Side.MENTOR : Side.MENTEE;
        long partnerId = m.participant(other);
        Named partner = partners.getOrDefault(partnerId, Named.unknown(partnerId));
        ParticipantView mine = own.get(m.participant(side));
        boolean canAnswer = m.state().open() && m.answer(side) == null && !m.respondBy().isBefore(now);
        return new MyMatchView(m.id(), m.programId(), mine.programName(), side,
                new MyMatchView.Partner(partner.fullName(), partner.jobTitle(), partner.department()),
                m.score() / 10.0, reasons.forPartners(m.explanation()), m.origin(), m.state(), m.answer(side),
                m.answer(other) == Answer.ACCEPT, m.respondBy(), canAnswer, withdrawable(m, side), m.version());
    }
}
