package org.flipside.feedback.safety;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code safety_invitation} table: which pair was asked in which round, and whether it answered. */
@Component
class InvitationStore {

    private static final String COLUMNS = "select id, pair_id, program_id, round_number, opens_at, closes_at, "
            + "answered from safety_invitation ";

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored invitation without the names a page adds. */
    record Row(long id, long pairId, long programId, int round, Instant opensAt, Instant closesAt, boolean answered) {
    }

    /**
     * Creates the pair's invitation for the round unless it exists; the unique key on pair and round lets exactly
     * one of two instances running the job at once create it.
     *
     * @return whether this call created it
     */
    boolean create(long pairId, long programId, int round, Instant opensAt, Instant closesAt) {
        boolean exists = jdbc.sql("select count(*) from safety_invitation where pair_id = :pair "
                        + "and round_number = :round").param("pair", pairId).param("round", round)
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        try {
            return jdbc.sql("insert into safety_invitation (pair_id, program_id, round_number, opens_at, closes_at, "
                            + "answered) values (:pair, :program, :round, :opens, :closes, false)")
                    .param("pair", pairId).param("program", programId).param("round", round)
                    .param("opens", utc(opensAt)).param("closes", utc(closesAt)).update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    Optional<Row> find(long id) {
        return jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(InvitationStore::row).optional();
    }

    List<Row> ofPairs(Collection<Long> pairIds) {
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where pair_id in (:pairs) order by round_number desc, id desc")
                .param("pairs", List.copyOf(pairIds)).query(InvitationStore::row).list();
    }

    /** Invitations open now and not answered, for reminders and notices. */
    List<Row> waiting(Instant now) {
        return jdbc.sql(COLUMNS + "where answered = false and opens_at <= :now and closes_at > :now order by id")
                .param("now", utc(now)).query(InvitationStore::row).list();
    }

    /** Marks the invitation answered; false if it was answered already (by a concurrent request, say). */
    boolean markAnswered(long id) {
        return jdbc.sql("update safety_invitation set answered = true where id = :id and answered = false")
                .param("id", id).update() == 1;
    }

    /** Per round of the program: how many were invited. */
    List<long[]> invitedPerRound(long programId) {
        return jdbc.sql("select round_number, count(*) as invited from safety_invitation where program_id = :program "
                        + "group by round_number order by round_number")
                .param("program", programId)
                .query((rs, n) -> new long[]{rs.getInt("round_number"), rs.getLong("invited")}).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("pair_id"), rs.getLong("program_id"), rs.getInt("round_number"),
                rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant(), rs.getBoolean("answered"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
