package org.flipside.matching.scoring;

/**
 * One candidate compiled into primitive fields once per cohort, so that scoring a pair reads arrays and never looks
 * anything up by text. Fields for the other side's role stay empty (a mentee's {@code offerLevel}, a mentor's wishes).
 * The optimiser scores one mentee against every mentor in turn, so each mentor's data is streamed from memory for
 * every mentee: it is kept small (packed work style, word bits inline, shared empty arrays) because in a cohort of
 * tens of thousands the bytes read per pair, not the arithmetic, decide the speed.
 */
final class Person {

    static final int[] NO_INTS = new int[0];
    static final long[] NO_LONGS = new long[0];
    private static final int STYLE_UNKNOWN = 0xFF;

    static final int UNKNOWN = Integer.MIN_VALUE;
    static final int IN_PERSON = 0;
    static final int VIDEO = 1;
    static final int EITHER = 2;

    final Candidate candidate;

    /** Mentees: cohort skill indexes they want, with the level they want each at; the sum of those levels. */
    int[] wantSkill = new int[0];
    int[] wantLevel = new int[0];
    int wantTotal;
    /** {@code percent(covered, wantTotal)} by covered level sum, so that scoring needs no division. */
    int[] skillPercent = new int[1];
    /** Mentors: the level they offer, by cohort skill index, 0 for a skill they do not offer. */
    byte[] offerLevel = new byte[0];

    /** The interest words as a {@link WordSet}: the 128 most used as bits, rarer ones as sorted ids. */
    long interestLow;
    long interestHigh;
    int interestSize;
    int[] interestRare = NO_INTS;

    /** Work-style scores 0–100, one byte per dimension, 0xFF for a dimension left unanswered. */
    long style = -1L;

    /**
     * Weekly availability in UTC quarter hours: {@link WeeklySlots#WORDS} longs from {@code weekAt} of an array
     * shared by everyone on the person's side, so that scoring one mentee against every mentor streams through
     * memory; {@code weekAt} is -1 when the time zone is unknown.
     */
    long[] week = NO_LONGS;
    int weekAt = -1;
    int slotCount;
    /** Offset from UTC in minutes in the reference week, or {@link #UNKNOWN}. */
    int offset = UNKNOWN;

    /** Languages by cohort id: ids below 64 as bits (nearly always all of them), the rest in further words. */
    long languageMask;
    long[] moreLanguages = NO_LONGS;
    int mode = UNKNOWN;

    int department = UNKNOWN;
    int location = UNKNOWN;
    int birthYear = UNKNOWN;
    int grade = UNKNOWN;

    /** Position in the management forest; {@code enter} is {@link #UNKNOWN} for someone not in the directory. */
    int enter = UNKNOWN;
    int exit;
    int depth;

    /** Indexes, on the other side, of people one of whose confidential lists names the other. */
    int[] doNotMatch = NO_INTS;

    /**
     * Per linked question, three longs: the {@link WordSet} bits (low, high) of the chosen values or meaningful words,
     * and the number of values (low half; -1 when not answered) with how many of them are rare (high half).
     */
    long[] answerWords = NO_LONGS;
    /** Per linked question, the rare ids; read only when both people have some. */
    int[][] answerRare = new int[0][];
    /** Per linked question compared on a scale: the answer 1–5, or {@link #UNKNOWN}. */
    int[] answerScale = new int[0];

    Person(Candidate candidate) {
        this.candidate = candidate;
    }

    /** The score on the dimension (by ordinal), or {@link #UNKNOWN}. */
    int style(int dimension) {
        int score = (int) (style >>> (8 * dimension)) & 0xFF;
        return score == STYLE_UNKNOWN ? UNKNOWN : score;
    }

    void style(int dimension, int score) {
        long cleared = style & ~(0xFFL << (8 * dimension));
        style = cleared | ((long) (score & 0xFF) << (8 * dimension));
    }
}
