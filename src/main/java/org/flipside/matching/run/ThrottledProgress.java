package org.flipside.matching.run;

import java.util.Map;
import org.flipside.matching.optimiser.ProgressListener;

/**
 * Writes the solver's progress to the run's row, at most every 250 ms (and whenever the phase changes), so polling
 * pages see it move without the solver waiting on the database. Each solver phase fills its own slice of the bar,
 * and the bar never goes back.
 */
final class ThrottledProgress implements ProgressListener {

    static final long INTERVAL_MILLIS = 250;
    /** Where each known phase starts and ends on the 0–100 bar; loading is before, storing after. */
    private static final Map<String, int[]> SLICES = Map.of(
            "shortlisting", new int[] {10, 40},
            "optimising", new int[] {40, 80},
            "checking optimality", new int[] {80, 90});

    private final RunStore runs;
    private final long runId;
    private String lastPhase;
    private long lastWrite;
    private int shown;

    ThrottledProgress(RunStore runs, long runId) {
        this.runs = runs;
        this.runId = runId;
    }

    @Override
    public void progress(String phase, double fraction) {
        int[] slice = SLICES.getOrDefault(phase, new int[] {shown, Math.max(shown, 90)});
        double bounded = Math.max(0, Math.min(1, fraction));
        int percent = Math.max(shown, (int) Math.round(slice[0] + (slice[1] - slice[0]) * bounded));
        long now = System.nanoTime() / 1_000_000;
        if (phase.equals(lastPhase) && now - lastWrite < INTERVAL_MILLIS) {
            return;
        }
        at(phase, percent);
        lastWrite = now;
    }

    /** Writes this phase and percentage now. */
    void at(String phase, int percent) {
        shown = Math.max(shown, percent);
        lastPhase = phase;
        runs.progress(runId, phase, shown);
    }
}
