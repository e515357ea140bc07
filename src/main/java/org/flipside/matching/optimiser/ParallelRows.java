package org.flipside.matching.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a task over every mentee row and every mentor column on a few threads, each with its own scratch space,
 * reporting progress. Each thread takes a block of mentees and walks the mentors in tiles, visiting every mentee of the
 * block against one tile before the next: reading a real profile costs more than scoring it, and a tile of mentors
 * stays in the processor's cache while the block's mentees pass over it. A mentee's running state (its heap, its best
 * so far) stays in the task's slot for the mentee across the tiles.
 */
final class ParallelRows {

    /** Mentees per block: one slot each in a task's scratch space. */
    static final int BLOCK = 64;
    /** Mentors per tile: a couple of thousand compiled profiles fit the processor's cache. */
    static final int TILE = 2_048;

    /** One thread's work on the mentees of a block, slot by slot. */
    interface BlockTask {
        /** Starts the mentee's row in {@code slot}; false when the mentee needs no visit at all. */
        boolean begin(int slot, int mentee);

        /** Visits the mentors {@code from} (inclusive) to {@code to} (exclusive) for the mentee in {@code slot}. */
        void visit(int slot, int mentee, int from, int to);

        /** Finishes the mentee's row: every mentor has been visited. */
        void end(int slot, int mentee);
    }

    private ParallelRows() {
    }

    static void run(int rows, int columns, int threads, Supplier<BlockTask> perThread, Pacer pacer, String phase) {
        AtomicInteger cursor = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                BlockTask task = perThread.get();
                int[] active = new int[BLOCK];
                for (int from = cursor.getAndAdd(BLOCK); from < rows && failure.get() == null;
                     from = cursor.getAndAdd(BLOCK)) {
                    int to = Math.min(rows, from + BLOCK);
                    block(task, from, to, columns, active);
                    pacer.tick(phase, done.addAndGet(to - from), rows);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        pacer.report(phase, 0);
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, Math.max(1, (rows + BLOCK - 1) / BLOCK)); t++) {
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

    private static void block(BlockTask task, int from, int to, int columns, int[] active) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (task.begin(i - from, i)) {
                active[count++] = i;
            }
        }
        for (int tileStart = 0; tileStart < columns; tileStart += TILE) {
            int tileEnd = Math.min(columns, tileStart + TILE);
            for (int k = 0; k < count; k++) {
                task.visit(active[k] - from, active[k], tileStart, tileEnd);
            }
        }
        for (int k = 0; k < count; k++) {
            task.end(active[k] - from, active[k]);
        }
    }
}
