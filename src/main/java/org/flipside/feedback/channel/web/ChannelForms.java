package org.flipside.feedback.channel.web;

import org.flipside.feedback.channel.ConversationState;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Request bodies and form values of the channel's pages and API. */
final class ChannelForms {

    private ChannelForms() {
    }

    /** A reply's text. */
    record MessageBody(String message) {
    }

    /** The version read, for closing or reopening. */
    record VersionBody(Long version) {
    }

    /** The inbox filter: {@code open}, {@code closed} or nothing for all. */
    static ConversationState state(String filter) {
        if (filter == null || filter.isBlank() || filter.equals("all")) {
            return null;
        }
        return switch (filter) {
            case "open" -> ConversationState.OPEN;
            case "closed" -> ConversationState.CLOSED;
            default -> throw new InvalidInputException(FieldProblem.of("state", "feedback.channel.filter.unknown",
                    "Filter by open, closed or all."));
        };
    }

    /** A version from a form field; a missing or garbled one is a field problem. */
    static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of("version", "feedback.channel.version.required",
                    "Send the version of the conversation you read."));
        }
    }
}
