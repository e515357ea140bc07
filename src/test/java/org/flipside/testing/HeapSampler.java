package org.flipside.testing;

import java.lang.management.ManagementFactory;

/** The largest heap in use since the last reset, sampled every 5 ms over the whole JVM (garbage included). */
public final class HeapSampler {

    private static volatile long peak;
    private static volatile boolean started;

    private HeapSampler() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread sampler = new Thread(() -> {
            while (true) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage first, so the peak that follows belongs to what runs next. */
    public static void reset() {
        System.gc();
        peak = 0;
        try {
            // a sample taken before the collection may land after the first reset
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak = 0;
    }

    public static long peakMegabytes() {
        return peak / 1_048_576;
    }
}
