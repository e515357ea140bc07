package org.flipside.matching.consent;

import java.time.Instant;
import java.util.List;
import org.flipside.program.Side;

/**
 * A match as one of its two people sees it: who the partner is at work, the score and the reasons, both answers so
 * far. Nothing of the partner's profile (do-not-match list, answers, work-style scores) and never the partner's
 * reason for declining.
 *
 * @param score    0–100 with one decimal
 * @param reasons  one sentence per criterion that counted, without the partner's confidential data
 */
public record MyMatchView(long id, long programId, String programName, Side mySide, Partner partner, double score,
                          List<String> reasons, MatchOrigin origin, MatchState state, Answer myAnswer,
                          boolean partnerAccepted, Instant respondBy, boolean canAnswer, boolean canWithdraw,
                          long version) {

    public MyMatchView {
        reasons = List.copyOf(reasons);
    }

    /** The other person of the match, as the directory names them. */
    public record Partner(String fullName, String jobTitle, String department) {
    }
}
