package org.flipside.matching;

/**
 * Pairs a program manager makes by hand. Such a match is confirmed at once (the manager spoke with both people), so
 * no {@link MatchConfirmed} event follows: the caller forms the pair in the same transaction.
 */
public interface ManualMatches {

    /**
     * Confirms a mentee and a mentor of the program as a match, inside the caller's transaction. The manager's choice
     * replaces the score's must-have thresholds, but never a hard rule: reporting lines, grade gap, do-not-match
     * lists, earlier pairs and bans still apply, and so do the seats (a mentee has one match, a mentor as many as
     * their capacity).
     *
     * @throws org.flipside.shared.InvalidInputException   when either is not an approved participant on that side
     * @throws org.flipside.shared.RuleViolationException when the program is not matching or running, a hard rule
     *                                                    rules the pair out, or a seat is taken
     */
    ManualMatch confirm(long programId, long menteeParticipantId, long mentorParticipantId);

    /** A match made by hand: its id and score (tenths of a point, 0–1000). */
    record ManualMatch(long matchId, long programId, long menteeParticipantId, long mentorParticipantId, int score) {
    }
}
