package org.flipside.training.report;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.Side;
import org.flipside.training.progress.Unfinished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Completion counted in the database, for programs with thousands of participants. "Not done" means fewer of the
 * side's current modules passed than the side has.
 */
@Repository
class CompletionStore {

    /** Approved participants of the program who have not passed every module of their side. */
    private static final String BEHIND = "p.program_id = :program and p.state = 'APPROVED' and " + Unfinished.CONDITION;

    private final JdbcClient jdbc;
    private final Unfinished unfinished;

    CompletionStore(JdbcClient jdbc, Unfinished unfinished) {
        this.jdbc = jdbc;
        this.unfinished = unfinished;
    }

    Map<Side, Long> approved(long programId) {
        return bySide(jdbc.sql("select side, count(*) from participant where program_id = :program "
                + "and state = 'APPROVED' group by side").param("program", programId));
    }

    Map<Side, Long> behind(long programId) {
        return bySide(behind(jdbc.sql("select p.side, count(*) from participant p where " + BEHIND
                + " group by p.side"), programId));
    }

    /** Passes per module code, counting approved participants of the program only. */
    Map<String, Long> passes(long programId) {
        Map<String, Long> passes = new HashMap<>();
        jdbc.sql("select m.module_code, count(*) from training_module_passed m join participant p "
                        + "on p.id = m.participant_id where p.program_id = :program and p.state = 'APPROVED' "
                        + "group by m.module_code")
                .param("program", programId)
                .query(rs -> {
                    passes.put(rs.getString(1), rs.getLong(2));
                });
        return passes;
    }

    /** One page of participants not done, longest approved first so the most overdue lead. */
    List<Row> behind(long programId, int page, int size) {
        return behind(jdbc.sql("select p.id, p.employee_number, p.side, p.decided_at, "
                + Unfinished.PASSED + " passed "
                + "from participant p where " + BEHIND
                + " order by p.decided_at, p.id offset :offset rows fetch next :size rows only"), programId)
                .param("offset", (long) page * size).param("size", size)
                .query((rs, n) -> {
                    Timestamp decided = rs.getTimestamp("decided_at");
                    return new Row(rs.getLong("id"), rs.getString("employee_number"),
                            Side.valueOf(rs.getString("side")), rs.getInt("passed"),
                            decided == null ? null : decided.toInstant());
                }).list();
    }

    private JdbcClient.StatementSpec behind(JdbcClient.StatementSpec sql, long programId) {
        return unfinished.bind(sql.param("program", programId));
    }

    private static Map<Side, Long> bySide(JdbcClient.StatementSpec sql) {
        Map<Side, Long> counts = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            counts.put(side, 0L);
        }
        sql.query(rs -> {
            counts.put(Side.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }

    record Row(long participantId, String employeeNumber, Side side, int passed, java.time.Instant approvedAt) {
    }
}
