package org.flipside.training.report;

import org.flipside.program.Side;

/** How many of a side's approved participants passed every module of the side. */
public record SideCompletion(Side side, long participants, long completed) {

    public int percent() {
        return Percent.of(completed, participants);
    }
}
