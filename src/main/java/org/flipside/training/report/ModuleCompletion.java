package org.flipside.training.report;

import org.flipside.program.Side;

/** How many approved participants of the module's side passed it. */
public record ModuleCompletion(String code, String title, Side side, long participants, long passed) {

    public int percent() {
        return Percent.of(passed, participants);
    }
}
