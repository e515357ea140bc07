package org.flipside.matching.optimiser;

/** Passes progress on to the listener at most every 100 ms (and always at a phase's start and end), one call at a time. */
final class Pacer {

    private static final long INTERVAL_NANOS = 100_000_000L;

    private final ProgressListener listener;
    private volatile long last = Long.MIN_VALUE;

    Pacer(ProgressListener listener) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    synchronized void report(String phase, double fraction) {
        long now = System.nanoTime();
        boolean edge = fraction <= 0 || fraction >= 1;
        if (edge || last == Long.MIN_VALUE || now - last >= INTERVAL_NANOS) {
            last = now;
            listener.progress(phase, Math.max(0, Math.min(1, fraction)));
        }
    }

    /** Reports only when the interval has passed; cheap enough to call for every row. */
    void tick(String phase, long done, long total) {
        if (System.nanoTime() - last >= INTERVAL_NANOS) {
            report(phase, total == 0 ? 1 : (double) done / total);
        }
    }
}
