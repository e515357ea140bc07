package org.flipside.feedback.survey;

import org.flipside.program.Side;

/** Who of a pair is invited to a survey. */
public enum Audience {
    MENTORS, MENTEES, BOTH;

    public boolean includes(Side side) {
        return this == BOTH || (this == MENTORS ? side == Side.MENTOR : side == Side.MENTEE);
    }

    public String messageKey() {
        return "survey.audience." + name();
    }
}
