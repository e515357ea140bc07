package org.flipside.insights.ledger;

/** An insight draft that passed {@link InsightRules}: trimmed texts, nulls for what was left out. */
record CheckedInsight(String title, String observation, String significance, Integer objective, String topic,
                      String evidenceLink, boolean creditByName) {
}
