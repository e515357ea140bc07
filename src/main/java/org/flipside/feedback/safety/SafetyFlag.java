package org.flipside.feedback.safety;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A low score as the program's managers see it. Without the junior mentor's consent it holds no pair, no names and no
 * score: only that someone in the program reported one in that round and week.
 *
 * @param weekOf     the Monday of the week the answer came in
 * @param pairId     the pair, only when the junior mentor agreed to be contacted; otherwise {@code null}
 * @param juniorName the junior mentor, likewise
 * @param menteeName the senior mentee, likewise
 * @param mean       the answer's mean, likewise
 */
public record SafetyFlag(long id, long programId, int round, LocalDate weekOf, Long pairId, String juniorName,
                         String menteeName, BigDecimal mean, boolean followedUp, String followUpNote,
                         String followedUpBy, Instant followedUpAt, long version) {

    /** Whether the junior mentor agreed to be contacted, so that the flag names the pair. */
    @JsonProperty("identified")
    public boolean identified() {
        return pairId != null;
    }
}
