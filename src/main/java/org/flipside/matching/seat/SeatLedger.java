package org.flipside.matching.seat;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.flipside.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats open matches hold: a mentor has as many as their capacity, a mentee one. Claims run inside the caller's
 * transaction and first lock the participants' rows in ascending id order, so concurrent claims for the same people
 * queue instead of counting the same free seat, and two claimers never wait on each other in a circle. The primary
 * keys of the seat tables are the last line of defence: even a claim that skipped the lock could not over-book.
 */
@Component
public class SeatLedger {

    private final JdbcClient jdbc;

    SeatLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the seats of every match, all or nothing (the caller's transaction rolls back on failure).
     *
     * @throws RuleViolationException {@code matching.seat.menteeTaken} when a mentee already has an open match,
     *                                {@code matching.seat.mentorFull} when a mentor has no free seat
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claimAll(Collection<SeatClaim> claims) {
        TreeSet<Long> people = new TreeSet<>();
        for (SeatClaim claim : claims) {
            people.add(claim.mentorParticipantId());
            people.add(claim.menteeParticipantId());
        }
        lock(people);
        for (SeatClaim claim : claims) {
            claimLocked(claim);
        }
    }

    /**
     * Locks the participants' rows in ascending id order until the transaction ends. A caller that first inserts rows
     * referring to these participants (the matches whose seats it then claims) must lock them before: on PostgreSQL
     * such an insert takes a key-share lock on the referenced row, and two callers each holding one and waiting for
     * the other's row lock would deadlock. Locking again later in the same transaction is free.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Collection<Long> participantIds) {
        for (long participantId : new TreeSet<>(participantIds)) {
            jdbc.sql("select id from participant where id = :id for update").param("id", participantId)
                    .query(Long.class).optional();
        }
    }

    /** Claims one match's seats; see {@link #claimAll(Collection)}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(SeatClaim claim) {
        claimAll(List.of(claim));
    }

    /** Frees the seats a match held (declined, expired or cancelled); nothing happens if it held none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long matchId) {
        jdbc.sql("delete from mentor_seat where match_id = :match").param("match", matchId).update();
        jdbc.sql("delete from mentee_seat where match_id = :match").param("match", matchId).update();
    }

    /** How many of the mentor's seats open matches hold. */
    public int taken(long mentorParticipantId) {
        return jdbc.sql("select count(*) from mentor_seat where mentor_participant_id = :mentor")
                .param("mentor", mentorParticipantId).query(Integer.class).single();
    }

    /** Whether the mentee has an open (proposed, requested or confirmed) match. */
    public boolean menteeSeated(long menteeParticipantId) {
        return jdbc.sql("select count(*) from mentee_seat where mentee_participant_id = :mentee")
                .param("mentee", menteeParticipantId).query(Integer.class).single() > 0;
    }

    private void claimLocked(SeatClaim claim) {
        if (menteeSeated(claim.menteeParticipantId())) {
            throw new RuleViolationException("matching.seat.menteeTaken",
                    "This mentee already has an open match.", claim.menteeParticipantId());
        }
        List<Integer> taken = jdbc.sql("select seat from mentor_seat where mentor_participant_id = :mentor")
                .param("mentor", claim.mentorParticipantId()).query(Integer.class).list();
        int free = firstFree(taken, claim.mentorCapacity());
        if (free == 0) {
            throw new RuleViolationException("matching.seat.mentorFull",
                    "This mentor has no free place left.", claim.mentorParticipantId());
        }
        jdbc.sql("insert into mentor_seat (mentor_participant_id, seat, match_id) values (:mentor, :seat, :match)")
                .param("mentor", claim.mentorParticipantId()).param("seat", free).param("match", claim.matchId())
                .update();
        jdbc.sql("insert into mentee_seat (mentee_participant_id, match_id) values (:mentee, :match)")
                .param("mentee", claim.menteeParticipantId()).param("match", claim.matchId()).update();
    }

    /** The lowest seat number from 1 to capacity that is not taken, or 0 when all are. */
    private static int firstFree(List<Integer> taken, int capacity) {
        for (int seat = 1; seat <= capacity; seat++) {
            if (!taken.contains(seat)) {
                return seat;
            }
        }
        return 0;
    }
}
