package org.flipside.insights.ledger;

import java.time.LocalDate;

/**
 * The owner's answer to a proposed insight, with the {@code version} of the insight they read. ACCEPTED needs
 * {@code dueOn} (after today) and {@code expectedOutcome}; DECLINED a {@code reason}; MERGED the {@code actionId} of an
 * action of the same program. The action made on acceptance is owned by the owner who accepts.
 */
public record ResponseDraft(Response decision, Long version, LocalDate dueOn, String expectedOutcome, String reason,
                            Long actionId) {
}
