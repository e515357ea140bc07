package org.flipside.insights;

/**
 * What became of the insights a program's pairs proposed beyond the pair.
 *
 * @param raised               insights proposed to an owner
 * @param responded            of those, the ones the owner answered (accepted, declined or merged)
 * @param turnedIntoActions    of those, the ones accepted as an action or merged into one
 * @param respondedPercent     responded as a whole percentage of raised; {@code null} when nothing was raised
 * @param actionsPercent       turned into actions as a whole percentage of raised; {@code null} when nothing was raised
 * @param medianDaysToResponse median days from proposal to response, one decimal; {@code null} before any response
 * @param actionsDone          actions of the program marked DONE
 */
public record ProgramInsightFigures(long programId, int raised, int responded, int turnedIntoActions,
                                    Integer respondedPercent, Integer actionsPercent, Double medianDaysToResponse,
                                    int actionsDone) {
}
