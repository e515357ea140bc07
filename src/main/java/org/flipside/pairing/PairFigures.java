package org.flipside.pairing;

/**
 * A program's pairs in figures, for dashboards: sessions held per week, goal progress per side, how many people are
 * in active pairs, how the active pairs keep to the cadence and which of them are at risk and why. Each answer takes
 * a fixed number of aggregate queries whatever the program's size. No per-record rule applies: the caller decides
 * who may see a program's figures (its managers, administrators, sponsors); the at-risk list names the pair's two
 * people and must only be shown to such readers.
 */
public interface PairFigures {

    ProgramPairFigures of(long programId);
}
