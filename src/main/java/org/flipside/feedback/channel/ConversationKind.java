package org.flipside.feedback.channel;

/** What a participant writes about; pages show it through {@code feedback.channel.kind.<NAME>}. */
public enum ConversationKind {
    CONCERN, REQUEST_TO_END_PAIR, ABUSE_REPORT, OTHER
}
