package org.flipside.training;

/** The parts of a conversation guide. Labels are message keys {@code guide.kind.<NAME>}. */
public enum GuideItemKind {
    OPENING_QUESTION, EXERCISE, GIVING_FEEDBACK_UPWARD, RECEIVING_FEEDBACK;

    public String messageKey() {
        return "guide.kind." + name();
    }
}
