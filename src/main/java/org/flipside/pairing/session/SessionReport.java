package org.flipside.pairing.session;

import java.util.List;

/**
 * What a person reports about a session, as entered.
 *
 * @param outcome      HELD, CANCELLED or NO_SHOW
 * @param cancelledBy  MENTEE or MENTOR, for a cancelled session
 * @param noShow       MENTEE, MENTOR or BOTH, for a missed one
 * @param topics       focus topics of the program the session covered
 * @param otherTopics  further topics, one per line
 */
public record SessionReport(String outcome, String actualMinutes, List<String> topics, String otherTopics,
                            String takeaway, String cancelledBy, String noShow) {

    public SessionReport {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
