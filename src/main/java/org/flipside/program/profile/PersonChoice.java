package org.flipside.program.profile;

/** A colleague found by name for the do-not-match list: only what it takes to pick the right person. */
public record PersonChoice(String employeeNumber, String fullName, String department) {
}
