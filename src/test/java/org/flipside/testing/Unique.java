package org.flipside.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Names no other test in the same JVM uses, because tests share their database within a Spring context. */
public final class Unique {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 100_000);

    private Unique() {
    }

    /** A valid, lower-case username starting with {@code prefix}. */
    public static String username(String prefix) {
        return prefix.toLowerCase() + "." + COUNTER.incrementAndGet();
    }

    /** A made-up IPv4 address, distinct per call, for requests that simulate different clients. */
    public static String address() {
        long n = COUNTER.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }
}
