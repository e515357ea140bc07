package org.flipside.insights.ledger;

/** What the owner did with an insight proposed to them. */
public enum Response {
    ACCEPTED, DECLINED, MERGED
}
