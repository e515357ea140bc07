package org.flipside.insights.ledger;

/** Where an insight stands, derived from its proposal and response: for lists and their filter. */
public enum InsightState {
    RECORDED, PROPOSED, ACCEPTED, DECLINED, MERGED;

    public static InsightState of(InsightView insight) {
        if (insight.response() != null) {
            return valueOf(insight.response().name());
        }
        return insight.proposedAt() == null ? RECORDED : PROPOSED;
    }
}
