package org.flipside.matching.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.flipside.matching.optimiser.Assignment;
import org.flipside.matching.optimiser.AssignmentSolver;
import org.flipside.matching.optimiser.CertificateCheck;
import org.flipside.matching.scoring.Cohort;

/**
 * Matching as a run does it, on generated profiles: compile the cohort, then let the optimiser score and place
 * everyone, and report the certificate. Not a test: run it by hand (see docs/performance.md):
 * <pre>
 * MAVEN_OPTS=-Xmx1g ./mvnw -q -B test-compile exec:java \
 *     -Dexec.mainClass=org.flipside.matching.bench.CohortMatchingBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="500 5000 10000"
 * </pre>
 * Each argument is a case: that many mentees and as many mentors, one place each. {@code -Dverify=true} also runs
 * the independent certificate check, a full pass over every pair.
 */
public final class CohortMatchingBenchmark {

    private static volatile long peakHeap;

    private CohortMatchingBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {500, 500, 500, 5_000, 10_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        boolean verify = Boolean.getBoolean("verify");
        startHeapSampler();
        System.out.printf("%-22s %10s %10s %10s %8s %10s %-22s %10s%n", "case", "compile ms", "solve ms",
                "total ms", "matched", "avg score", "result", "peak MB");
        for (int n : sizes) {
            GeneratedCohort generated = CohortGenerator.generate(n, n, 42);
            System.gc();
            peakHeap = 0;
            long t0 = System.nanoTime();
            Cohort cohort = Cohort.of(generated.mentees(), generated.mentors(), generated.settings(),
                    generated.questions(), generated.rules());
            long t1 = System.nanoTime();
            int[] capacity = new int[n];
            Arrays.fill(capacity, 1);
            Assignment assignment = new AssignmentSolver().solve(cohort, capacity, generated.settings().priority(),
                    (phase, fraction) -> { });
            long t2 = System.nanoTime();
            String result = assignment.certificate().optimal() ? "optimal"
                    : "gap " + assignment.certificate().gap();
            if (verify) {
                result += CertificateCheck.verify(cohort, capacity, generated.settings().priority(), assignment).ok()
                        ? ", checked" : ", CHECK FAILED";
            }
            double average = assignment.matched() == 0 ? 0 : assignment.totalScore() / 10.0 / assignment.matched();
            System.out.printf("%-22s %10d %10d %10d %8d %10.1f %-22s %10d%n", n + " x " + n + " profiles",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000, assignment.matched(),
                    average, result, peakHeap / (1024 * 1024));
            System.out.println("    " + assignment.statistics());
        }
        System.exit(0);
    }

    private static void startHeapSampler() {
        Thread sampler = new Thread(() -> {
            while (true) {
                peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }
}
