package org.flipside.pairing.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.flipside.pairing.ProgramPairFigures.SideGoals;
import org.flipside.pairing.ProgramPairFigures.WeekCount;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregate queries behind a program's pair figures: each one groups in the database, so the rows returned grow
 * with the weeks and sides, never with the pairs or sessions.
 */
@Component
class FiguresQuery {

    /** A Monday at midnight UTC, in epoch seconds: weeks are counted from it. */
    static final long MONDAY = LocalDate.of(1970, 1, 5).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    static final long WEEK_SECONDS = 7 * 24 * 3600L;

    private final JdbcClient jdbc;

    FiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long peopleInActivePairs(long programId) {
        return jdbc.sql("select count(distinct mentee_participant_id) + count(distinct mentor_participant_id) "
                        + "from mentoring_pair where program_id = :program and state = 'ACTIVE'")
                .param("program", programId).query(Long.class).single();
    }

    List<WeekCount> heldPerWeek(long programId) {
        // Uses ix_mentoring_pair_program and ix_pair_session_pair (pair_id, starts_at).
        return jdbc.sql("select w.week, count(*) as held from (select floor((extract(epoch from s.starts_at) - "
                        + MONDAY + ") / " + WEEK_SECONDS + ") as week from pair_session s "
                        + "join mentoring_pair p on p.id = s.pair_id "
                        + "where p.program_id = :program and s.status = 'HELD') w group by w.week order by w.week")
                .param("program", programId)
                .query((rs, n) -> new WeekCount(weekStart(rs.getLong("week")), rs.getLong("held"))).list();
    }

    static LocalDate weekStart(long week) {
        return Instant.ofEpochSecond(MONDAY + week * WEEK_SECONDS).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Current goals per side; a key result stands at its latest recorded value, or at its start before any. */
    List<SideGoals> goals(long programId) {
        String progress = "case when k.id is null then null else least(greatest("
                + "(coalesce(u.amount, k.start_value) - k.start_value) * 100 / (k.target_value - k.start_value), 0), 100) end";
        return jdbc.sql("select g.side, count(distinct g.id) as goals, count(k.id) as key_results, "
                        + "coalesce(sum(case when " + progress + " >= 100 then 1 else 0 end), 0) as reached, "
                        + "avg(" + progress + ") as mean "
                        + "from pair_goal g join mentoring_pair p on p.id = g.pair_id "
                        + "left join pair_key_result k on k.goal_id = g.id "
                        + "left join (select x.key_result_id, max(x.id) as last_id from pair_key_result_update x "
                        + "join pair_key_result xk on xk.id = x.key_result_id join pair_goal xg on xg.id = xk.goal_id "
                        + "join mentoring_pair xp on xp.id = xg.pair_id where xp.program_id = :program "
                        + "group by x.key_result_id) l on l.key_result_id = k.id "
                        + "left join pair_key_result_update u on u.id = l.last_id "
                        + "where p.program_id = :program and g.archived_at is null group by g.side")
                .param("program", programId)
                .query((rs, n) -> {
                    java.math.BigDecimal mean = rs.getBigDecimal("mean");
                    return new SideGoals(Side.valueOf(rs.getString("side")), rs.getLong("goals"),
                            rs.getLong("key_results"), rs.getLong("reached"),
                            mean == null ? null : mean.setScale(0, java.math.RoundingMode.HALF_UP).intValue());
                }).list();
    }
}
