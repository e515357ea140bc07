package org.flipside.training.report;

/** Shares as whole percentages; nothing out of nobody is 0 %, not an error. */
final class Percent {

    private Percent() {
    }

    static int of(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
