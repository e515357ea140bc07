package org.flipside.feedback.survey;

/** The occasion that opens an instance of a survey; labels are message keys {@code survey.trigger.<NAME>}. */
public enum SurveyTrigger {
    /** A session of a pair was logged as held: one instance per session, for that pair. */
    AFTER_SESSION,
    /** The program reached the day halfway between its start and end: one instance for all its active pairs. */
    MID_POINT,
    /** The program reached its end date: one instance for all its active pairs. */
    PROGRAM_END,
    /** A pair was closed: one instance for that pair. */
    PAIR_CLOSED;

    public String messageKey() {
        return "survey.trigger." + name();
    }
}
