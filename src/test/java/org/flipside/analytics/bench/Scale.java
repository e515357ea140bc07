package org.flipside.analytics.bench;

/**
 * How big the generated organisation is. The full size (issue 7): 100,000 employees, 20 programs, the largest with
 * 5,000 pairs and 150 in each of the others that are running. Sessions (one at every turn of the program's cadence
 * over a pair's life), survey answers (five a response, one response in four invitations) and the rest follow
 * from the pairs, which gives over 50,000 sessions and 100,000 survey answers at the full size.
 *
 * @param employees   people in the directory
 * @param programs    programs, the first one the largest
 * @param largestPairs pairs in the largest program
 * @param otherPairs  pairs in each of the other running programs
 */
record Scale(int employees, int programs, int largestPairs, int otherPairs) {

    static final int FULL_EMPLOYEES = 100_000;
    static final int FULL_PROGRAMS = 20;
    static final int OTHER_PAIRS = 150;

    Scale {
        if (programs < 4 || largestPairs < 1 || otherPairs < 1) {
            throw new IllegalArgumentException("at least 4 programs and one pair each");
        }
        // mentees come from the most senior fifth of the directory, mentors from the most junior three fifths
        if (largestPairs * 1.1 + 20 > employees * 0.18) {
            throw new IllegalArgumentException(employees + " employees are too few for " + largestPairs + " pairs");
        }
    }

    /** The organisation of issue 7 with the largest program at {@code largestPairs} (500 … 5,000). */
    static Scale organisation(int largestPairs) {
        return new Scale(FULL_EMPLOYEES, FULL_PROGRAMS, largestPairs, OTHER_PAIRS);
    }

    /** Programs that run (and so have pairs): all but the last two, which are still enrolling and matching. */
    int runningPrograms() {
        return programs - 2;
    }

    int pairsOf(int program) {
        if (program >= runningPrograms()) {
            return 0;
        }
        return program == 0 ? largestPairs : otherPairs;
    }
}
