package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.matching.scoring.CohortScoringTest.QUESTIONS;
import static org.flipside.matching.scoring.CohortScoringTest.dana;
import static org.flipside.matching.scoring.CohortScoringTest.sam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.people.ReportingLines;
import org.flipside.people.reporting.ReportingForest;
import org.junit.jupiter.api.Test;

/** Each hard constraint on its own, on the hand-built pair that is otherwise allowed (score 799). */
class HardConstraintTest {

    @Test
    void theMenteeManagingTheMentorAtAnyDepthBlocks() {
        ReportingLines lines = forest("E1", null, "X", "E1", "E2", "X"); // Dana → X → Sam

        Cohort cohort = cohort(dana(), sam(), settings(0, 2, true), rules(lines, Set.of(), Set.of()));

        assertBlocked(cohort, Constraint.MANAGEMENT_CHAIN, "Dana Reyes manages Sam Lee through 2 levels");
    }

    @Test
    void theMentorManagingTheMenteeBlocksToo() {
        ReportingLines lines = forest("E2", null, "E1", "E2");

        Cohort cohort = cohort(dana(), sam(), settings(0, 0, true), rules(lines, Set.of(), Set.of()));

        assertBlocked(cohort, Constraint.MANAGEMENT_CHAIN, "Sam Lee manages Dana Reyes directly");
    }

    @Test
    void aChainLimitOnlyBlocksWithinThatManyLevels() {
        ReportingLines lines = forest("E1", null, "X", "E1", "E2", "X");

        assertThat(cohort(dana(), sam(), settings(1, 2, true), rules(lines, Set.of(), Set.of())).score(0, 0))
                .isEqualTo(799);
        assertThat(cohort(dana(), sam(), settings(2, 2, true), rules(lines, Set.of(), Set.of())).block(0, 0)
                .constraint()).isEqualTo(Constraint.MANAGEMENT_CHAIN);
    }

    @Test
    void peopleOnAReportingCycleAreInEachOthersChain() {
        ReportingLines lines = forest("E1", "E2", "E2", "E1");

        Cohort cohort = cohort(dana(), sam(), settings(1, 2, true), rules(lines, Set.of(), Set.of()));

        assertBlocked(cohort, Constraint.MANAGEMENT_CHAIN, "Dana Reyes and Sam Lee are on one reporting cycle in the "
                + "directory, so each counts as the other's manager");
    }

    @Test
    void separateBranchesAndPeopleOutsideTheDirectoryAreNotInAChain() {
        ReportingLines lines = forest("B", null, "E1", "B", "E2", "B"); // colleagues under one boss

        assertThat(cohort(dana(), sam(), settings(0, 2, true), rules(lines, Set.of(), Set.of())).score(0, 0))
                .isEqualTo(799);
        assertThat(cohort(dana(), sam(), settings(0, 2, true), rules(ReportingForest.empty(), Set.of(), Set.of()))
                .score(0, 0)).isEqualTo(799);
    }

    @Test
    void theMenteeMustBeEnoughGradesAboveTheMentor() {
        Cohort tooClose = cohort(dana(), sam(), settings(0, 6, true), none()); // 8 < 3 + 6

        assertBlocked(tooClose, Constraint.GRADE_GAP, "Dana Reyes (grade 8) is not at least 6 grades above Sam Lee (grade 3)");
        assertThat(cohort(dana(), sam(), settings(0, 5, true), none()).score(0, 0)).isEqualTo(799);
    }

    @Test
    void anUnknownGradeBlocksOnlyWhenTheProgramAsksForAGap() {
        Someone sam = sam();
        sam.grade = null;

        assertBlocked(cohort(dana(), sam, settings(0, 1, true), none()), Constraint.GRADE_GAP,
                "Sam Lee's grade is unknown, and the program asks for the mentee to be at least 1 grades above the mentor");
        assertThat(cohort(dana(), sam, settings(0, 0, true), none()).score(0, 0)).isEqualTo(799);
    }

    @Test
    void eitherDoNotMatchListBlocksWithoutSayingWhose() {
        Someone dana = dana();
        dana.doNotMatch.add("E2");
        Someone sam = sam();
        sam.doNotMatch.add("E1");

        assertBlocked(cohort(dana, sam(), settings(0, 2, true), none()), Constraint.DO_NOT_MATCH,
                "One of the two asked not to be matched with the other");
        assertBlocked(cohort(dana(), sam, settings(0, 2, true), none()), Constraint.DO_NOT_MATCH,
                "One of the two asked not to be matched with the other");
        Explanation explained = cohort(dana(), sam, settings(0, 2, true), none()).explain(0, 0);
        assertThat(ExplanationCodec.write(explained)).doesNotContain("Sam Lee\",\"E1").doesNotContain("doNotMatch");
    }

