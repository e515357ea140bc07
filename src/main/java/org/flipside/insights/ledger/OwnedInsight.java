package org.flipside.insights.ledger;

import java.time.Instant;

/**
 * An insight as its named owner sees it. {@code creditedTo} is the author's name only when they chose to be credited;
 * an anonymous insight names nobody, and the owner never learns which pair it came from.
 */
public record OwnedInsight(long id, long programId, String programName, String title, String observation,
                           String significance, Integer objective, String topic, String evidenceLink,
                           String creditedTo, boolean endorsed, Instant proposedAt, Response response,
                           String declineReason, Long actionId, long version) {
}
