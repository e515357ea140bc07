package org.flipside.analytics.overview;

import java.time.LocalDate;
import org.flipside.program.ProgramState;

/**
 * One program in the side-by-side table.
 *
 * @param mentors         approved participants on the mentor side
 * @param mentees         approved participants on the mentee side
 * @param pairs           pairs ever formed, whatever became of them
 * @param sessionsHeld    sessions logged as held
 * @param insightsRaised  insights proposed beyond the pair
 * @param insightsActed   of those, the ones turned into an action
 * @param actionsDone     actions marked done
 */
public record ProgramLine(long programId, String name, ProgramState state, LocalDate startDate, LocalDate endDate,
                          int mentors, int mentees, int pairs, int sessionsHeld, int insightsRaised,
                          int insightsActed, int actionsDone) {
}
