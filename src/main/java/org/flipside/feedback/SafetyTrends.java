package org.flipside.feedback;

import java.util.List;

/**
 * The psychological-safety trend of a program, for its managers' dashboards. Only the program's own managers may ask;
 * anyone else gets {@link org.flipside.shared.NotFoundException}. Every mean follows
 * {@link org.flipside.shared.privacy.SmallGroups}: a round with too few respondents has none.
 */
public interface SafetyTrends {

    /** One point per round of the pulse, oldest first. */
    List<SafetyTrendPoint> of(long programId);

    /**
     * {@link #of(long)} without asking who calls: for a dashboard whose own rule decides who may read a program's
     * aggregates (its managers, administrators, sponsors). The small-group rule applies all the same.
     */
    List<SafetyTrendPoint> aggregated(long programId);
}
