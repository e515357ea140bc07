package org.flipside.pairing;

import org.flipside.program.Side;

/**
 * What the person looking at a pair is to it: one of its two people, or a manager of its program (who sees everything
 * except what is private to each person).
 */
public enum PairRole {
    MENTEE, MENTOR, MANAGER;

    public boolean member() {
        return this != MANAGER;
    }

    /** The side of a member; {@code null} for a manager. */
    public Side side() {
        return switch (this) {
            case MENTEE -> Side.MENTEE;
            case MENTOR -> Side.MENTOR;
            case MANAGER -> null;
        };
    }

    public static PairRole of(Side side) {
        return side == Side.MENTEE ? MENTEE : MENTOR;
    }
}
