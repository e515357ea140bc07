package org.flipside.matching.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AssignmentSolverPropertyTest {

    record Instance(int[][] rows, int[] capacity) {
        @Override
        public String toString() {
            return java.util.Arrays.deepToString(rows) + " capacity " + java.util.Arrays.toString(capacity);
        }
    }

    /**
     * The default solver, and ones with tiny shortlists so that checks add pairs often: one always resumes from where
     * it stopped, one always starts afresh on the larger graph.
     */
    private static final AssignmentSolver[] SOLVERS = {
            new AssignmentSolver(),
            new AssignmentSolver(1, 0, 1, Duration.ofMinutes(1), 1, 2.0),
            new AssignmentSolver(2, 1, 1, Duration.ofMinutes(1), 2, 2.0),
            new AssignmentSolver(1, 1, 1, Duration.ofMinutes(1), 2, 0.0),
    };

    @Property(tries = 200)
    void everySolverFindsTheBruteForceOptimumAndProvesIt(@ForAll("instances") Instance instance,
                                                         @ForAll Priority priority) {
        long[] best = BruteForce.best(instance.rows(), instance.capacity(), priority);
        MatrixScores scores = new MatrixScores(instance.capacity().length, instance.rows());
        for (AssignmentSolver solver : SOLVERS) {
            Assignment assignment = solver.solve(scores, instance.capacity(), priority, ProgressListener.NONE);
            assertThat(new long[] {assignment.matched(), assignment.totalScore()}).containsExactly(best);
            assertThat(assignment.optimal()).isTrue();
            CertificateCheck.Verdict verdict =
                    CertificateCheck.verify(scores, instance.capacity(), priority, assignment);
            assertThat(verdict.problems()).isEmpty();
            assertThat(verdict.optimal()).isTrue();
        }
    }

    @Property(tries = 100)
    void aSpentBudgetStillYieldsAValidBound(@ForAll("instances") Instance instance, @ForAll Priority priority) {
        MatrixScores scores = new MatrixScores(instance.capacity().length, instance.rows());
        AssignmentSolver hurried = new AssignmentSolver(1, 1, 1, Duration.ZERO, 1);
        Assignment assignment = hurried.solve(scores, instance.capacity(), priority, ProgressListener.NONE);
        CertificateCheck.Verdict verdict = CertificateCheck.verify(scores, instance.capacity(), priority, assignment);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.gap()).isEqualTo(assignment.certificate().gap()).isGreaterThanOrEqualTo(0);
        long[] best = BruteForce.best(instance.rows(), instance.capacity(), priority);
        Objective objective = assignment.certificate().objective();
        long bestWeight = priority == Priority.MOST_MATCHES_FIRST
                ? best[0] * (1000 * objective.matchLimit() + 1) + best[1]
                : best[1] * (objective.matchLimit() + 1) + best[0];
        assertThat(bestWeight).isBetween(assignment.certificate().primal(), assignment.certificate().dualBound());
    }

    @Provide
    Arbitrary<Instance> instances() {
        Arbitrary<Integer> mentees = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> mentors = Arbitraries.integers().between(0, 6);
        return Combinators.combine(mentees, mentors).flatAs((n, m) -> {
            // few distinct values, so ties are common; -1 (forbidden) about one pair in five
            Arbitrary<Integer> score = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(2, Arbitraries.just(-1)),
                    net.jqwik.api.Tuple.of(3, Arbitraries.of(0, 100, 500, 1000)),
                    net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 1000)));
            Arbitrary<int[]> row = score.array(int[].class).ofSize(m);
            Arbitrary<int[][]> rows = row.array(int[][].class).ofSize(n);
            Arbitrary<int[]> capacity = Arbitraries.integers().between(0, 3).array(int[].class).ofSize(m);
            return Combinators.combine(rows, capacity).as(Instance::new);
        });
    }
}
