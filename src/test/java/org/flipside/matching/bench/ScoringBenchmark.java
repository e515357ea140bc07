package org.flipside.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.scoring.HardRules;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.people.reporting.ReportingForest;

/**
 * Measures the compatibility scoring on a generated cohort: the time to compile the cohort and the time per scored
 * pair, on one thread and on two. The CPU time per pair is the figure to compare on a busy machine, where the wall
 * time also counts the other processes. Not a test: run it by hand (see docs/performance.md):
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.flipside.matching.bench.ScoringBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="25000 25000"
 * </pre>
 * Arguments: mentees, mentors (5,000 each if absent), and how many pairs to score per pass (at most 100 million, so
 * a large cohort scores its first rows only).
 */
public final class ScoringBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int TILE = 2048;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int mentees = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int mentors = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long budget = args.length > 2 ? Long.parseLong(args[2]) : 100_000_000L;

        long t0 = System.nanoTime();
        GeneratedCohort generated = CohortGenerator.generate(mentees, mentors, 42);
        long t1 = System.nanoTime();
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        Cohort cohort = Cohort.of(generated.mentees(), generated.mentors(), generated.settings(),
                generated.questions(), generated.rules());
        long t2 = System.nanoTime();
        long cpu2 = THREADS.getCurrentThreadCpuTime();
        System.out.printf("cohort %,d x %,d: generated in %d ms, compiled by Cohort.of in %d ms wall, %d ms CPU%n",
                cohort.mentees(), cohort.mentors(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (cpu2 - cpu1) / 1_000_000);

        int rows = (int) Math.max(1, Math.min(cohort.mentees(), budget / cohort.mentors()));
        pass(cohort, Math.min(rows, 200), 1, "warm-up");
        if (args.length > 3 && args[3].equals("criteria")) {
            perCriterion(generated, rows);
        }
        for (int round = 0; round < 2; round++) {
            pass(cohort, rows, 1, "1 thread ");
            pass(cohort, rows, 2, "2 threads");
            tiled(cohort, rows);
        }
    }

    /** Each criterion alone, without must-haves or hard constraints, to see what each one costs. */
    private static void perCriterion(GeneratedCohort generated, int rows) throws InterruptedException {
        MatchingSettings base = generated.settings();
        HardRules none = new HardRules(ReportingForest.empty(), Set.of(), Set.of());
        for (Criterion criterion : Criterion.values()) {
            Map<Criterion, CriterionSetting> only = new EnumMap<>(Criterion.class);
            only.put(criterion, CriterionSetting.weighted(1));
            MatchingSettings settings = new MatchingSettings(only, base.workStyle(), 0, 0, false, base.priority(),
                    false, 14, base.questionLinks(), 0);
            Cohort cohort = Cohort.of(generated.mentees(), generated.mentors(), settings, generated.questions(), none);
            pass(cohort, rows, 1, String.format("%-16s", criterion));
        }
    }

    /**
     * The same pairs in tiles of {@link #TILE} mentors, so that their data stays in the processor's cache while
     * every mentee is scored against them: the order an optimiser of a large cohort should ask in.
     */
    private static void tiled(Cohort cohort, int rows) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long sum = 0;
        for (int from = 0; from < cohort.mentors(); from += TILE) {
            int to = Math.min(cohort.mentors(), from + TILE);
            for (int i = 0; i < rows; i++) {
                for (int j = from; j < to; j++) {
                    sum += cohort.score(i, j);
                }
            }
        }
        long nanos = System.nanoTime() - start;
        long pairs = (long) rows * cohort.mentors();
        System.out.printf("tiles of %d: %,d pairs in %,d ms wall = %.1f ns/pair wall, %.1f ns/pair of CPU time "
                        + "(checksum %d)%n", TILE, pairs, nanos / 1_000_000, (double) nanos / pairs,
                (double) (THREADS.getCurrentThreadCpuTime() - cpuStart) / pairs, sum);
    }

    private static void pass(Cohort cohort, int rows, int threads, String label) throws InterruptedException {
        AtomicLong checksum = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong allowed = new AtomicLong();
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long sum = 0;
                long ok = 0;
                for (int i = first; i < rows; i += threads) {
                    for (int j = 0; j < cohort.mentors(); j++) {
                        int score = cohort.score(i, j);
                        if (score != PairScores.FORBIDDEN) {
                            sum += score;
                            ok++;
                        }
                    }
                }
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                checksum.addAndGet(sum);
                allowed.addAndGet(ok);
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long nanos = System.nanoTime() - start;
        long pairs = (long) rows * cohort.mentors();
        System.out.printf("%s: %,d pairs in %,d ms wall = %.1f ns/pair wall, %.1f ns/pair of CPU time per thread, "
                        + "%.1f%% allowed, mean score %.1f%n", label, pairs, nanos / 1_000_000, (double) nanos / pairs,
                (double) cpuNanos.get() / pairs, 100.0 * allowed.get() / pairs,
                allowed.get() == 0 ? 0 : checksum.get() / 10.0 / allowed.get());
    }
}
