package org.flipside.insights.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The owner's response on the {@code insight} table and the {@code insight_action} table. */
@Component
class ResponseStore {

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The program of an action, if it exists. */
    Optional<Long> actionProgram(long actionId) {
        return jdbc.sql("select program_id from insight_action where id = :id").param("id", actionId)
                .query(Long.class).optional();
    }

    long insertAction(long programId, long insightId, String owner, LocalDate dueOn, String outcome, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into insight_action (program_id, insight_id, owner_number, due_on, expected_outcome, "
                        + "created_at, version) values (:program, :insight, :owner, :due, :outcome, :at, 0)")
                .param("program", programId).param("insight", insightId).param("owner", owner).param("due", dueOn)
                .param("outcome", outcome).param("at", utc(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Records the response; false when the insight changed since {@code version} or has a response already. */
    boolean respond(long id, long version, Response response, String reason, Long actionId, Instant at) {
        return jdbc.sql("update insight set response = :response, decline_reason = :reason, action_id = :action, "
                        + "responded_at = :at, version = version + 1 "
                        + "where id = :id and version = :version and response is null")
                .param("response", response.name()).param("reason", reason).param("action", actionId)
                .param("at", utc(at)).param("id", id).param("version", version).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
