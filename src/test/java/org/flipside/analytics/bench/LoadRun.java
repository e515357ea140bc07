package org.flipside.analytics.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Concurrent clients, each signed in with its own session, requesting every page in turn (each starting at a
 * different page) as fast as answers come, first for the warm-up, then for the measured time; a request sent in the
 * measured time is waited for and counted. Latency is the time from sending a request to having read the whole
 * answer.
 */
final class LoadRun {

    /** A page of the benchmark: a name for the table, the path, what the client accepts, who asks for it. */
    record Page(String name, String path, String accept, boolean overseer) {
    }

    /** One page's measured requests. */
    record Result(Page page, int requests, int failures, double p50, double p95, double p99, double max) {

        String row() {
            return String.format("%-26s | %8d | %8d | %7.1f | %7.1f | %7.1f | %7.1f", page.name(), requests, failures,
                    p50, p95, p99, max);
        }

        static String header() {
            return String.format("%-26s | %8s | %8s | %7s | %7s | %7s | %7s", "page", "requests", "failures",
                    "p50 ms", "p95 ms", "p99 ms", "max ms");
        }
    }

    interface Client {
        int get(Page page) throws Exception;
    }

    private LoadRun() {
    }

    static List<Result> run(List<Page> pages, List<Client> clients, long warmupMillis, long measureMillis)
            throws Exception {
        Map<Page, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
        Map<Page, ConcurrentLinkedQueue<Integer>> failures = new ConcurrentHashMap<>();
        pages.forEach(p -> {
            timings.put(p, new ConcurrentLinkedQueue<>());
            failures.put(p, new ConcurrentLinkedQueue<>());
        });
        long start = System.nanoTime();
        long measureFrom = start + warmupMillis * 1_000_000;
        long end = measureFrom + measureMillis * 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                Client client = clients.get(c);
                int offset = c;
                running.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        Page page = pages.get(i % pages.size());
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = client.get(page);
                        } catch (java.io.IOException e) {
                            // a timed-out or broken request is a failure that took as long as it did, not the end
                            status = -1;
                        }
                        long done = System.nanoTime();
                        // every request sent in the measured time counts, however long it takes to answer
                        if (sent >= measureFrom) {
                            timings.get(page).add(done - sent);
                            if (status != 200) {
                                failures.get(page).add(status);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Result> results = new ArrayList<>();
        for (Page page : pages) {
            long[] nanos = timings.get(page).stream().mapToLong(Long::longValue).sorted().toArray();
            results.add(new Result(page, nanos.length, failures.get(page).size(), percentile(nanos, 50),
                    percentile(nanos, 95), percentile(nanos, 99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6));
        }
        return results;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
