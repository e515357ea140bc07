package org.flipside.training.report;

import java.time.Instant;
import org.flipside.program.Side;

/** An approved participant who has not yet passed every module of their side. */
public record NotDone(long participantId, String fullName, Side side, int passedModules, int modules,
                      Instant approvedAt) {
}
