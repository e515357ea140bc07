package org.flipside.pairing.agreement;

import java.time.Instant;
import org.flipside.program.Side;

/** One person's signature: who signed, as which side, which version, and when. */
public record Signature(int version, Side side, long participantId, String fullName, Instant signedAt) {
}
