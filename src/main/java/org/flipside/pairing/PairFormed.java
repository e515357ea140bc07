package org.flipside.pairing;

import java.time.Instant;

/**
 * A pair exists: from a confirmed match or created by a program manager. {@code active} is false while the program
 * requires role training that one of the two has not finished.
 */
public record PairFormed(long pairId, long programId, String programName, PairMember mentee, PairMember mentor,
                         boolean active, Instant at) {
}
