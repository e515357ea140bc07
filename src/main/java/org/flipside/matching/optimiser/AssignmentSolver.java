package org.flipside.matching.optimiser;

import java.time.Duration;
import java.util.Arrays;

/**
 * Computes the best assignment of a whole cohort and proves it. Each mentee's best mentors form a sparse candidate
 * graph, solved exactly with prices (see {@link SparseMatching}); a check over every allowed pair then either proves
 * that no pair outside the graph could improve the result, or adds the pairs that might and solves again from where
 * it stopped. If the time budget runs out first, the last check turns the prices into an upper bound and the
 * certificate states how far from the optimum the assignment can be at most.
 */
public final class AssignmentSolver {

    private final int shortlistSize;
    private final int mentorShortlistSize;
    private final int addedPerMentee;
    private final long budgetNanos;
    private final int threads;
    private final double restartShare;

    public AssignmentSolver() {
        this(64, 16, 16, Duration.ofSeconds(60), Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param shortlistSize  mentors kept per mentee in the first graph
     * @param mentorShortlistSize mentees kept per mentor in the first graph
     * @param addedPerMentee most pairs a check adds per mentee
     * @param budget         time after which the next check closes the solve with a certified gap
     * @param threads        threads for the passes over all pairs
     */
    public AssignmentSolver(int shortlistSize, int mentorShortlistSize, int addedPerMentee, Duration budget,
                            int threads) {
        this(shortlistSize, mentorShortlistSize, addedPerMentee, budget, threads, 1.0 / 32);
    }

    /** As above; a check that adds pairs for more than {@code restartShare} of the mentees restarts the solve. */
    AssignmentSolver(int shortlistSize, int mentorShortlistSize, int addedPerMentee, Duration budget, int threads,
                     double restartShare) {
        if (shortlistSize < 1 || mentorShortlistSize < 0 || addedPerMentee < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "shortlistSize, addedPerMentee and threads must be at least 1, mentorShortlistSize at least 0");
        }
        this.mentorShortlistSize = mentorShortlistSize;
        this.shortlistSize = shortlistSize;
        this.addedPerMentee = addedPerMentee;
        this.budgetNanos = budget.toNanos();
        this.threads = threads;
        this.restartShare = restartShare;
    }

    public Assignment solve(PairScores scores, int[] capacity, Priority priority, ProgressListener progress) {
        validate(scores, capacity, priority);
        long started = System.nanoTime();
        int n = scores.mentees();
        int[] seats = capacity.clone();
        Objective objective = Objective.of(priority, n, seats);
        Pacer pacer = new Pacer(progress);

        Shortlist shortlist =
                Shortlist.build(scores, seats, objective, shortlistSize, mentorShortlistSize, threads, pacer);
        long shortlistNanos = System.nanoTime() - started;
        CandidateGraph graph = shortlist.graph;
        SparseMatching matching = new SparseMatching(graph, seats, 0, 0);
        long optimiseNanos = 0;
        long checkNanos = 0;
        long violationsAdded = 0;
        long rowsChecked = 0;
        int rounds = 0;
        boolean closing = false;
        long[] cover = new long[n];
        Arrays.fill(cover, Long.MAX_VALUE / 4);
        long drift = 0;
        long[] pricesAtCheck = matching.mentorPrice.clone();
        while (true) {
            long t0 = System.nanoTime();
            int[] joined = {0};
            int waiting = matching.waiting();
            matching.joinAll(i -> pacer.tick("optimising", ++joined[0], waiting));
            pacer.report("optimising", 1);
            long t1 = System.nanoTime();
            optimiseNanos += t1 - t0;
            closing = closing || t1 - started > budgetNanos;
            drift += largestFall(pricesAtCheck, matching.mentorPrice);
            System.arraycopy(matching.mentorPrice, 0, pricesAtCheck, 0, pricesAtCheck.length);
            Pricing check = Pricing.scan(scores, shortlist, objective, graph, cover, drift,
                    matching.menteePrice, matching.mentorPrice, addedPerMentee, closing, threads, pacer);
            rounds++;
            rowsChecked += check.scannedMentees;
            checkNanos += System.nanoTime() - t1;
            if (closing || !check.anyAdded()) {
                break;
            }
            violationsAdded += check.violations;
            graph = graph.withAdded(check.added, check.addedWeight);
            long t2 = System.nanoTime();
            int[] rejoining = check.menteesWithAdditions();
            if (rejoining.length > n * restartShare) {
                // many changed rows: solving the larger graph afresh is cheaper than repairing that many paths
                long searches = matching.searches();
                long settled = matching.settledTotal();
                matching = new SparseMatching(graph, seats, searches, settled);
            } else {
                matching.grow(graph, rejoining);
            }
            optimiseNanos += System.nanoTime() - t2;
            closing = System.nanoTime() - started > budgetNanos;
        }
        SolveStatistics statistics = new SolveStatistics(shortlistSize, graph.edges(), rounds, rowsChecked,
                violationsAdded,
                matching.searches(), matching.settledTotal(), shortlistNanos / 1_000_000, optimiseNanos / 1_000_000,
                checkNanos / 1_000_000, closing);
        return result(scores, seats, objective, matching, statistics);
    }

    private static long largestFall(long[] before, long[] now) {
        long largest = 0;
        for (int j = 0; j < now.length; j++) {
            largest = Math.max(largest, before[j] - now[j]);
        }
        return largest;
    }

    private static Assignment result(PairScores scores, int[] capacity, Objective objective,
                                     SparseMatching matching, SolveStatistics statistics) {
        int[] mentorOf = matching.mentorOf().clone();
        int n = mentorOf.length;
        int matched = 0;
        long totalScore = 0;
        long primal = 0;
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] != Assignment.UNMATCHED) {
                int s = scores.score(i, mentorOf[i]);
                matched++;
                totalScore += s;
                primal += objective.weight(s);
            }
        }
        long[] menteePrice = matching.menteePrice.clone();
        long[] mentorPrice = matching.mentorPrice.clone();
        long dual = 0;
        for (long u : menteePrice) {
            dual += u;
        }
        for (int j = 0; j < capacity.length; j++) {
            if (capacity[j] == 0) {
                // no seat, so its price costs nothing in the bound: make it cover every pair outright
                mentorPrice[j] = objective.maxWeight();
            }
            dual += Math.min(capacity[j], n) * mentorPrice[j];
        }
        Certificate certificate = new Certificate(menteePrice, mentorPrice, primal, dual, objective);
        return new Assignment(mentorOf, matched, totalScore, certificate, statistics);
    }

    private static void validate(PairScores scores, int[] capacity, Priority priority) {
        if (scores == null) {
            throw new IllegalArgumentException("scores: required");
        }
        if (priority == null) {
            throw new IllegalArgumentException("priority: required");
        }
        if (capacity == null || capacity.length != scores.mentors()) {
            throw new IllegalArgumentException("capacity: one entry per mentor required ("
                    + scores.mentors() + "), was " + (capacity == null ? "none" : capacity.length));
        }
        for (int j = 0; j < capacity.length; j++) {
            if (capacity[j] < 0) {
                throw new IllegalArgumentException("capacity[" + j + "]: must not be negative, was " + capacity[j]);
            }
        }
        if (scores.mentees() < 0) {
            throw new IllegalArgumentException("scores: negative number of mentees");
        }
    }
}
