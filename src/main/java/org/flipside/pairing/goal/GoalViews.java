package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.PairView;
import org.flipside.pairing.goal.GoalStore.GoalRow;
import org.flipside.pairing.goal.GoalStore.KeyResultRow;
import org.flipside.pairing.goal.GoalStore.UpdateRow;
import org.springframework.stereotype.Component;

/** A pair's goals with their key results, updates and computed progress, in three queries. */
@Component
class GoalViews {

    private final GoalStore store;

    GoalViews(GoalStore store) {
        this.store = store;
    }

    /** The pair's goals: the mentee's first, then the mentor's; within a side active before archived, oldest first. */
    List<GoalView> of(PairView pair) {
        List<GoalRow> goals = store.goals(pair.id());
        Map<Long, List<KeyResultRow>> keyResults = store.keyResults(goals.stream().map(GoalRow::id).toList());
        Map<Long, List<UpdateRow>> updates = store.updates(
                keyResults.values().stream().flatMap(List::stream).map(KeyResultRow::id).toList());
        return goals.stream()
                .sorted(java.util.Comparator.comparing((GoalRow g) -> g.side().name())
                        .thenComparing(g -> g.archivedAt() != null).thenComparing(GoalRow::id))
                .map(goal -> view(pair, goal, keyResults.getOrDefault(goal.id(), List.of()), updates))
                .toList();
    }

    private static GoalView view(PairView pair, GoalRow goal, List<KeyResultRow> keyResults,
                                 Map<Long, List<UpdateRow>> updates) {
        List<GoalView.KeyResult> results = keyResults.stream().map(kr -> {
            List<UpdateRow> history = updates.getOrDefault(kr.id(), List.of());
            BigDecimal current = history.isEmpty() ? kr.start() : history.get(0).value();
            double share = Progress.of(kr.start(), kr.target(), current);
            return new GoalView.KeyResult(kr.id(), kr.description(), kr.unit(), kr.start(), kr.target(), current,
                    Progress.percent(share), history.stream().map(u -> new GoalView.Update(u.id(), u.value(),
                            u.comment(), u.side(), pair.member(u.side()).fullName(), u.at())).toList());
        }).toList();
        double mean = Progress.mean(keyResults.stream().map(kr -> {
            List<UpdateRow> history = updates.getOrDefault(kr.id(), List.of());
            return Progress.of(kr.start(), kr.target(), history.isEmpty() ? kr.start() : history.get(0).value());
        }).toList());
        return new GoalView(goal.id(), goal.side(), goal.title(), goal.why(), goal.objective(), goal.growthArea(),
                goal.targetDate(), goal.archivedAt() != null, goal.archivedAt(), Progress.percent(mean), results,
                goal.createdAt(), goal.updatedAt(), goal.version());
    }
}
