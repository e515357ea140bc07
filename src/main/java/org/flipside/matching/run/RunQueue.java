package org.flipside.matching.run;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs execute one at a time on their own thread: the optimiser uses the cores, and a small queue keeps a burst of
 * starts from piling up work (beyond it a start is refused). Deliberately not an {@code Executor} bean, so that the
 * application's own asynchronous work never ends up queued behind an optimisation. The queue knows which runs it
 * holds, so that {@link RunHeartbeat} can tell the database they are still being looked after.
 */
@Component
class RunQueue implements DisposableBean {

    private final ThreadPoolExecutor executor;
    private final Set<Long> owned = ConcurrentHashMap.newKeySet();

    RunQueue(@Value("${flipside.matching.run-queue:20}") int capacity) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                task -> {
                    Thread thread = new Thread(task, "matching-run-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** @return whether the run was queued; false when the queue is full */
    boolean submit(long runId, Runnable run) {
        owned.add(runId);
        try {
            executor.execute(() -> {
                try {
                    run.run();
                } finally {
                    owned.remove(runId);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            owned.remove(runId);
            return false;
        }
    }

    /** The runs this instance has queued or is executing. */
    Set<Long> owned() {
        return Set.copyOf(owned);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
