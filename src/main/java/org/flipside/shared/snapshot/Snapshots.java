package org.flipside.shared.snapshot;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the caches of figures that many people read and that take many rows to work out (dashboards, reports,
 * survey results): each program's figures are read once per lifetime ({@code flipside.figures.cache-seconds}, one
 * minute unless set) and every page shows when. Time is the application's clock, so tests can move it.
 */
@Component
public class Snapshots {

    /** A reading nobody asked for during this many lifetimes is dropped instead of being refreshed. */
    private static final int KEPT_LIFETIMES = 10;

    private final Clock clock;
    private final Duration lifetime;

    public Snapshots(Clock clock, @Value("${flipside.figures.cache-seconds:60}") long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("flipside.figures.cache-seconds must be 0 or more, not " + seconds);
        }
        this.clock = clock;
        this.lifetime = Duration.ofSeconds(seconds);
    }

    /**
     * A cache of at most {@code size} readings made by {@code reader}, which must not depend on who asks: every
     * caller with the same key gets the same reading.
     */
    public <K, V> SnapshotCache<K, V> cache(int size, Function<K, V> reader) {
        Function<K, Snapshot<V>> direct = key -> new Snapshot<>(reader.apply(key), clock.instant());
        if (lifetime.isZero()) {
            return new SnapshotCache<>(null, direct, clock, lifetime);
        }
        LoadingCache<K, Snapshot<V>> readings = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .refreshAfterWrite(lifetime)
                .expireAfterWrite(lifetime.multipliedBy(KEPT_LIFETIMES))
                .maximumSize(size)
                // the caller that finds a reading too old reads again on its own thread, so no reading runs
                // without someone waiting for it; the others are served the previous reading meanwhile
                .executor(Runnable::run)
                .build(direct::apply);
        return new SnapshotCache<>(readings, direct, clock, lifetime);
    }

    public Duration lifetime() {
        return lifetime;
    }
}
