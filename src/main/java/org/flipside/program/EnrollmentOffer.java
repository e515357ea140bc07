package org.flipside.program;

/** A program that is enrolling and takes applications from anyone. */
public record EnrollmentOffer(long programId, String programName, String purpose) {
}
