package org.flipside.matching.run;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs live in one instance's memory. When the application starts, a run still marked queued or running was left by
 * an instance that stopped; nothing will ever finish it, so it is marked failed and says why.
 */
@Component
class InterruptedRuns implements ApplicationRunner {

    static final String FAILURE = "interrupted: the application stopped before the run finished";

    private final RunStore runs;
    private final Clock clock;

    InterruptedRuns(RunStore runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        runs.failUnfinished(FAILURE, clock.instant());
    }
}
