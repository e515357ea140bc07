package org.flipside.shared.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flipside.testing.StoppedClock;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    final StoppedClock clock = new StoppedClock(Instant.parse("2026-05-04T10:00:00Z"));
    final AtomicInteger readings = new AtomicInteger();

    @Test
    void aReadingServesEveryoneForItsLifetimeThenTheNextCallerReadsAgain() {
        SnapshotCache<Long, Integer> cache = new Snapshots(clock, 60).cache(10, key -> readings.incrementAndGet());
        Instant first = clock.instant();

        assertThat(cache.get(7L)).isEqualTo(new Snapshot<>(1, first));
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get(7L)).isEqualTo(new Snapshot<>(1, first));
        assertThat(readings).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get(7L)).isEqualTo(new Snapshot<>(2, first.plusSeconds(61)));
        assertThat(cache.get(7L)).isEqualTo(new Snapshot<>(2, first.plusSeconds(61)));
        assertThat(readings).hasValue(2);
    }

    @Test
    void keysAreReadApartAndClearingForgetsEveryReading() {
        SnapshotCache<Long, Long> cache = new Snapshots(clock, 60).cache(10, key -> {
            readings.incrementAndGet();
            return key * 10;
        });

        assertThat(cache.get(1L).value()).isEqualTo(10L);
        assertThat(cache.get(2L).value()).isEqualTo(20L);
        assertThat(cache.get(1L).value()).isEqualTo(10L);
        assertThat(readings).hasValue(2);

        cache.clear();
        cache.get(1L);
        assertThat(readings).hasValue(3);
    }

    @Test
    void manyCallersAskingAtOnceForAKeyNobodyHoldsCauseOneReading() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SnapshotCache<Long, Integer> cache = new Snapshots(clock, 60).cache(10, key -> {
            reading.countDown();
            await(release);
            return readings.incrementAndGet();
        });
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Snapshot<Integer>>> answers = new ArrayList<>();
            answers.add(callers.submit(() -> cache.get(3L)));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i < 8; i++) {
                answers.add(callers.submit(() -> cache.get(3L)));
            }
            release.countDown();
            for (Future<Snapshot<Integer>> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).value()).isEqualTo(1);
            }
            assertThat(readings).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void whileOneCallerReadsAgainTheOthersGetThePreviousReadingAtOnce() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SnapshotCache<Long, Integer> cache = new Snapshots(clock, 60).cache(10, key -> {
            if (readings.get() == 1) {
                reading.countDown();
                await(release);
            }
            return readings.incrementAndGet();
        });
        Instant first = clock.instant();
        cache.get(5L);
        clock.advance(Duration.ofMinutes(2));
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<Snapshot<Integer>> refreshing = callers.submit(() -> cache.get(5L));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(callers.submit(() -> cache.get(5L)).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new Snapshot<>(1, first));
            release.countDown();
            assertThat(refreshing.get(10, TimeUnit.SECONDS)).isEqualTo(new Snapshot<>(2, first.plusSeconds(120)));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aLifetimeOfZeroReadsEveryTimeAndANegativeOneIsRefused() {
        SnapshotCache<Long, Integer> cache = new Snapshots(clock, 0).cache(10, key -> readings.incrementAndGet());

        cache.get(1L);
        cache.get(1L);
        assertThat(readings).hasValue(2);
        assertThatThrownBy(() -> new Snapshots(clock, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flipside.figures.cache-seconds");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
