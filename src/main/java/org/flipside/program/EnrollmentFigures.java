package org.flipside.program;

/**
 * How many people got how far through a program's enrolment, for dashboards: one aggregate query. No per-record rule
 * applies: the caller decides who may see a program's figures.
 */
public interface EnrollmentFigures {

    EnrollmentCounts of(long programId);

    /**
     * People of a program by how far they got.
     *
     * @param invited  everyone who took part in the enrolment, whatever became of it
     * @param applied  of those, the ones who applied or were approved
     * @param approved the ones approved and still taking part
     */
    record EnrollmentCounts(long invited, long applied, long approved) {
    }
}
