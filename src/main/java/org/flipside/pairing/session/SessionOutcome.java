package org.flipside.pairing.session;

import java.util.List;
import org.flipside.program.Side;

/**
 * What happened at a session, checked: held (with the actual minutes, topics and takeaway), cancelled by one side,
 * or a no-show by one side or both. Fields that do not belong to the status are {@code null} or empty.
 */
record SessionOutcome(SessionStatus status, Side cancelledBy, NoShowSide noShow, Integer actualMinutes,
                      List<String> topics, String takeaway) {

    SessionOutcome {
        topics = List.copyOf(topics);
    }
}
