package org.flipside.feedback.channel;

/** An open conversation takes replies; a closed one only its participant can reopen. */
public enum ConversationState {
    OPEN, CLOSED
}
