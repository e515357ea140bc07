package org.flipside.insights.ledger;

import java.time.Instant;
import org.flipside.program.Side;

/** One row of the {@code insight} table. */
record StoredInsight(long id, long pairId, long programId, long authorParticipantId, Side authorSide,
                     String authorNumber, String title, String observation, String significance,
                     Integer objective, String topic, String evidenceLink,
                     boolean creditByName, Instant endorsedAt, Side proposedBySide, String ownerNumber,
                     Instant proposedAt, Response response, String declineReason, Long actionId,
                     Instant respondedAt, Long sessionId, Instant createdAt, long version) {
}
