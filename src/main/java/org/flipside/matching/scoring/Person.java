package org.flipside.matching.scoring;

/**
 * One candidate compiled into primitive fields once per cohort, so that scoring a pair reads arrays and never looks
 * anything up by text. Fields for the other side's role stay empty (a mentee's {@code offerLevel}, a mentor's wishes).
 */
final class Person {

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

    /** The interest words: the cohort's 128 most used words as bits, the rarer ones as sorted ids. */
    final WordSet interests = new WordSet();

    /** Work-style score per dimension, {@link #UNKNOWN} when that dimension is unanswered. */
    final int[] style = new int[5];

    /** Weekly availability in UTC quarter hours; null when the time zone is unknown. */
    long[] slots;
    int slotCount;
    /** Offset from UTC in minutes in the reference week, or {@link #UNKNOWN}. */
    int offset = UNKNOWN;

    /** Languages by cohort id: ids below 64 as bits (nearly always all of them), the rest in further words. */
    long languageMask;
    long[] moreLanguages = new long[0];
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
    int[] doNotMatch = new int[0];

    /** Per linked question: the chosen values or meaningful words, null when not answered. */
    WordSet[] answers = new WordSet[0];
    /** Per linked question compared on a scale: the answer 1–5, or {@link #UNKNOWN}. */
    int[] answerScale = new int[0];

    Person(Candidate candidate) {
        this.candidate = candidate;
    }
}
