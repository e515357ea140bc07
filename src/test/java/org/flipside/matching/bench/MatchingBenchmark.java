package org.flipside.matching.bench;

import org.flipside.testing.HeapSampler;
import java.util.Arrays;
import java.util.List;
import org.flipside.matching.optimiser.Assignment;
import org.flipside.matching.optimiser.AssignmentSolver;
import org.flipside.matching.optimiser.CertificateCheck;
import org.flipside.matching.optimiser.Objective;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.optimiser.ProgressListener;
import org.flipside.matching.optimiser.SolveStatistics;
import org.flipside.matching.optimiser.StructuredScores;

/**
 * Measures the optimiser on structured cohorts (see {@link StructuredScores}) and compares it with OR-Tools'
 * LinearSumAssignment on the same dense score matrix. Not a test: run it with
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.flipside.matching.bench.MatchingBenchmark
 * -Dexec.classpathScope=test}; optional {@code -Dexec.args="500 5000 10000 25000"} picks the cases.
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        HeapSampler.start();
        List<String> cases = args.length == 0 ? List.of("500", "5000", "10000", "25000") : List.of(args);
        System.out.printf("%d processors, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1_048_576);
        System.out.println(header());
        for (String size : cases) {
            int n = Integer.parseInt(size);
            if (n == 5000) {
                denseAgainstOrTools(n);
            } else if (n <= 1000) {
                // a small cohort is solved in a running server with a warm JIT: show the cold run and warm ones
                for (int run = 1; run <= 5; run++) {
                    onDemand(n, run == 1, " run " + run);
                }
            } else {
                onDemand(n, false, "");
            }
        }
    }

    private static void onDemand(int n, boolean verify, String label) {
        StructuredScores scores = new StructuredScores(n, n, 42, true);
        int[] capacity = ones(n);
        HeapSampler.reset();
        long started = System.nanoTime();
        Assignment assignment = solver().solve(scores, capacity, Priority.MOST_MATCHES_FIRST,
                progressPrinter());
        long millis = (System.nanoTime() - started) / 1_000_000;
        row(n + " x " + n + " structured" + label, assignment, millis, HeapSampler.peakMegabytes());
        if (verify || Boolean.getBoolean("verify")) {
            long t0 = System.nanoTime();
            CertificateCheck.Verdict verdict = CertificateCheck.verify(scores, capacity, Priority.MOST_MATCHES_FIRST,
                    assignment);
            System.out.printf("    independent check: ok %s, optimal %s, %d ms%n", verdict.ok(), verdict.optimal(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static void denseAgainstOrTools(int n) {
        int[] matrix = DenseComparison.matrix(new StructuredScores(n, n, 42, false));
        PairScores dense = DenseComparison.scores(matrix, n);
        int[] capacity = ones(n);
        HeapSampler.reset();
        long started = System.nanoTime();
        Assignment ours = solver().solve(dense, capacity, Priority.MOST_MATCHES_FIRST,
                ProgressListener.NONE);
        long oursMillis = (System.nanoTime() - started) / 1_000_000;
        row(n + " x " + n + " dense matrix", ours, oursMillis, HeapSampler.peakMegabytes());

        DenseComparison.OrToolsResult lsa = DenseComparison.orTools(matrix, n,
                Objective.of(Priority.MOST_MATCHES_FIRST, n, capacity));
        System.out.printf("    OR-Tools LinearSumAssignment: %s, weight %d, adding %d arcs %d ms, solve %d ms;"
                        + " ours: weight %d, %d ms -> %s%n", lsa.status(), lsa.weight(), (long) n * n,
                lsa.addMillis(), lsa.solveMillis(), ours.certificate().primal(), oursMillis,
                lsa.weight() == ours.certificate().primal() ? "EQUAL" : "DIFFERENT");
    }

    /** The default solver, or one tuned with -Dshortlist=K -DmentorShortlist=M -Dadded=L. */
    static AssignmentSolver solver() {
        int shortlist = Integer.getInteger("shortlist", 0);
        if (shortlist == 0) {
            return new AssignmentSolver();
        }
        return new AssignmentSolver(shortlist, Integer.getInteger("mentorShortlist", 16), Integer.getInteger("added", 16),
                java.time.Duration.ofSeconds(60),
                Runtime.getRuntime().availableProcessors());
    }

    private static String header() {
        return String.format("%-26s %9s %9s %9s %9s %6s %8s %10s %10s %9s %8s %10s %9s", "case", "short ms",
                "opt ms", "check ms", "total ms", "rounds", "rows", "edges", "added", "settled", "matched", "result", "heap MB");
    }

    private static void row(String name, Assignment a, long millis, long heap) {
        SolveStatistics s = a.statistics();
        String result = a.optimal() ? "optimal" : "gap " + a.certificate().scoreGapTenths();
        System.out.printf("%-26s %9d %9d %9d %9d %6d %8d %10d %10d %9d %8d %10s %9d%n", name,
                s.shortlistMillis(), s.optimiseMillis(), s.checkMillis(), millis, s.pricingRounds(), s.rowsChecked(),
                s.candidateEdges(), s.violationsAdded(),
                s.settled(), a.matched(), result, heap);
    }

    /** Prints the phase every two seconds at most. */
    static ProgressListener progressPrinter() {
        long[] last = {System.nanoTime()};
        return (phase, fraction) -> {
            long now = System.nanoTime();
            if (now - last[0] > 2_000_000_000L) {
                last[0] = now;
                System.out.printf("    ... %s %.0f%%%n", phase, fraction * 100);
            }
        };
    }

    private static int[] ones(int n) {
        int[] capacity = new int[n];
        Arrays.fill(capacity, 1);
        return capacity;
    }
}
