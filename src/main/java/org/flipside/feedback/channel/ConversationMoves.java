package org.flipside.feedback.channel;

import java.time.Clock;
import org.flipside.audit.AuditLog;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.stereotype.Component;

/**
 * Closing and reopening, shared by both sides once they are authorised. Both send the version they read: the other
 * side may have replied or closed in between, and a stale move answers 409 and changes nothing.
 */
@Component
class ConversationMoves {

    private final ConversationStore store;
    private final AuditLog audit;
    private final Clock clock;

    ConversationMoves(ConversationStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    void requireOpen(ConversationSummary conversation) {
        if (conversation.state() != ConversationState.OPEN) {
            throw new RuleViolationException("feedback.channel.closed",
                    "The conversation is closed; it takes no replies.");
        }
    }

    void close(ConversationSummary conversation, Long version) {
        requireOpen(conversation);
        move(conversation, ConversationState.OPEN, ConversationState.CLOSED, version);
        audit.success("CONFIDENTIAL_CONVERSATION_CLOSED", ConfidentialChannel.KIND, conversation.id(), null);
    }

    void reopen(ConversationSummary conversation, Long version) {
        if (conversation.state() != ConversationState.CLOSED) {
            throw new RuleViolationException("feedback.channel.notClosed", "The conversation is open already.");
        }
        move(conversation, ConversationState.CLOSED, ConversationState.OPEN, version);
        audit.success("CONFIDENTIAL_CONVERSATION_REOPENED", ConfidentialChannel.KIND, conversation.id(), null);
    }

    private void move(ConversationSummary conversation, ConversationState from, ConversationState to, Long version) {
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "feedback.channel.version.required",
                    "Send the version of the conversation you read."));
        }
        if (!store.move(conversation.id(), from, to, version, clock.instant())) {
            throw new StaleEditException(ConfidentialChannel.KIND, conversation.id());
        }
    }
}
