package org.flipside.matching.selfmatch;

import java.util.List;

/**
 * A mentee's ranked suggestions, best first.
 *
 * @param openMatchId the mentee's open or confirmed match, if any: while it stands they cannot request another
 */
public record Suggestions(long participantId, long programId, String programName, Long openMatchId,
                          List<Suggestion> mentors) {

    public Suggestions {
        mentors = List.copyOf(mentors);
    }
}
