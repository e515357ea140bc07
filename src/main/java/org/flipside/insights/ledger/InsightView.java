package org.flipside.insights.ledger;

import java.time.Instant;
import org.flipside.program.Side;

/**
 * An insight as the pair's two people and the program's managers see it. The author's name is here because only
 * they read this view; anything shown further must drop it unless {@code creditByName}.
 */
public record InsightView(long id, long pairId, long programId, Side authorSide, String authorName, String title,
                          String observation, String significance, Integer objective,
                          String topic, String evidenceLink, boolean creditByName, Instant endorsedAt,
                          Side proposedBySide, String ownerNumber, Instant proposedAt,
                          Response response, String declineReason, Long actionId, Instant respondedAt,
                          Long sessionId, Instant createdAt, long version) {

    public boolean endorsed() {
        return endorsedAt != null;
    }
}
