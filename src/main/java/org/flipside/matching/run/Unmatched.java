package org.flipside.matching.run;

import org.flipside.program.Side;

/**
 * A participant a run left without a partner.
 *
 * @param reason a code: {@code NO_ALLOWED_PARTNER} (every pair is ruled out) or {@code OUTSCORED} (allowed partners
 *               are taken by better-scoring pairs)
 * @param detail a sentence a manager reads, naming what ruled the pairs out
 */
public record Unmatched(long runId, long participantId, Side side, String reason, String detail) {
}
