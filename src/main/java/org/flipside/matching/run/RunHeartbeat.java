package org.flipside.matching.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs live in the memory of the instance that queued them. Each instance regularly marks its own runs as alive;
 * a queued or running run that has not been marked for a while belongs to an instance that stopped, nothing will ever
 * finish it, so it is failed with a reason the manager can read. Several instances may sweep at once: the sweep is one
 * conditional update, and a live instance's runs are never touched.
 */
@Component
class RunHeartbeat {

    static final String FAILURE = "interrupted: the application stopped before the run finished";

    private final RunStore runs;
    private final RunQueue queue;
    private final Clock clock;
    private final Duration silence;

    RunHeartbeat(RunStore runs, RunQueue queue, Clock clock,
                 @Value("${flipside.matching.abandoned-after:2m}") Duration silence) {
        this.runs = runs;
        this.queue = queue;
        this.clock = clock;
        this.silence = silence;
    }

    @Scheduled(fixedDelayString = "${flipside.matching.heartbeat-interval:15s}")
    void beat() {
        Instant now = clock.instant();
        runs.heartbeat(queue.owned(), now);
        runs.failAbandoned(now.minus(silence), FAILURE, now);
    }
}
