package org.flipside.insights.ledger;

/** An owner's response as recorded, with the insight's new version. */
public record StoredResponse(long insightId, Response response, String declineReason, Long actionId, long version) {
}
