package org.flipside.matching.consent;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.matching.consent.MatchPeople.Named;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A program's matches for its managers: where every match stands, and cancelling one that is still open. */
@Service
@Transactional(readOnly = true)
public class ManagerMatches {

    private final Programs programs;
    private final MatchStore matches;
    private final MatchPeople people;
    private final SeatLedger seats;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ManagerMatches(Programs programs, MatchStore matches, MatchPeople people, SeatLedger seats, AuditLog audit,
                   java.time.Clock clock) {
        this.programs = programs;
        this.matches = matches;
        this.people = people;
        this.seats = seats;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page (from 0) of the program's matches, newest first; {@code size} is bounded like every list. */
    public PageOf<ManagedMatchView> list(long programId, Integer page, Integer size) {
        managed(programId);
        int pageNumber = PageRequests.page(page);
        int pageSize = PageRequests.size(size);
        List<MentorMatch> found = matches.ofProgram(programId, pageNumber, pageSize);
        Set<Long> involved = new HashSet<>();
        found.forEach(m -> {
            involved.add(m.menteeParticipantId());
            involved.add(m.mentorParticipantId());
        });
        Map<Long, Named> named = people.of(involved);
        Instant now = clock.instant();
        return new PageOf<>(found.stream().map(m -> view(m, named, now)).toList(), pageNumber, pageSize,
                matches.countOfProgram(programId));
    }

    @Transactional
    public ManagedMatchView cancel(long programId, long matchId, long expectedVersion) {
        managed(programId);
        MentorMatch match = matches.find(matchId).filter(m -> m.programId() == programId)
                .orElseThrow(() -> new NotFoundException(MatchStore.KIND, matchId));
        if (match.version() != expectedVersion) {
            throw new StaleEditException(MatchStore.KIND, matchId);
        }
        if (!match.state().open()) {
            throw new RuleViolationException("matching.cancel.closed", "Only an open match can be cancelled.");
        }
        Instant now = clock.instant();
        MentorMatch cancelled = matches.update(ConsentRules.closed(match, MatchState.CANCELLED, now));
        seats.release(matchId);
        audit.success("MATCH_CANCELLED", MatchStore.KIND, matchId, "program=" + programId);
        Map<Long, Named> named = people.of(List.of(match.menteeParticipantId(), match.mentorParticipantId()));
        return view(cancelled, named, now);
    }

    public ProgramView managed(long programId) {
        ProgramView program = programs.get(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new AccessDeniedException("Only the program's managers see and change its matches.");
        }
        return program;
    }

    private static ManagedMatchView view(MentorMatch m, Map<Long, Named> named, Instant now) {
        return new ManagedMatchView(m.id(), m.runId(), name(named, m.menteeParticipantId()),
                name(named, m.mentorParticipantId()), m.origin(), m.state(), m.score() / 10.0, m.menteeAnswer(),
                m.menteeAnsweredAt(), m.mentorAnswer(), m.mentorAnsweredAt(), m.declineReason(), m.respondBy(),
                m.overdue(now), m.createdAt(), m.closedAt(), m.version());
    }

    private static String name(Map<Long, Named> named, long id) {
        return named.getOrDefault(id, Named.unknown(id)).fullName();
    }
}
