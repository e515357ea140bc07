package org.flipside.pairing;

import java.time.Instant;

/**
 * A session of a pair was logged as held (first logged so, or corrected to held later). Published once per such
 * logging; listeners key what they do on {@code sessionId}, so a correction that logs it as held again changes
 * nothing twice.
 *
 * @param startedAt when the session started
 * @param loggedAt  when it was logged
 */
public record SessionLogged(long sessionId, long pairId, long programId, Instant startedAt, Instant loggedAt) {
}
