package org.flipside.pairing.assessment;

import java.time.Instant;
import java.util.List;
import org.flipside.program.Side;

/** One person's assessment of one phase as the table holds it; ratings in the order the items were rated. */
record StoredAssessment(long id, long pairId, long participantId, Side side, Phase phase, Instant submittedAt,
                        Instant updatedAt, long version, List<RatingInput> ratings) {

    StoredAssessment {
        ratings = List.copyOf(ratings);
    }

    List<String> items() {
        return ratings.stream().map(RatingInput::item).toList();
    }

    Integer ratingOf(String item) {
        return ratings.stream().filter(r -> r.item().equals(item)).map(RatingInput::rating).findFirst().orElse(null);
    }
}
