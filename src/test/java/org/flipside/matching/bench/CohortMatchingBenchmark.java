package org.flipside.matching.bench;

import org.flipside.testing.HeapSampler;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.flipside.matching.optimiser.Assignment;
import org.flipside.matching.optimiser.CertificateCheck;
import org.flipside.matching.optimiser.Objective;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;

/**
 * Matching as a run does it, on generated profiles: compile the cohort, then let the optimiser score and place
 * everyone, and report the certificate. Not a test: run it by hand (see docs/performance.md):
 * <pre>
 * MAVEN_OPTS=-Xmx1g ./mvnw -q -B test-compile exec:java \
 *     -Dexec.mainClass=org.flipside.matching.bench.CohortMatchingBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="500 500 5000 10000 dense5000 25000"
 * </pre>
 * Each argument is a case: that many mentees and as many mentors, one place each. {@code denseN} switches the
 * must-haves off, so that every pair no hard constraint excludes has a score, and compares our optimiser with
 * OR-Tools' LinearSumAssignment on the same score matrix. {@code -Dverify=true} also runs the independent
 * certificate check, a full pass over every pair; {@code -Dshortlist=48 -DmentorShortlist=16 -Dadded=16} tune the
 * solver as in {@link MatchingBenchmark}.
 */
public final class CohortMatchingBenchmark {

    private static final String DENSE = "dense";

    private CohortMatchingBenchmark() {
    }

    public static void main(String[] args) {
        String[] cases = args.length == 0 ? new String[] {"500", "500", "500", "5000", "10000"} : args;
        HeapSampler.start();
        System.out.printf("%d processors, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1_048_576);
        System.out.printf("%-30s %10s %10s %10s %8s %10s %-22s %10s%n", "case", "compile ms", "solve ms",
                "total ms", "matched", "avg score", "result", "peak MB");
        for (String size : cases) {
            if (size.startsWith(DENSE)) {
                dense(Integer.parseInt(size.substring(DENSE.length())));
            } else {
                int n = Integer.parseInt(size);
                GeneratedCohort generated = CohortGenerator.generate(n, n, 42);
                run(n + " x " + n + " profiles", generated, generated.settings());
            }
        }
        System.exit(0);
    }

    /** Compiles and solves one cohort and prints its row. */
    private static Solved run(String name, GeneratedCohort generated, MatchingSettings settings) {
        HeapSampler.reset();
        long t0 = System.nanoTime();
        Cohort cohort = Cohort.of(generated.mentees(), generated.mentors(), settings, generated.questions(),
                generated.rules());
        long t1 = System.nanoTime();
        Solved solved = solve(cohort, settings.priority());
        long t2 = System.nanoTime();
        print(name, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, solved, cohort, settings.priority());
        return solved;
    }

    private static Solved solve(PairScores scores, Priority priority) {
        int[] capacity = new int[scores.mentors()];
        Arrays.fill(capacity, 1);
        Assignment assignment = MatchingBenchmark.solver().solve(scores, capacity, priority,
                MatchingBenchmark.progressPrinter());
        return new Solved(scores, assignment, capacity);
    }

    private static void print(String name, long compileMillis, long solveMillis, Solved solved, PairScores scores,
                              Priority priority) {
        Assignment assignment = solved.assignment;
        long peak = HeapSampler.peakMegabytes();
        String result = assignment.certificate().optimal() ? "optimal"
                : "gap " + assignment.certificate().scoreGapTenths() + " tenths";
        if (Boolean.getBoolean("verify")) {
            result += CertificateCheck.verify(scores, solved.capacity, priority, assignment).ok()
                    ? ", checked" : ", CHECK FAILED";
        }
        double average = assignment.matched() == 0 ? 0 : assignment.totalScore() / 10.0 / assignment.matched();
        System.out.printf("%-30s %10d %10d %10d %8d %10.1f %-22s %10d%n", name, compileMillis, solveMillis,
                compileMillis + solveMillis, assignment.matched(), average, result, peak);
        System.out.println("    " + assignment.statistics());
    }

    /**
     * The comparison: must-haves off, our optimiser on the cohort itself (scoring every pair as it goes) and
     * on the full score matrix, and OR-Tools on that matrix.
     */
    private static void dense(int n) {
        GeneratedCohort generated = CohortGenerator.generate(n, n, 42);
        MatchingSettings settings = withoutMustHaves(generated.settings());
        Solved onCohort = run(n + " x " + n + " dense profiles", generated, settings);

        long t0 = System.nanoTime();
        int[] matrix = DenseComparison.matrix(onCohort.scores);
        long matrixMillis = (System.nanoTime() - t0) / 1_000_000;
        long allowed = Arrays.stream(matrix).filter(s -> s >= 0).count();
        PairScores dense = DenseComparison.scores(matrix, n);
        HeapSampler.reset();
        long t1 = System.nanoTime();
        Solved onMatrix = solve(dense, settings.priority());
        print(n + " x " + n + " dense matrix", matrixMillis, (System.nanoTime() - t1) / 1_000_000, onMatrix, dense,
                settings.priority());

        HeapSampler.reset();
        DenseComparison.OrToolsResult lsa = DenseComparison.orTools(matrix, n,
                Objective.of(settings.priority(), n, onMatrix.capacity));
        long ours = onCohort.assignment.certificate().primal();
        System.out.printf("    %.1f%% of pairs allowed; filling the matrix %d ms%n", 100.0 * allowed / n / n,
                matrixMillis);
        System.out.printf("    OR-Tools LinearSumAssignment: %s, weight %d (%d allowed pairs), adding %d arcs %d ms,"
                        + " solve %d ms, peak %d MB%n", lsa.status(), lsa.weight(), lsa.allowedPairs(),
                (long) n * n, lsa.addMillis(), lsa.solveMillis(), HeapSampler.peakMegabytes());
        System.out.printf("    ours: weight %d on the cohort, %d on the matrix -> %s%n", ours,
                onMatrix.assignment.certificate().primal(),
                lsa.weight() == ours && ours == onMatrix.assignment.certificate().primal() ? "EQUAL" : "DIFFERENT");
    }

    private static MatchingSettings withoutMustHaves(MatchingSettings settings) {
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
        settings.criteria().forEach((criterion, setting) ->
                criteria.put(criterion, CriterionSetting.weighted(setting.weight())));
        return new MatchingSettings(criteria, settings.workStyle(), settings.chainLevels(),
                settings.minimumGradeGap(), settings.avoidEarlierPairs(), settings.priority(), settings.selfMatch(),
                settings.responseDays(), settings.questionLinks(), settings.version());
    }

    private record Solved(PairScores scores, Assignment assignment, int[] capacity) {
    }
}
