package org.flipside.matching.optimiser;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a mentee of an assignment has no mentor, as far as the scores can tell: either no mentor with a seat was allowed
 * at all (the constraints behind the forbidden pairs explain it), or every allowed mentor's seats went to mentees the
 * optimum preferred. {@code allowedMentors} counts the allowed mentors that have seats.
 */
public record Unmatched(int mentee, Reason reason, int allowedMentors) {

    public enum Reason {
        /** Every pair with a mentor who has a seat is forbidden. */
        NO_ALLOWED_MENTOR,
        /** Some mentors were allowed, but all their seats are taken in the best assignment. */
        ALLOWED_MENTORS_FULL
    }

    /** The unmatched mentees of {@code mentorOf}, in mentee order, each with its reason. */
    public static List<Unmatched> of(PairScores scores, int[] capacity, int[] mentorOf) {
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] != Assignment.UNMATCHED) {
                continue;
            }
            int allowed = 0;
            for (int j = 0; j < capacity.length; j++) {
                if (capacity[j] > 0 && scores.score(i, j) >= 0) {
                    allowed++;
                }
            }
            unmatched.add(new Unmatched(i, allowed == 0 ? Reason.NO_ALLOWED_MENTOR : Reason.ALLOWED_MENTORS_FULL,
                    allowed));
        }
        return unmatched;
    }
}
