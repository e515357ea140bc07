package org.flipside.matching.selfmatch;

import java.util.List;

/**
 * A mentor a mentee may request: who they are at work, the score and the reasons, and how many places they have left.
 *
 * @param score 0–100 with one decimal
 */
public record Suggestion(long mentorParticipantId, String fullName, String jobTitle, String department, double score,
                         List<String> reasons, int freeSeats) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
