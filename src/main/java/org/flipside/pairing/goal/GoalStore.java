package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code pair_goal}, {@code pair_key_result} and {@code pair_key_result_update} tables. */
@Component
class GoalStore {

    private static final String GOAL_COLUMNS = "id, pair_id, side, title, why, objective_position, growth_area, "
            + "target_date, archived_at, created_at, updated_at, version";

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GoalRow> goals(long pairId) {
        return jdbc.sql("select " + GOAL_COLUMNS + " from pair_goal where pair_id = :pair order by id")
                .param("pair", pairId).query(GoalStore::goal).list();
    }

    Optional<GoalRow> goal(long pairId, long goalId) {
        return jdbc.sql("select " + GOAL_COLUMNS + " from pair_goal where id = :id and pair_id = :pair")
                .param("id", goalId).param("pair", pairId).query(GoalStore::goal).optional();
    }

    int activeGoals(long pairId, Side side) {
        return jdbc.sql("select count(*) from pair_goal where pair_id = :pair and side = :side and archived_at is null")
                .param("pair", pairId).param("side", side.name()).query(Integer.class).single();
    }

    long insertGoal(long pairId, Side side, GoalDraft draft, Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into pair_goal (pair_id, side, title, why, objective_position, growth_area, target_date, "
                        + "created_at, created_by, updated_at, updated_by, version) values (:pair, :side, :title, :why, "
                        + ":objective, :area, :targetDate, :at, :by, :at, :by, 0)")
                .param("pair", pairId).param("side", side.name()).param("title", draft.title())
                .param("why", draft.why()).param("objective", draft.objective())
                .param("area", draft.growthArea() == null ? null : draft.growthArea().name())
                .param("targetDate", date(draft.targetDate())).param("at", utc(at)).param("by", by)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Changes the goal if it is still at {@code expectedVersion}; false if someone changed it meanwhile. */
    boolean updateGoal(long goalId, GoalDraft draft, long expectedVersion, Instant at, String by) {
        return jdbc.sql("update pair_goal set title = :title, why = :why, objective_position = :objective, "
                        + "growth_area = :area, target_date = :targetDate, updated_at = :at, updated_by = :by, "
                        + "version = version + 1 where id = :id and version = :version and archived_at is null")
                .param("title", draft.title()).param("why", draft.why()).param("objective", draft.objective())
                .param("area", draft.growthArea() == null ? null : draft.growthArea().name())
                .param("targetDate", date(draft.targetDate())).param("at", utc(at)).param("by", by)
                .param("id", goalId).param("version", expectedVersion).update() == 1;
    }

    /** Archives the goal unless it is archived already (or, with an expected version, changed meanwhile). */
    boolean archive(long goalId, Long expectedVersion, Instant at, String by) {
        return jdbc.sql("update pair_goal set archived_at = :at, archived_by = :by, updated_at = :at, updated_by = :by, "
                        + "version = version + 1 where id = :id and archived_at is null"
                        + (expectedVersion == null ? "" : " and version = :version"))
                .param("at", utc(at)).param("by", by).param("id", goalId).param("version", expectedVersion)
                .update() == 1;
    }

    /** The key results of these goals in their order, by goal id. */
    Map<Long, List<KeyResultRow>> keyResults(Collection<Long> goalIds) {
        Map<Long, List<KeyResultRow>> byGoal = new HashMap<>();
        if (goalIds.isEmpty()) {
            return byGoal;
        }
        jdbc.sql("select id, goal_id, description, unit, start_value, target_value from pair_key_result "
                        + "where goal_id in (:ids) order by position, id")
                .param("ids", goalIds)
                .query((rs, n) -> new KeyResultRow(rs.getLong("id"), rs.getLong("goal_id"),
                        rs.getString("description"), rs.getString("unit"), rs.getBigDecimal("start_value"),
                        rs.getBigDecimal("target_value")))
                .list().forEach(kr -> byGoal.computeIfAbsent(kr.goalId(), k -> new ArrayList<>()).add(kr));
        return byGoal;
    }

    /** The updates of these key results, newest first, by key result id. */
    Map<Long, List<UpdateRow>> updates(Collection<Long> keyResultIds) {
        Map<Long, List<UpdateRow>> byKeyResult = new HashMap<>();
        if (keyResultIds.isEmpty()) {
            return byKeyResult;
        }
        jdbc.sql("select id, key_result_id, amount, comment, recorded_at, side from pair_key_result_update "
                        + "where key_result_id in (:ids) order by id desc")
                .param("ids", keyResultIds)
                .query((rs, n) -> new UpdateRow(rs.getLong("id"), rs.getLong("key_result_id"),
                        rs.getBigDecimal("amount"), rs.getString("comment"), instant(rs, "recorded_at"),
                        Side.valueOf(rs.getString("side"))))
                .list().forEach(u -> byKeyResult.computeIfAbsent(u.keyResultId(), k -> new ArrayList<>()).add(u));
        return byKeyResult;
    }

    void insertKeyResult(long goalId, int position, KeyResultDraft kr) {
        jdbc.sql("insert into pair_key_result (goal_id, position, description, unit, start_value, target_value) "
                        + "values (:goal, :position, :description, :unit, :start, :target)")
                .param("goal", goalId).param("position", position).param("description", kr.description())
                .param("unit", kr.unit()).param("start", kr.start()).param("target", kr.target()).update();
    }

    void updateKeyResult(long id, int position, KeyResultDraft kr) {
        jdbc.sql("update pair_key_result set position = :position, description = :description, unit = :unit, "
                        + "start_value = :start, target_value = :target where id = :id")
                .param("position", position).param("description", kr.description()).param("unit", kr.unit())
                .param("start", kr.start()).param("target", kr.target()).param("id", id).update();
    }

    void deleteKeyResult(long id) {
        jdbc.sql("delete from pair_key_result where id = :id").param("id", id).update();
    }

    void insertUpdate(long keyResultId, BigDecimal value, String comment, Instant at, String by, Side side) {
        jdbc.sql("insert into pair_key_result_update (key_result_id, amount, comment, recorded_at, recorded_by, side) "
                        + "values (:kr, :amount, :comment, :at, :by, :side)")
                .param("kr", keyResultId).param("amount", value).param("comment", comment).param("at", utc(at))
                .param("by", by).param("side", side.name()).update();
    }

    private static GoalRow goal(ResultSet rs, int n) throws SQLException {
        int objective = rs.getInt("objective_position");
        Integer position = rs.wasNull() ? null : objective;
        String area = rs.getString("growth_area");
        Date target = rs.getDate("target_date");
        return new GoalRow(rs.getLong("id"), rs.getLong("pair_id"), Side.valueOf(rs.getString("side")),
                rs.getString("title"), rs.getString("why"), position, area == null ? null : GrowthArea.valueOf(area),
                target == null ? null : target.toLocalDate(), instant(rs, "archived_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    record GoalRow(long id, long pairId, Side side, String title, String why, Integer objective,
                   GrowthArea growthArea, LocalDate targetDate, Instant archivedAt, Instant createdAt,
                   Instant updatedAt, long version) {
    }

    record KeyResultRow(long id, long goalId, String description, String unit, BigDecimal start, BigDecimal target) {
    }

    record UpdateRow(long id, long keyResultId, BigDecimal value, String comment, Instant at, Side side) {
    }
}
