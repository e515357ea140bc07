package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.pairing.GoalFigures;
import org.flipside.pairing.goal.GoalStore.KeyResultRow;
import org.flipside.pairing.goal.GoalStore.UpdateRow;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link GoalFigures} with the same progress rule as the goals page ({@link Progress}), in three queries. */
@Component
@Transactional(readOnly = true)
class GoalFiguresReader implements GoalFigures {

    private final JdbcClient jdbc;
    private final GoalStore store;

    GoalFiguresReader(JdbcClient jdbc, GoalStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    private record Goal(long id, long pairId, Side side) {
    }

    @Override
    public Map<Side, SideGoals> ofProgram(long programId) {
        List<Goal> goals = jdbc.sql("""
                        select g.id, g.pair_id, g.side from pair_goal g join mentoring_pair p on p.id = g.pair_id
                        where p.program_id = :program and g.archived_at is null""")
                .param("program", programId)
                .query((rs, n) -> new Goal(rs.getLong(1), rs.getLong(2), Side.valueOf(rs.getString(3))))
                .list();
        Map<Long, List<KeyResultRow>> keyResults = store.keyResults(goals.stream().map(Goal::id).toList());
        Map<Long, List<UpdateRow>> updates = store.updates(
                keyResults.values().stream().flatMap(List::stream).map(KeyResultRow::id).toList());
        Map<Side, List<Double>> progress = new EnumMap<>(Side.class);
        Map<Side, Set<Long>> pairs = new EnumMap<>(Side.class);
        Map<Side, Integer> reached = new HashMap<>();
        for (Goal goal : goals) {
            List<Double> shares = new ArrayList<>();
            for (KeyResultRow kr : keyResults.getOrDefault(goal.id(), List.of())) {
                List<UpdateRow> history = updates.getOrDefault(kr.id(), List.of());
                BigDecimal current = history.isEmpty() ? kr.start() : history.get(0).value();
                shares.add(Progress.of(kr.start(), kr.target(), current));
            }
            double share = Progress.mean(shares);
            progress.computeIfAbsent(goal.side(), s -> new ArrayList<>()).add(share);
            pairs.computeIfAbsent(goal.side(), s -> new HashSet<>()).add(goal.pairId());
            if (!shares.isEmpty() && Progress.percent(share) == 100) {
                reached.merge(goal.side(), 1, Integer::sum);
            }
        }
        Map<Side, SideGoals> figures = new EnumMap<>(Side.class);
        progress.forEach((side, shares) -> figures.put(side, new SideGoals(side, pairs.get(side).size(),
                shares.size(), reached.getOrDefault(side, 0), Progress.percent(Progress.mean(shares)))));
        return figures;
    }
}
