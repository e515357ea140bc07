package org.flipside.matching.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs a task over every mentee row on a few threads, each with its own scratch space, reporting progress. */
final class ParallelRows {

    private static final int CHUNK = 16;

    interface RowTask {
        void row(int mentee);
    }

    private ParallelRows() {
    }

    static void run(int rows, int threads, Supplier<RowTask> perThread, Pacer pacer, String phase) {
        AtomicInteger cursor = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                RowTask task = perThread.get();
                for (int from = cursor.getAndAdd(CHUNK); from < rows && failure.get() == null;
                     from = cursor.getAndAdd(CHUNK)) {
                    int to = Math.min(rows, from + CHUNK);
                    for (int i = from; i < to; i++) {
                        task.row(i);
                    }
                    pacer.tick(phase, done.addAndGet(to - from), rows);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        pacer.report(phase, 0);
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, Math.max(1, rows / CHUNK)); t++) {
            Thread helper = new Thread(worker, "matching-" + phase + "-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + phase, e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        pacer.report(phase, 1);
    }
}
