package org.flipside.matching.optimiser;

/**
 * What a solve did: the pairs it kept as candidates (first the shortlist, then the ones the optimality check added),
 * the checks over all pairs it ran and the mentee rows they had to read, the pairs those checks found under-priced, the augmenting-path searches and the
 * people they reached for good (their work), and the time spent per phase.
 */
public record SolveStatistics(int shortlistSize, long candidateEdges, int pricingRounds, long rowsChecked,
                              long violationsAdded,
                              long pathSearches, long settled, long shortlistMillis, long optimiseMillis, long checkMillis,
                              boolean budgetExhausted) {

    public long totalMillis() {
        return shortlistMillis + optimiseMillis + checkMillis;
    }
}
