package org.flipside.matching.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunQueueTest {

    private final RunQueue queue = new RunQueue(1);

    @AfterEach
    void stop() {
        queue.destroy();
    }

    @Test
    void aRunIsOwnedFromQueuedUntilItEndsAndARefusedOneNever() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        assertThat(queue.submit(1, () -> await(release))).isTrue();
        assertThat(queue.submit(2, finished::countDown)).isTrue();
        assertThat(queue.submit(3, () -> { })).as("the queue holds one waiting run").isFalse();

        assertThat(queue.owned()).containsExactlyInAnyOrder(1L, 2L);

        release.countDown();
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!queue.owned().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(queue.owned()).isEmpty();
    }

    @Test
    void aRunThatThrowsIsNoLongerOwned() throws Exception {
        CountDownLatch after = new CountDownLatch(1);
        queue.submit(7, () -> {
            throw new IllegalStateException("boom");
        });
        queue.submit(8, after::countDown);
        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(queue.owned()).doesNotContain(7L);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
