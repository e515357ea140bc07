package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flipside.program.Side;

/**
 * A goal as the pair's people and its program's managers see it, with its computed progress.
 *
 * @param objective the position of the program objective a mentee's goal serves (1 for the first); {@code null} for a
 *                  mentor's growth goal
 * @param progress  whole percent, the mean of the key results' progress
 */
public record GoalView(long id, Side side, String title, String why, Integer objective, GrowthArea growthArea,
                       LocalDate targetDate, boolean archived, Instant archivedAt, int progress,
                       List<KeyResult> keyResults, Instant createdAt, Instant updatedAt, long version) {

    public GoalView {
        keyResults = List.copyOf(keyResults);
    }

    /**
     * A key result: where it started, where it aims, where it stands (the latest update, or the start before any)
     * and every update, newest first.
     */
    public record KeyResult(long id, String description, String unit, BigDecimal start, BigDecimal target,
                            BigDecimal current, int progress, List<Update> updates) {

        public KeyResult {
            updates = List.copyOf(updates);
        }
    }

    /** One recorded value of a key result: by whom (side and name), when, and why. */
    public record Update(long id, BigDecimal value, String comment, Side side, String by, Instant at) {
    }
}