    @Test
    void earlierPairsAreAvoidedOnlyWhenTheProgramSaysSo() {
        HardRules rules = rules(ReportingForest.empty(), Set.of(new PairKey("E1", "E2")), Set.of());

        assertBlocked(cohort(dana(), sam(), settings(0, 2, true), rules), Constraint.EARLIER_PAIR,
                "Dana Reyes and Sam Lee were matched in an earlier program");
        assertThat(cohort(dana(), sam(), settings(0, 2, false), rules).score(0, 0)).isEqualTo(799);
    }

    @Test
    void pairsAManagerForbadeAreNeverAllowed() {
        HardRules rules = rules(ReportingForest.empty(), Set.of(), Set.of(new PairKey("E1", "E2")));

        assertBlocked(cohort(dana(), sam(), settings(0, 2, false), rules), Constraint.FORBIDDEN_BY_MANAGER,
                "A manager of the program ruled this pair out");
        HardRules otherWay = rules(ReportingForest.empty(), Set.of(), Set.of(new PairKey("E2", "E1")));
        assertThat(cohort(dana(), sam(), settings(0, 2, false), otherWay).score(0, 0)).isEqualTo(799);
    }

    @Test
    void blockersCountEveryConstraintThatRulesAPartnerOut() {
        Someone dana = dana();
        dana.doNotMatch.add("E2");
        Someone other = Someone.mentor("E3", "Kim Park").works("Sales", "Paris", 7, 1990);
        List<Candidate> mentors = List.of(sam().candidate(), other.candidate());
        HardRules rules = rules(ReportingForest.empty(), Set.of(), Set.of(new PairKey("E1", "E2")));

        Cohort cohort = Cohort.of(List.of(dana.candidate()), mentors, settings(0, 2, true), QUESTIONS, rules);

        Map<Constraint, Integer> blockers = cohort.blockersOfMentee(0);
        assertThat(blockers).containsEntry(Constraint.DO_NOT_MATCH, 1).containsEntry(Constraint.FORBIDDEN_BY_MANAGER, 1)
                .containsEntry(Constraint.GRADE_GAP, 1).containsEntry(Constraint.MUST_HAVE, 1)
                .containsEntry(Constraint.MANAGEMENT_CHAIN, 0);
        assertThat(cohort.blockersOfMentor(1)).containsEntry(Constraint.GRADE_GAP, 1)
                .containsEntry(Constraint.DO_NOT_MATCH, 0);
        assertThat(cohort.score(0, 1)).isEqualTo(PairScores.FORBIDDEN);
    }

    static void assertBlocked(Cohort cohort, Constraint constraint, String text) {
        assertThat(cohort.score(0, 0)).isEqualTo(PairScores.FORBIDDEN);
        Block block = cohort.block(0, 0);
        assertThat(block.constraint()).isEqualTo(constraint);
        assertThat(block.criterion()).isNull();
        assertThat(Texts.of(block.reason())).isEqualTo(text);
        assertThat(cohort.explain(0, 0).block()).isEqualTo(block);
        assertThat(cohort.explain(0, 0).score()).isEqualTo(PairScores.FORBIDDEN);
    }

    static Cohort cohort(Someone mentee, Someone mentor, MatchingSettings settings, HardRules rules) {
        return Cohort.of(List.of(mentee.candidate()), List.of(mentor.candidate()), settings, QUESTIONS, rules);
    }

    static MatchingSettings settings(int chainLevels, int gradeGap, boolean avoidEarlierPairs) {
        MatchingSettings base = CohortScoringTest.settings();
        return new MatchingSettings(base.criteria(), base.workStyle(), chainLevels, gradeGap, avoidEarlierPairs,
                base.priority(), false, 14, base.questionLinks(), 0);
    }

    static HardRules none() {
        return rules(ReportingForest.empty(), Set.of(), Set.of());
    }

    static HardRules rules(ReportingLines lines, Set<PairKey> earlier, Set<PairKey> forbidden) {
        return new HardRules(lines, earlier, forbidden);
    }

    /** Pairs of employee number and manager number. */
    static ReportingLines forest(String... numberAndManager) {
        Map<String, String> managerOf = new HashMap<>();
        for (int k = 0; k < numberAndManager.length; k += 2) {
            managerOf.put(numberAndManager[k], numberAndManager[k + 1]);
        }
        return ReportingForest.of(managerOf);
    }
}
