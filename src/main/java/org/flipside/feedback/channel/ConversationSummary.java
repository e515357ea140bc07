package org.flipside.feedback.channel;

import java.time.Instant;

/** A conversation in a list, without its messages; {@code version} is what closing or reopening sends back. */
public record ConversationSummary(long id, long programId, String programName, Long pairId, ConversationKind kind,
                                  String subject, ConversationState state, String authorName, Instant openedAt,
                                  Instant lastActivityAt, long version) {
}
