package org.flipside.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs contenders on real threads of their own, each holding at a barrier until all are ready, so that they reach
 * the contested record at the same instant rather than one after the other. Each contender signs in on its own
 * thread (its first step, before the barrier) and is signed out afterwards.
 */
public final class Race {

    private Race() {
    }

    /** A contender: what it does before the start (signing in) and the contested step. */
    public record Contender<T>(Runnable ready, Callable<T> step) {
    }

    /** The contenders' results, in the order given. */
    @SafeVarargs
    public static <T> List<T> run(Contender<T>... contenders) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(contenders.length);
        try {
            CyclicBarrier start = new CyclicBarrier(contenders.length);
            List<Future<T>> outcomes = new ArrayList<>();
            for (Contender<T> contender : contenders) {
                outcomes.add(threads.submit(() -> {
                    contender.ready().run();
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        return contender.step().call();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
