/**
 * Matching: scores every possible mentor–mentee pair of a program with reasons a person can read, keeps every hard
 * constraint (reporting lines, seniority gap, capacity, do-not-match lists, earlier pairings, managers' locks and
 * bans), computes the provably best assignment of the whole cohort, and runs the review and consent workflow that
 * turns proposals into confirmed matches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.flipside.matching;
