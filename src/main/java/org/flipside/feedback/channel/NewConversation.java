package org.flipside.feedback.channel;

/** What a participant sends to open a conversation; {@code kind} is a name of {@link ConversationKind}. */
public record NewConversation(Long programId, String kind, String subject, String message, Long pairId) {
}
