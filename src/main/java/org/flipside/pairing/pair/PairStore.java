package org.flipside.pairing.pair;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.flipside.pairing.PairOrigin;
import org.flipside.pairing.PairState;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code mentoring_pair} table. */
@Component
public class PairStore {

    static final String COLUMNS = "id, program_id, match_id, mentee_participant_id, mentor_participant_id, origin, "
            + "state, formed_at, formed_by, activated_at, closing_outcome, closing_requested_by, closing_requested_at, "
            + "mentee_close_reason, mentor_close_reason, manager_close_reason, closed_at, closed_by, version";

    private final JdbcClient jdbc;

    PairStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long programId, long matchId, long mentee, long mentor, PairOrigin origin, PairState state,
                Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into mentoring_pair (program_id, match_id, mentee_participant_id, mentor_participant_id, "
                        + "origin, state, formed_at, formed_by, activated_at, version) "
                        + "values (:program, :match, :mentee, :mentor, :origin, :state, :at, :by, :activated, 0)")
                .param("program", programId).param("match", matchId).param("mentee", mentee).param("mentor", mentor)
                .param("origin", origin.name()).param("state", state.name()).param("at", utc(at)).param("by", by)
                .param("activated", state == PairState.ACTIVE ? utc(at) : null)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<PairRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from mentoring_pair where id = :id").param("id", id)
                .query(PairStore::row).optional();
    }

    /** The pair's row, locked until the transaction ends, for changes that depend on its current state. */
    public Optional<PairRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from mentoring_pair where id = :id for update").param("id", id)
                .query(PairStore::row).optional();
    }

    boolean existsForMatch(long matchId) {
        return jdbc.sql("select count(*) from mentoring_pair where match_id = :match").param("match", matchId)
                .query(Long.class).single() > 0;
    }

    /** The pairs these participants are in, newest first, in one query per thousand ids. */
    public List<PairRow> ofParticipants(Collection<Long> participantIds) {
        List<Long> ids = participantIds.stream().distinct().toList();
        List<PairRow> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(from + 1000, ids.size()));
            found.addAll(jdbc.sql("select " + COLUMNS + " from mentoring_pair where mentee_participant_id in (:ids) "
                            + "or mentor_participant_id in (:ids)")
                    .param("ids", chunk).query(PairStore::row).list());
        }
        return found.stream().distinct().sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
    }

    /** These pairs, by id, in one query per thousand ids; unknown ids are left out. */
    public List<PairRow> byIds(Collection<Long> pairIds) {
        List<Long> ids = pairIds.stream().distinct().toList();
        List<PairRow> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(jdbc.sql("select " + COLUMNS + " from mentoring_pair where id in (:ids) order by id")
                    .param("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
                    .query(PairStore::row).list());
        }
        return found;
    }

    List<PairRow> ofProgram(long programId, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from mentoring_pair where program_id = :program order by id "
                        + "limit :size offset :offset")
                .param("program", programId).param("size", size).param("offset", (long) page * size)
                .query(PairStore::row).list();
    }

    List<PairRow> inState(long programId, PairState state) {
        return jdbc.sql("select " + COLUMNS + " from mentoring_pair where program_id = :program and state = :state "
                        + "order by id")
                .param("program", programId).param("state", state.name()).query(PairStore::row).list();
    }

    List<PairRow> allInState(PairState state) {
        return jdbc.sql("select " + COLUMNS + " from mentoring_pair where state = :state order by id")
                .param("state", state.name()).query(PairStore::row).list();
    }

    long countOfProgram(long programId) {
        return jdbc.sql("select count(*) from mentoring_pair where program_id = :program").param("program", programId)
                .query(Long.class).single();
    }

    /** The forming pairs of the program, or of it only those with this participant when one is given. */
    List<PairRow> forming(long programId, Long participantId) {
        String who = participantId == null ? ""
                : " and (mentee_participant_id = :participant or mentor_participant_id = :participant)";
        return jdbc.sql("select " + COLUMNS + " from mentoring_pair where program_id = :program and state = 'FORMING'"
                        + who)
                .param("program", programId).param("participant", participantId)
                .query(PairStore::row).list();
    }

    /** Moves a forming pair to active; false if it was not forming any more (someone else activated it). */
    boolean activate(long id, Instant at) {
        return jdbc.sql("update mentoring_pair set state = 'ACTIVE', activated_at = :at, version = version + 1 "
                        + "where id = :id and state = 'FORMING'")
                .param("at", utc(at)).param("id", id).update() == 1;
    }

    static PairRow row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("closing_outcome");
        String requestedBy = rs.getString("closing_requested_by");
        return new PairRow(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("match_id"),
                rs.getLong("mentee_participant_id"), rs.getLong("mentor_participant_id"),
                PairOrigin.valueOf(rs.getString("origin")), PairState.valueOf(rs.getString("state")),
                instant(rs, "formed_at"), rs.getString("formed_by"), instant(rs, "activated_at"),
                outcome == null ? null : PairState.valueOf(outcome),
                requestedBy == null ? null : Side.valueOf(requestedBy), instant(rs, "closing_requested_at"),
                rs.getString("mentee_close_reason"), rs.getString("mentor_close_reason"),
                rs.getString("manager_close_reason"), instant(rs, "closed_at"), rs.getString("closed_by"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
