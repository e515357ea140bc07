package org.flipside.matching.settings;

/**
 * How much a criterion counts and whether it is a must-have.
 *
 * @param weight    0 (ignored) to 10
 * @param mustHave  a pair whose criterion fulfilment is below the threshold is not allowed
 * @param threshold 0–100, the percentage of the criterion a must-have pair has to reach
 */
public record CriterionSetting(int weight, boolean mustHave, int threshold) {

    public static final int MAX_WEIGHT = 10;

    public static CriterionSetting weighted(int weight) {
        return new CriterionSetting(weight, false, 0);
    }
}
