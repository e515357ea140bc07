package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.PairView;
import org.flipside.pairing.workspace.PairRecordPart;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/** The goals in the pair record: one row per key result with its start, target, current value and progress. */
@Component
class GoalRecordPart implements PairRecordPart {

    private final GoalViews goals;
    private final UserMessages messages;

    GoalRecordPart(GoalViews goals, UserMessages messages) {
        this.goals = goals;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "pair.record.goals";
    }

    @Override
    public List<List<String>> rows(PairView pair) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.text("goal.record.owner"), messages.text("goal.record.goal"),
                messages.text("goal.record.status"), messages.text("goal.record.keyResult"),
                messages.text("goal.record.unit"), messages.text("goal.record.start"),
                messages.text("goal.record.target"), messages.text("goal.record.current"),
                messages.text("goal.record.progress")));
        for (GoalView goal : goals.of(pair)) {
            String owner = pair.member(goal.side()).fullName();
            String status = messages.text(goal.archived() ? "goal.record.archived" : "goal.record.active");
            for (GoalView.KeyResult kr : goal.keyResults()) {
                rows.add(List.of(owner, goal.title(), status, kr.description(), kr.unit(), plain(kr.start()),
                        plain(kr.target()), plain(kr.current()), kr.progress() + " %"));
            }
        }
        return rows;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
