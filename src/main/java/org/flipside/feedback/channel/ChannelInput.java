package org.flipside.feedback.channel;

import java.util.ArrayList;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** The checks on what people write in the channel, each naming the field and why. */
final class ChannelInput {

    static final int MAX_SUBJECT = 200;
    static final int MAX_MESSAGE = 4000;

    private ChannelInput() {
    }

    /** The kind, subject and message of a new conversation, all problems at once. */
    static Checked opening(String kind, String subject, String message) {
        List<FieldProblem> problems = new ArrayList<>();
        ConversationKind parsed = kind(kind, problems);
        String cleanSubject = text("subject", subject, MAX_SUBJECT, problems);
        String cleanMessage = text("message", message, MAX_MESSAGE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(parsed, cleanSubject, cleanMessage);
    }

    static String reply(String message) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = text("message", message, MAX_MESSAGE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    private static ConversationKind kind(String kind, List<FieldProblem> problems) {
        if (kind == null || kind.isBlank()) {
            problems.add(FieldProblem.of("kind", "feedback.channel.kind.required", "Choose what you are writing about."));
            return null;
        }
        try {
            return ConversationKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("kind", "feedback.channel.kind.unknown",
                    "Choose one of CONCERN, REQUEST_TO_END_PAIR, ABUSE_REPORT or OTHER."));
            return null;
        }
    }

    private static String text(String field, String value, int max, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "feedback.channel." + field + ".required", "Write a " + field + "."));
        } else if (text.length() > max) {
            problems.add(FieldProblem.of(field, "feedback.channel." + field + ".length",
                    "A " + field + " holds up to " + max + " characters.", max, text.length()));
        }
        return text;
    }

    record Checked(ConversationKind kind, String subject, String message) {
    }
}
