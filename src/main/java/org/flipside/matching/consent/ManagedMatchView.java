package org.flipside.matching.consent;

import java.time.Instant;

/**
 * A match as the program's managers see it: both people, both answers and a decline reason.
 *
 * @param score   0–100 with one decimal
 * @param overdue still open although its deadline passed (the expiry closes it within a minute)
 */
public record ManagedMatchView(long id, Long runId, String menteeName, String mentorName, MatchOrigin origin,
                               MatchState state, double score, Answer menteeAnswer, Instant menteeAnsweredAt,
                               Answer mentorAnswer, Instant mentorAnsweredAt, String declineReason,
                               Instant respondBy, boolean overdue, Instant createdAt, Instant closedAt,
                               long version) {
}
