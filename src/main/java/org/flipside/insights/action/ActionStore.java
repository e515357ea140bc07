package org.flipside.insights.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code insight_action} and {@code insight_action_update} tables. */
@Component
class ActionStore {

    private static final String COLUMNS = "select id, program_id, insight_id, owner_number, due_on, expected_outcome, "
            + "status, outcome, done_at, created_at, version from insight_action ";

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAction> find(long id) {
        return jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(ActionStore::row).optional();
    }

    List<StoredAction> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where id in (:ids)").param("ids", ids).query(ActionStore::row).list();
    }

    /** Actions not done whose due date is before {@code today}. */
    List<StoredAction> overdue(LocalDate today) {
        return jdbc.sql(COLUMNS + "where status <> 'DONE' and due_on < :today order by id")
                .param("today", today).query(ActionStore::row).list();
    }

    /** Whether the employee raised an insight that was accepted or merged into the action. */
    boolean answersInsightOf(long actionId, String authorNumber) {
        return jdbc.sql("select count(*) from insight where action_id = :id and author_number = :author "
                        + "and response in ('ACCEPTED', 'MERGED')")
                .param("id", actionId).param("author", authorNumber).query(Long.class).single() > 0;
    }

    List<ActionView.LinkedInsight> insights(long actionId) {
        return jdbc.sql("select id, title from insight where action_id = :id order by responded_at, id")
                .param("id", actionId)
                .query((rs, n) -> new ActionView.LinkedInsight(rs.getLong("id"), rs.getString("title"))).list();
    }

    /** Records a status update; false when the action changed since {@code version}. */
    boolean update(long id, long version, ActionStatus status, String outcome, Instant at) {
        String done = status == ActionStatus.DONE ? ", outcome = :outcome, done_at = :at" : "";
        var statement = jdbc.sql("update insight_action set status = :status" + done + ", version = version + 1 "
                        + "where id = :id and version = :version and status <> 'DONE'")
                .param("status", status.name()).param("id", id).param("version", version);
        if (status == ActionStatus.DONE) {
            statement = statement.param("outcome", outcome).param("at", utc(at));
        }
        return statement.update() == 1;
    }

    /** Moves the due date; false when the action changed since {@code version}. */
    boolean moveDue(long id, long version, LocalDate dueOn) {
        return jdbc.sql("update insight_action set due_on = :due, version = version + 1 "
                        + "where id = :id and version = :version and status <> 'DONE'")
                .param("due", dueOn).param("id", id).param("version", version).update() == 1;
    }

    void history(long actionId, String kind, ActionStatus status, String note, LocalDate previousDueOn,
                 LocalDate dueOn, String by, Instant at) {
        jdbc.sql("insert into insight_action_update (action_id, kind, status, note, previous_due_on, due_on, "
                        + "by_number, made_at) values (:action, :kind, :status, :note, :previous, :due, :by, :at)")
                .param("action", actionId).param("kind", kind).param("status", status.name()).param("note", note)
                .param("previous", previousDueOn).param("due", dueOn).param("by", by).param("at", utc(at)).update();
    }

    List<HistoryRow> history(long actionId) {
        return jdbc.sql("select kind, status, note, previous_due_on, due_on, by_number, made_at "
                        + "from insight_action_update where action_id = :id order by made_at, id")
                .param("id", actionId)
                .query((rs, n) -> new HistoryRow(rs.getString("kind"), ActionStatus.valueOf(rs.getString("status")),
                        rs.getString("note"), rs.getObject("previous_due_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), rs.getString("by_number"),
                        rs.getObject("made_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    record HistoryRow(String kind, ActionStatus status, String note, LocalDate previousDueOn, LocalDate dueOn,
                      String byNumber, Instant at) {
    }

    private static StoredAction row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
        return new StoredAction(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("insight_id"),
                rs.getString("owner_number"), rs.getObject("due_on", LocalDate.class),
                rs.getString("expected_outcome"), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("outcome"), done == null ? null : done.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
