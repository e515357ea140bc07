package org.flipside.matching.consent;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.audit.AuditLog;
import org.flipside.matching.MatchExpired;
import org.flipside.matching.MatchPerson;
import org.flipside.matching.consent.MatchPeople.Named;
import org.flipside.matching.seat.SeatLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes matches nobody answered in time and frees their seats. One instance at a time runs it (scheduler lock), and
 * each match is closed by one conditional update, so only the call whose update changed the row releases the seats,
 * audits and announces it (the notification module tells both people). People are named once per program, not once
 * per match.
 */
@Component
public class MatchExpiry {

    private final MatchStore matches;
    private final MatchPeople people;
    private final SeatLedger seats;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    MatchExpiry(MatchStore matches, MatchPeople people, SeatLedger seats, ApplicationEventPublisher events,
                AuditLog audit, TransactionTemplate transactions, java.time.Clock clock) {
        this.matches = matches;
        this.people = people;
        this.seats = seats;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flipside.matching.expiry-interval:60s}",
            initialDelayString = "${flipside.matching.expiry-interval:60s}")
    @SchedulerLock(name = "match-expiry")
    void onSchedule() {
        expireOverdue();
    }

    /** Expires every open match past its deadline; returns how many this call closed. */
    public int expireOverdue() {
        Instant now = clock.instant();
        int expired = 0;
        Map<Long, List<MentorMatch>> byProgram = matches.overdue(now).stream()
                .collect(Collectors.groupingBy(MentorMatch::programId));
        for (List<MentorMatch> overdue : byProgram.values()) {
            expired += expire(overdue, now);
        }
        return expired;
    }

    private int expire(List<MentorMatch> overdue, Instant now) {
        Set<Long> involved = new HashSet<>();
        overdue.forEach(m -> {
            involved.add(m.menteeParticipantId());
            involved.add(m.mentorParticipantId());
        });
        Map<Long, Named> named = people.of(involved);
        int expired = 0;
        for (MentorMatch match : overdue) {
            long id = match.id();
            Boolean closed = transactions.execute(status -> {
                if (!matches.expire(id, now)) {
                    return false;
                }
                seats.release(id);
                audit.recordAs("system", null, "MATCH_EXPIRED", org.flipside.audit.Outcome.SUCCESS,
                        MatchStore.KIND, id, "deadline passed");
                events.publishEvent(new MatchExpired(id, match.programId(), match.menteeParticipantId(),
                        match.mentorParticipantId(), person(named, match.menteeParticipantId()),
                        person(named, match.mentorParticipantId()), now));
                return true;
            });
            if (Boolean.TRUE.equals(closed)) {
                expired++;
            }
        }
        return expired;
    }

    private static MatchPerson person(Map<Long, Named> named, long participantId) {
        return named.getOrDefault(participantId, Named.unknown(participantId)).person();
    }
}
