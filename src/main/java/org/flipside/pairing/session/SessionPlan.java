package org.flipside.pairing.session;

import java.util.List;

/**
 * A session as a person enters it, before any check: the date and time in their own zone, as typed.
 *
 * @param guideItems  chosen conversation guide items as {@code <guideId>:<position>}
 * @param agendaLines the person's own agenda lines, one per line
 */
public record SessionPlan(String date, String time, String minutes, String mode, String location,
                          List<String> guideItems, String agendaLines) {

    public SessionPlan {
        guideItems = guideItems == null ? List.of() : guideItems.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** An empty plan for a new session: an hour by video. */
    public static SessionPlan blank() {
        return new SessionPlan(null, null, "60", SessionMode.VIDEO.name(), null, List.of(), null);
    }
}
