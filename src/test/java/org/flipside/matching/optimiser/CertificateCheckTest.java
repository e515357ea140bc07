package org.flipside.matching.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificateCheckTest {

    private static final int[][] ROWS = {{900, 400, -1}, {800, 700, 100}, {-1, 600, 500}};
    private static final MatrixScores SCORES = MatrixScores.of(ROWS);
    private static final int[] CAPACITY = {1, 1, 1};
    private static final Priority PRIORITY = Priority.SCORE_FIRST;

    private final Assignment solved = new AssignmentSolver().solve(SCORES, CAPACITY, PRIORITY, ProgressListener.NONE);

    private static CertificateCheck.Verdict verify(Assignment assignment) {
        return CertificateCheck.verify(SCORES, CAPACITY, PRIORITY, assignment);
    }

    private Assignment withMentors(int... mentorOf) {
        return new Assignment(mentorOf, solved.matched(), solved.totalScore(), solved.certificate(), solved.statistics());
    }

    @Test
    void theSolversOwnResultPasses() {
        assertThat(solved.mentorOf()).containsExactly(0, 1, 2);
        CertificateCheck.Verdict verdict = verify(solved);
        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.optimal()).isTrue();
        assertThat(verdict.gap()).isZero();
    }

    @Test
    void aMentorOverCapacityIsCaught() {
        assertThat(verify(withMentors(0, 0, 2)).problems()).anyMatch(p -> p.contains("mentor 0: 2 mentees for 1 seats"));
    }

    @Test
    void anUnknownMentorIsCaught() {
        assertThat(verify(withMentors(0, 3, 2)).problems())
                .anyMatch(p -> p.contains("mentee 1: assigned to mentor 3, which does not exist"));
    }

    @Test
    void aForbiddenPairIsCaught() {
        assertThat(verify(withMentors(2, 1, 0)).problems()).anyMatch(p -> p.contains("forbidden pair"));
    }

    @Test
    void aWorseAssignmentIsNotOptimalWithTheSolversPrices() {
        // feasible and honestly described, but 400 tenths worse: the prices prove it is not the best
        int[] worse = {1, 0, 2};
        long score = 400 + 800 + 500;
        long weight = score * 4 + 3;
        Certificate certificate = new Certificate(solved.certificate().menteePrice(),
                solved.certificate().mentorPrice(), weight, solved.certificate().dualBound(),
                solved.certificate().objective());
        CertificateCheck.Verdict verdict = verify(new Assignment(worse, 3, score, certificate, solved.statistics()));
        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.optimal()).isFalse();
        assertThat(verdict.gap()).isEqualTo(1600);
        assertThat(certificate.scoreGapTenths()).isEqualTo(400);
        // claiming the optimum's figures for it is caught as well
        assertThat(verify(withMentors(worse)).problems()).anyMatch(p -> p.startsWith("figures"));
    }

    @Test
    void pricesBelowAPairsWeightAreCaught() {
        long[] lowered = solved.certificate().menteePrice().clone();
        lowered[1] -= 1;
        long bound = solved.certificate().dualBound() - 1;
        Certificate tampered = new Certificate(lowered, solved.certificate().mentorPrice(), solved.certificate().primal(),
                bound, solved.certificate().objective());
        CertificateCheck.Verdict verdict = verify(new Assignment(solved.mentorOf(), solved.matched(),
                solved.totalScore(), tampered, solved.statistics()));
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.problems()).anyMatch(p -> p.startsWith("pair (1, "));
    }

    @Test
    void aNegativePriceAndAMisstatedBoundAreCaught() {
        long[] negative = solved.certificate().mentorPrice().clone();
        negative[0] = -5;
        Certificate tampered = new Certificate(solved.certificate().menteePrice(), negative,
                solved.certificate().primal(), solved.certificate().dualBound(), solved.certificate().objective());
        assertThat(verify(new Assignment(solved.mentorOf(), solved.matched(), solved.totalScore(), tampered,
                solved.statistics())).problems())
                .anyMatch(p -> p.equals("mentor 0: negative price -5"))
                .anyMatch(p -> p.startsWith("bound: the prices add up to"));
    }
}
