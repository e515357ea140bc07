package org.flipside.matching.scoring;

/** The hard constraints a pair can break; a pair that breaks any of them is never proposed. */
public enum Constraint {
    /** One of the two manages the other, directly or through others (within the program's number of levels). */
    MANAGEMENT_CHAIN,
    /** The mentee is not enough grades above the mentor, or a grade the program needs is unknown. */
    GRADE_GAP,
    /** One of the two asked, confidentially, not to be matched with the other. */
    DO_NOT_MATCH,
    /** The two were matched in an earlier program and the program avoids pairing them again. */
    EARLIER_PAIR,
    /** A manager of the program forbade the pair. */
    FORBIDDEN_BY_MANAGER,
    /** A must-have criterion is below the program's threshold. */
    MUST_HAVE;

    public String messageKey() {
        return "matching.block." + name();
    }
}
