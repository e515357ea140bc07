package org.flipside.feedback;

/**
 * One round of a program's safety pulse, aggregated.
 *
 * @param round       1 for every pair's first period after activation, 2 for the second, …
 * @param invited     junior mentors invited in the round
 * @param respondents how many of them answered
 * @param mean        the mean over all statements and respondents, 1–5; {@code null} when withheld because fewer
 *                    than {@link org.flipside.shared.privacy.SmallGroups#MINIMUM} answered
 */
public record SafetyTrendPoint(int round, long invited, long respondents, Double mean) {

    public boolean withheld() {
        return mean == null;
    }
}
