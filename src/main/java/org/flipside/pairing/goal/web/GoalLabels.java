package org.flipside.pairing.goal.web;

import java.util.List;
import org.flipside.program.ObjectiveChoice;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/** The program's objectives as the goal pages name them: a catalogue objective's label or the manager's own text. */
@Component
class GoalLabels {

    private final UserMessages messages;

    GoalLabels(UserMessages messages) {
        this.messages = messages;
    }

    /** Labels in the program's order; position {@code n} (from 1) is element {@code n - 1}. */
    List<String> objectives(List<ObjectiveChoice> objectives) {
        return objectives.stream().map(o -> o.hasCustomText() ? o.custom() : messages.text(o.catalogue().messageKey()))
                .toList();
    }
}
