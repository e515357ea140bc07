package org.flipside.feedback.safety;

import java.util.List;

/**
 * One round of a program's pulse, aggregated. When fewer than {@link org.flipside.shared.privacy.SmallGroups#MINIMUM}
 * answered, {@code withheld} is true and there is no mean and no distribution at all.
 *
 * @param responseRate respondents as a whole percentage of those invited
 * @param mean         over all statements and respondents, two decimals; {@code null} when withheld
 * @param statements   per statement, in order; empty when withheld
 */
public record RoundResult(int round, long invited, long respondents, int responseRate, boolean withheld, Double mean,
                          List<StatementResult> statements) {

    public RoundResult {
        statements = List.copyOf(statements);
    }

    /**
     * One statement in one round.
     *
     * @param distribution how many chose 1, 2, 3, 4 and 5, in that order
     */
    public record StatementResult(int statement, double mean, List<Long> distribution) {

        public StatementResult {
            distribution = List.copyOf(distribution);
        }
    }
}
