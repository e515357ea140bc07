package org.flipside.pairing.note;

import java.time.Instant;

/** A note only its author ever reads; {@code version} is what an edit sends back. */
public record PrivateNote(long id, long pairId, String body, Instant createdAt, Instant updatedAt, long version) {
}
