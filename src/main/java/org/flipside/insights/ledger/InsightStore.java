package org.flipside.insights.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code insight} table. */
@Component
class InsightStore {

    private static final String COLUMNS = "select id, pair_id, program_id, author_participant_id, author_side, "
            + "author_number, title, observation, significance, objective_position, topic, evidence_url, "
            + "credit_by_name, endorsed_at, "
            + "proposed_by_side, owner_number, proposed_at, response, decline_reason, "
            + "action_id, responded_at, session_id, created_at, version from insight ";

    private final JdbcClient jdbc;

    InsightStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredInsight> ofPair(long pairId) {
        return jdbc.sql(COLUMNS + "where pair_id = :pair order by created_at desc, id desc")
                .param("pair", pairId).query(InsightStore::row).list();
    }

    Optional<StoredInsight> find(long id) {
        return jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(InsightStore::row).optional();
    }

    long insert(long pairId, long programId, long author, String authorNumber, Side side, CheckedInsight insight,
                Long sessionId, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into insight (pair_id, program_id, author_participant_id, author_number, author_side, "
                        + "title, observation, significance, objective_position, topic, evidence_url, credit_by_name, "
                        + "session_id, created_at, version) values (:pair, :program, :author, :number, :side, "
                        + ":title, :observation, :significance, :objective, :topic, :evidence, :credit, :session, "
                        + ":at, 0)")
                .param("pair", pairId).param("program", programId).param("author", author)
                .param("number", authorNumber).param("side", side.name()).param("title", insight.title())
                .param("observation", insight.observation()).param("significance", insight.significance())
                .param("objective", insight.objective()).param("topic", insight.topic())
                .param("evidence", insight.evidenceLink()).param("credit", insight.creditByName())
                .param("session", sessionId)
                .param("at", utc(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Endorses once: false when the insight was already endorsed (a second endorsement changes nothing). */
    boolean endorse(long id, Instant at) {
        return jdbc.sql("update insight set endorsed_at = :at, version = version + 1 "
                        + "where id = :id and endorsed_at is null")
                .param("at", utc(at)).param("id", id).update() == 1;
    }

    /** Changes the author's credit choice; false when the insight changed since {@code version}. */
    boolean credit(long id, boolean byName, long version) {
        return jdbc.sql("update insight set credit_by_name = :credit, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("credit", byName).param("id", id).param("version", version).update() == 1;
    }

    List<StoredInsight> ofProgram(long programId) {
        return jdbc.sql(COLUMNS + "where program_id = :program order by created_at desc, id desc")
                .param("program", programId).query(InsightStore::row).list();
    }

    /** The insights proposed to this owner, newest proposal first. */
    List<StoredInsight> ownedBy(String ownerNumber) {
        return jdbc.sql(COLUMNS + "where owner_number = :owner and proposed_at is not null "
                        + "order by proposed_at desc, id desc")
                .param("owner", ownerNumber).query(InsightStore::row).list();
    }

    /** Proposes once: false when the insight was proposed already. */
    boolean propose(long id, Side by, String ownerNumber, Instant at) {
        return jdbc.sql("update insight set proposed_by_side = :side, owner_number = :owner, proposed_at = :at, "
                        + "version = version + 1 where id = :id and proposed_at is null")
                .param("side", by.name()).param("owner", ownerNumber).param("at", utc(at)).param("id", id)
                .update() == 1;
    }

    private static StoredInsight row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime endorsed = rs.getObject("endorsed_at", OffsetDateTime.class);
        OffsetDateTime proposed = rs.getObject("proposed_at", OffsetDateTime.class);
        String proposedBy = rs.getString("proposed_by_side");
        String response = rs.getString("response");
        OffsetDateTime responded = rs.getObject("responded_at", OffsetDateTime.class);
        return new StoredInsight(rs.getLong("id"), rs.getLong("pair_id"), rs.getLong("program_id"),
                rs.getLong("author_participant_id"), Side.valueOf(rs.getString("author_side")),
                rs.getString("author_number"),
                rs.getString("title"), rs.getString("observation"), rs.getString("significance"),
                rs.getObject("objective_position", Integer.class), rs.getString("topic"),
                rs.getString("evidence_url"), rs.getBoolean("credit_by_name"),
                endorsed == null ? null : endorsed.toInstant(), proposedBy == null ? null : Side.valueOf(proposedBy),
                rs.getString("owner_number"), proposed == null ? null : proposed.toInstant(),
                response == null ? null : Response.valueOf(response), rs.getString("decline_reason"),
                rs.getObject("action_id", Long.class), responded == null ? null : responded.toInstant(),
                rs.getObject("session_id", Long.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
