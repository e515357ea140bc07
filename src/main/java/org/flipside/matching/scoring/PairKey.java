package org.flipside.matching.scoring;

/** A mentee and a mentor by employee number, for pairs a rule names (earlier pairings, managers' bans). */
public record PairKey(String menteeNumber, String mentorNumber) {
}
