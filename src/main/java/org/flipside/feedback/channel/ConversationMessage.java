package org.flipside.feedback.channel;

import java.time.Instant;

/** One message of a conversation; {@code fromManager} tells which side wrote it. */
public record ConversationMessage(long id, boolean fromManager, String writtenBy, String body, Instant postedAt) {
}
