package org.flipside.insights.ledger;

/**
 * What a pair member writes when recording an insight. {@code objective} is a position (from 0) in the program's
 * list of objectives and {@code topic} one of its focus topics; both, like the evidence link, may be left out.
 * {@code creditByName} null means the default: anonymous. {@code sessionId}, optional, names the pair's held session
 * the insight came out of.
 */
public record InsightDraft(String title, String observation, String significance, Integer objective, String topic,
                           String evidenceLink, Boolean creditByName, Long sessionId) {
}
