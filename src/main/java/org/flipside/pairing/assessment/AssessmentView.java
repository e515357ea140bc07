package org.flipside.pairing.assessment;

import java.time.Instant;
import java.util.List;
import org.flipside.pairing.AssessmentResult.ItemResult;
import org.flipside.pairing.PairRole;
import org.flipside.program.Side;

/**
 * A pair's self-assessments as the caller may see them: their own always, the partner's of a phase only once both
 * submitted that phase, and a program manager sees both.
 *
 * @param postDue whether it is time for the closing assessment: the pair is closing or closed, or the program's end
 *                date has passed (a person may give it earlier when they choose to)
 * @param sides   the mentee's, then the mentor's
 */
public record AssessmentView(long pairId, PairRole role, boolean postDue, List<SideView> sides) {

    public AssessmentView {
        sides = List.copyOf(sides);
    }

    /**
     * One person's assessments.
     *
     * @param pre       {@code null} when not submitted or not visible to the caller; likewise {@code post}
     * @param proposed  for the caller's own side before their PRE assessment: the items they will rate
     * @param changes   post − pre per item, when the caller may see the PRE assessment
     */
    public record SideView(Side side, String fullName, boolean mine, boolean preSubmitted, boolean postSubmitted,
                           Submission pre, Submission post, List<Item> proposed, boolean canSubmitPre,
                           boolean canSubmitPost, boolean canCorrectPre, boolean canCorrectPost,
                           List<ItemResult> changes) {

        public SideView {
            proposed = List.copyOf(proposed);
            changes = List.copyOf(changes);
        }
    }

    /** One submitted assessment; {@code version} is what a correction sends back. */
    public record Submission(Phase phase, Instant submittedAt, Instant updatedAt, long version,
                             List<ItemRating> ratings) {

        public Submission {
            ratings = List.copyOf(ratings);
        }
    }
}
