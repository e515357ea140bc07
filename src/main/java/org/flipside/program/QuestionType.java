package org.flipside.program;

/** The kinds of application question and the answers they take. */
public enum QuestionType {
    /** Free text. */
    TEXT,
    /** Exactly one of the choices. */
    SINGLE_CHOICE,
    /** One or more of the choices. */
    MULTIPLE_CHOICE,
    /** A whole number from 1 to 5. */
    SCALE
}
