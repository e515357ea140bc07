package org.flipside.matching.optimiser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Checks an assignment and its certificate from first principles, sharing no code with the solver: the assignment is
 * feasible (known mentors, no forbidden pair, no mentor over capacity), its figures are what it claims, the prices are
 * never negative and cover every allowed pair (all of them, not only the ones the solver looked at), and the bound is
 * what the prices add up to. The weights are recomputed here from the priority.
 */
public final class CertificateCheck {

    private static final int MAX_REPORTED = 20;

    /** {@code ok}: no problem found, so {@code gap} is a proven bound; {@code optimal}: ok and the gap is zero. */
    public record Verdict(boolean ok, boolean optimal, long gap, List<String> problems) {
    }

    private CertificateCheck() {
    }

    public static Verdict verify(PairScores scores, int[] capacity, Priority priority, Assignment assignment) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        int n = scores.mentees();
        int m = scores.mentors();
        int[] mentorOf = assignment.mentorOf();
        Certificate certificate = assignment.certificate();
        if (capacity.length != m || mentorOf.length != n || certificate.menteePrice().length != n
                || certificate.mentorPrice().length != m) {
            problems.add("sizes: " + n + " mentees and " + m + " mentors, but " + capacity.length + " capacities, "
                    + mentorOf.length + " assigned mentees, " + certificate.menteePrice().length + " mentee prices and "
                    + certificate.mentorPrice().length + " mentor prices");
            return new Verdict(false, false, 0, List.copyOf(problems));
        }
        long seats = 0;
        for (int c : capacity) {
            seats += c;
        }
        long limit = Math.min(n, seats);
        boolean matchesFirst = priority == Priority.MOST_MATCHES_FIRST;

        int[] taken = new int[m];
        int matched = 0;
        long score = 0;
        long primal = 0;
        for (int i = 0; i < n; i++) {
            int j = mentorOf[i];
            if (j == -1) {
                continue;
            }
            if (j < 0 || j >= m) {
                problems.add("mentee " + i + ": assigned to mentor " + j + ", which does not exist");
                continue;
            }
            int s = scores.score(i, j);
            if (s < 0) {
                problems.add("mentee " + i + ": paired with mentor " + j + ", a forbidden pair");
                continue;
            }
            taken[j]++;
            matched++;
            score += s;
            primal += matchesFirst ? s + 1000 * limit + 1 : s * (limit + 1) + 1;
        }
        for (int j = 0; j < m; j++) {
            if (taken[j] > capacity[j]) {
                problems.add("mentor " + j + ": " + taken[j] + " mentees for " + capacity[j] + " seats");
            }
        }
        if (matched != assignment.matched() || score != assignment.totalScore() || primal != certificate.primal()) {
            problems.add("figures: the assignment has " + matched + " matches, score " + score + " and weight "
                    + primal + ", but claims " + assignment.matched() + ", " + assignment.totalScore() + " and "
                    + certificate.primal());
        }

        long[] u = certificate.menteePrice();
        long[] v = certificate.mentorPrice();
        long dual = 0;
        for (int i = 0; i < n; i++) {
            if (u[i] < 0) {
                problems.add("mentee " + i + ": negative price " + u[i]);
            }
            dual += u[i];
        }
        for (int j = 0; j < m; j++) {
            if (v[j] < 0) {
                problems.add("mentor " + j + ": negative price " + v[j]);
            }
            // more seats than mentees cannot be used, so the bound may count at most n of them
            dual += Math.min(capacity[j], n) * v[j];
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = 0; j < m && problems.size() < MAX_REPORTED; j++) {
                int s = scores.score(i, j);
                if (s < 0) {
                    continue;
                }
                long w = matchesFirst ? s + 1000 * limit + 1 : s * (limit + 1) + 1;
                if (u[i] + v[j] < w) {
                    problems.add("pair (" + i + ", " + j + "): prices " + u[i] + " + " + v[j]
                            + " are below its weight " + w);
                }
            }
        });
        if (dual != certificate.dualBound()) {
            problems.add("bound: the prices add up to " + dual + ", but the certificate claims " + certificate.dualBound());
        }
        if (dual < primal && problems.isEmpty()) {
            problems.add("bound: " + dual + " is below the assignment's own weight " + primal);
        }
        boolean ok = problems.isEmpty();
        return new Verdict(ok, ok && dual == primal, dual - primal, List.copyOf(problems));
    }
}
