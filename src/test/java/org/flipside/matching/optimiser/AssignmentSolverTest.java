package org.flipside.matching.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    private Assignment solveAndVerify(PairScores scores, int[] capacity, Priority priority) {
        Assignment assignment = solver.solve(scores, capacity, priority, ProgressListener.NONE);
        CertificateCheck.Verdict verdict = CertificateCheck.verify(scores, capacity, priority, assignment);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.optimal()).isTrue();
        return assignment;
    }

    @Test
    void anEmptyCohortHasAnEmptyOptimalAssignment() {
        assertThat(solveAndVerify(MatrixScores.of(new int[0][0]), new int[0], Priority.MOST_MATCHES_FIRST).matched())
                .isZero();
        Assignment noMentors = solveAndVerify(new MatrixScores(0, new int[][] {{}, {}}), new int[0],
                Priority.SCORE_FIRST);
        assertThat(noMentors.mentorOf()).containsExactly(-1, -1);
        assertThat(solveAndVerify(new MatrixScores(3, new int[0][]), new int[] {1, 2, 0}, Priority.SCORE_FIRST)
                .matched()).isZero();
    }

    @Test
    void whenEveryPairIsForbiddenNobodyIsMatched() {
        Assignment assignment = solveAndVerify(MatrixScores.of(new int[][] {{-1, -1}, {-1, -1}}), new int[] {1, 1},
                Priority.MOST_MATCHES_FIRST);
        assertThat(assignment.mentorOf()).containsExactly(-1, -1);
        assertThat(assignment.totalScore()).isZero();
    }

    @Test
    void aMentorWithoutSeatsTakesNobodyHoweverGoodTheScore() {
        Assignment assignment = solveAndVerify(MatrixScores.of(new int[][] {{1000, 10}, {1000, 20}}),
                new int[] {0, 1}, Priority.SCORE_FIRST);
        assertThat(assignment.mentorOf()).containsExactly(-1, 1);
        assertThat(assignment.totalScore()).isEqualTo(20);
    }

    @Test
    void withMoreMenteesThanSeatsTheBestMenteesGetTheSeats() {
        Assignment assignment = solveAndVerify(MatrixScores.of(new int[][] {{300, 100}, {900, 200}, {500, 800}}),
                new int[] {1, 1}, Priority.MOST_MATCHES_FIRST);
        assertThat(assignment.mentorOf()).containsExactly(-1, 0, 1);
        assertThat(assignment.totalScore()).isEqualTo(1700);
    }

    @Test
    void unmatchedMenteesSayWhetherAnyMentorWasAllowed() {
        int[][] rows = {{-1, 700, -1}, {-1, 600, -1}, {-1, -1, 900}, {500, 500, -1}};
        int[] capacity = {0, 1, 0};
        Assignment assignment = solveAndVerify(MatrixScores.of(rows), capacity, Priority.MOST_MATCHES_FIRST);
        assertThat(assignment.mentorOf()).containsExactly(1, -1, -1, -1);
        assertThat(Unmatched.of(MatrixScores.of(rows), capacity, assignment.mentorOf())).containsExactly(
                new Unmatched(1, Unmatched.Reason.ALLOWED_MENTORS_FULL, 1),
                new Unmatched(2, Unmatched.Reason.NO_ALLOWED_MENTOR, 0),
                new Unmatched(3, Unmatched.Reason.ALLOWED_MENTORS_FULL, 1));
    }

    @Test
    void oneMentorWithFiveSeatsTakesFiveMentees() {
        int[][] rows = new int[7][1];
        for (int i = 0; i < 7; i++) {
            rows[i][0] = 100 * i;
        }
        Assignment assignment = solveAndVerify(MatrixScores.of(rows), new int[] {5}, Priority.SCORE_FIRST);
        assertThat(assignment.mentorOf()).containsExactly(-1, -1, 0, 0, 0, 0, 0);
        assertThat(assignment.totalScore()).isEqualTo(2000);
    }

    @Test
    void thePriorityDecidesBetweenMoreMatchesAndAHigherScore() {
        // either mentee 0 takes the great pair alone, or both are matched with weaker pairs
        int[][] rows = {{1000, 100}, {900, -1}};
        Assignment matchesFirst = solveAndVerify(MatrixScores.of(rows), new int[] {1, 1}, Priority.MOST_MATCHES_FIRST);
        assertThat(matchesFirst.mentorOf()).containsExactly(1, 0);
        int[][] scoreRows = {{1000, 50}, {1000, -1}};
        Assignment scoreFirst = solveAndVerify(MatrixScores.of(scoreRows), new int[] {1, 1}, Priority.SCORE_FIRST);
        assertThat(scoreFirst.totalScore()).isEqualTo(1050);
        int[][] rowsTie = {{1000, 400}, {600, -1}};
        assertThat(solveAndVerify(MatrixScores.of(rowsTie), new int[] {1, 1}, Priority.SCORE_FIRST).matched())
                .isEqualTo(2);
    }

    @Test
    void aStructuredCohortOfThreeHundredIsProvenOptimalAndReportsProgress() {
        StructuredScores scores = new StructuredScores(300, 300, 7, true);
        int[] capacity = new int[300];
        java.util.Arrays.fill(capacity, 1);
        List<String> phases = new ArrayList<>();
        Assignment assignment = new AssignmentSolver(4, 0, 4, java.time.Duration.ofMinutes(1), 2)
                .solve(scores, capacity, Priority.MOST_MATCHES_FIRST, (phase, fraction) -> {
                    assertThat(fraction).isBetween(0.0, 1.0);
                    phases.add(phase);
                });
        CertificateCheck.Verdict verdict =
                CertificateCheck.verify(scores, capacity, Priority.MOST_MATCHES_FIRST, assignment);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.optimal()).isTrue();
        assertThat(assignment.matched()).isEqualTo(300);
        assertThat(assignment.statistics().pricingRounds()).isGreaterThan(1);
        assertThat(phases).contains("shortlisting", "optimising", "checking optimality");
    }

    @Test
    void mentorsWithSeveralSeatsInAStructuredCohortAreProvenOptimalForBothPriorities() {
        StructuredScores scores = new StructuredScores(400, 150, 11, true);
        java.util.Random random = new java.util.Random(3);
        int[] capacity = new int[150];
        for (int j = 0; j < capacity.length; j++) {
            capacity[j] = random.nextInt(5);
        }
        for (Priority priority : Priority.values()) {
            for (double restartShare : new double[] {0.0, 2.0}) {
                Assignment assignment = new AssignmentSolver(3, 2, 3, java.time.Duration.ofMinutes(1), 2, restartShare)
                        .solve(scores, capacity, priority, ProgressListener.NONE);
                CertificateCheck.Verdict verdict = CertificateCheck.verify(scores, capacity, priority, assignment);
                assertThat(verdict.problems()).isEmpty();
                assertThat(verdict.optimal()).isTrue();
                assertThat(assignment.statistics().pricingRounds()).isGreaterThan(1);
            }
        }
    }

    @Test
    void moreMentorsThanOneTileAndMoreMenteesThanOneBlockAreProvenOptimal() {
        // each mentee's running heaps and bounds must survive from one tile of mentors to the next
        int mentors = ParallelRows.TILE + 300;
        StructuredScores scores = new StructuredScores(ParallelRows.BLOCK * 2 + 5, mentors, 5, true);
        java.util.Random random = new java.util.Random(9);
        int[] capacity = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacity[j] = random.nextInt(3);
        }
        for (Priority priority : Priority.values()) {
            Assignment assignment = new AssignmentSolver(1, 0, 1, java.time.Duration.ofMinutes(1), 2)
                    .solve(scores, capacity, priority, ProgressListener.NONE);
            CertificateCheck.Verdict verdict = CertificateCheck.verify(scores, capacity, priority, assignment);
            assertThat(verdict.problems()).isEmpty();
            assertThat(verdict.optimal()).isTrue();
            assertThat(assignment.statistics().pricingRounds()).isGreaterThan(1);
        }
    }

    @Test
    void badInputIsRejectedWithTheField() {
        MatrixScores scores = MatrixScores.of(new int[][] {{1, 2}});
        assertThatThrownBy(() -> solver.solve(scores, new int[] {1}, Priority.SCORE_FIRST, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        assertThatThrownBy(() -> solver.solve(scores, new int[] {1, -1}, Priority.SCORE_FIRST, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity[1]");
        assertThatThrownBy(() -> solver.solve(scores, new int[] {1, 1}, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority");
    }
}
