package org.flipside.matching.run;

import org.flipside.matching.optimiser.PairScores;

/** The cohort without the mentees whose pairs are locked: the optimiser only places the others. */
final class SolvedView implements PairScores {

    private final PairScores cohort;
    private final int[] mentees;

    /** @param mentees the cohort's mentee indexes the optimiser sees, in order */
    SolvedView(PairScores cohort, int[] mentees) {
        this.cohort = cohort;
        this.mentees = mentees.clone();
    }

    int cohortMentee(int mentee) {
        return mentees[mentee];
    }

    @Override
    public int mentees() {
        return mentees.length;
    }

    @Override
    public int mentors() {
        return cohort.mentors();
    }

    @Override
    public int score(int mentee, int mentor) {
        return cohort.score(mentees[mentee], mentor);
    }
}
