package org.flipside.matching.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver reports often; the run's row is written only on a new phase or after the interval, never backwards. */
class ThrottledProgressTest {

    final List<String> written = new ArrayList<>();
    final RunStore runs = new RunStore(null) {
        @Override
        public void progress(long id, String phase, int progress) {
            written.add(phase + " " + progress);
        }
    };

    @Test
    void aBurstOfReportsWritesOncePerPhaseAndPhasesFillTheirOwnSlices() {
        ThrottledProgress progress = new ThrottledProgress(runs, 1);
        for (int k = 0; k <= 1000; k++) {
            progress.progress("shortlisting", k / 1000.0);
        }
        progress.progress("optimising", 0.5);
        progress.progress("optimising", 0.9);
        progress.progress("checking optimality", 1);

        assertThat(written).containsExactly("shortlisting 10", "optimising 60", "checking optimality 90");
    }

    @Test
    void aLaterRoundOfAnEarlierPhaseNeverMovesTheBarBack() {
        ThrottledProgress progress = new ThrottledProgress(runs, 1);
        progress.progress("checking optimality", 0.5);
        progress.progress("optimising", 0.1);

        assertThat(written).containsExactly("checking optimality 85", "optimising 85");
    }

    @Test
    void afterTheIntervalTheSamePhaseIsWrittenAgain() throws InterruptedException {
        ThrottledProgress progress = new ThrottledProgress(runs, 1);
        progress.progress("optimising", 0.1);
        Thread.sleep(ThrottledProgress.INTERVAL_MILLIS + 20);
        progress.progress("optimising", 0.6);

        assertThat(written).containsExactly("optimising 44", "optimising 64");
    }
}
