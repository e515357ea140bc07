package org.flipside.pairing.cadence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.cadence.PairActivity.RecentSession;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the rhythm of active pairs from {@code pair_session}, which the sessions part of the workspace writes: four
 * queries however many pairs (last held sessions, sessions still scheduled, latest outcomes, the programs'
 * cadences), for one pair, one program or every program. Read-only.
 */
@Component
class CadenceQuery {

    private final JdbcClient jdbc;
    private final ProgramOutlines outlines;

    CadenceQuery(JdbcClient jdbc, ProgramOutlines outlines) {
        this.jdbc = jdbc;
        this.outlines = outlines;
    }

    /** Which active pairs to read: a condition on {@code p} (the pair) and its parameters. */
    record Scope(String where, Map<String, Object> parameters) {

        static Scope pair(long pairId) {
            return new Scope(" and p.id = :pair", Map.of("pair", pairId));
        }

        static Scope program(long programId) {
            return new Scope(" and p.program_id = :program", Map.of("program", programId));
        }

        static Scope pairsOf(long programId, Collection<Long> pairIds) {
            return new Scope(" and p.program_id = :program and p.id in (:pairs)",
                    Map.of("program", programId, "pairs", pairIds));
        }

        static Scope everyProgram() {
            return new Scope("", Map.of());
        }
    }

    List<PairActivity> active(Scope scope) {
        Map<Long, Base> pairs = new LinkedHashMap<>();
        query("select p.id, p.program_id, p.activated_at, p.formed_at, h.last_held from mentoring_pair p "
                + "left join (select s.pair_id, max(s.starts_at) as last_held from pair_session s "
                + "join mentoring_pair p on p.id = s.pair_id where p.state = 'ACTIVE'" + scope.where()
                + " and s.status = 'HELD' group by s.pair_id) h on h.pair_id = p.id "
                + "where p.state = 'ACTIVE'" + scope.where() + " order by p.id", scope)
                .query((rs, n) -> {
                    Instant held = instant(rs, "last_held");
                    Instant activated = instant(rs, "activated_at");
                    Instant anchor = held != null ? held : activated != null ? activated : instant(rs, "formed_at");
                    return new Base(rs.getLong("id"), rs.getLong("program_id"), anchor, held != null);
                })
                .list().forEach(base -> pairs.put(base.pairId(), base));
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgramOutline> programs = outlines.of(pairs.values().stream().map(Base::programId).toList());
        // Sessions still SCHEDULED are the planned ones and those not logged yet: few per pair.
        Map<Long, Instant> planned = new HashMap<>();
        query("select s.pair_id, s.starts_at from pair_session s join mentoring_pair p on p.id = s.pair_id "
                + "where p.state = 'ACTIVE'" + scope.where() + " and s.status = 'SCHEDULED'", scope)
                .query((rs, n) -> Map.entry(rs.getLong("pair_id"), instant(rs, "starts_at")))
                .list().forEach(e -> {
                    Base base = pairs.get(e.getKey());
                    if (base != null && e.getValue().isAfter(base.anchor())) {
                        planned.merge(e.getKey(), e.getValue(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                });
        Map<Long, List<RecentSession>> recent = new HashMap<>();
        query("select id, pair_id, status, starts_at, cancelled_by_side, no_show_side from ("
                + "select s.id, s.pair_id, s.status, s.starts_at, s.cancelled_by_side, s.no_show_side, "
                + "row_number() over (partition by s.pair_id order by s.starts_at desc, s.id desc) as recency "
                + "from pair_session s join mentoring_pair p on p.id = s.pair_id "
                + "where p.state = 'ACTIVE'" + scope.where() + " and s.status <> 'SCHEDULED') latest "
                + "where recency <= " + AtRiskRules.RECENT_SESSIONS + " order by pair_id, recency", scope)
                .query((rs, n) -> Map.entry(rs.getLong("pair_id"), session(rs)))
                .list().forEach(e -> recent.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return pairs.values().stream().map(base -> new PairActivity(base.pairId(), base.programId(),
                programs.get(base.programId()).cadence(), base.anchor(), base.heldAny(), planned.get(base.pairId()),
                recent.getOrDefault(base.pairId(), List.of()))).toList();
    }

    private JdbcClient.StatementSpec query(String sql, Scope scope) {
        return jdbc.sql(sql).params(scope.parameters());
    }

    private static RecentSession session(ResultSet rs) throws SQLException {
        String cancelledBy = rs.getString("cancelled_by_side");
        return new RecentSession(rs.getLong("id"), rs.getString("status"), instant(rs, "starts_at"),
                cancelledBy == null ? null : Side.valueOf(cancelledBy), rs.getString("no_show_side"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record Base(long pairId, long programId, Instant anchor, boolean heldAny) {
    }
}
