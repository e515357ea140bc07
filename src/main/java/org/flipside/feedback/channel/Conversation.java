package org.flipside.feedback.channel;

import java.util.List;

/** A conversation with its messages, oldest first. */
public record Conversation(ConversationSummary summary, List<ConversationMessage> messages) {

    public Conversation {
        messages = List.copyOf(messages);
    }
}
