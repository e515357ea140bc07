package org.flipside.shared.snapshot;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Keeps the latest reading per key for a lifetime, then reads again. Reading a key nobody holds happens once however
 * many ask for it at the same moment; once a reading is older than its lifetime, the next caller reads anew and gets
 * the new reading, while everyone asking meanwhile keeps getting the previous one. A lifetime of zero reads every
 * time.
 */
public final class SnapshotCache<K, V> {

    private final LoadingCache<K, Snapshot<V>> readings;
    private final Function<K, Snapshot<V>> direct;
    private final Clock clock;
    private final Duration lifetime;

    SnapshotCache(LoadingCache<K, Snapshot<V>> readings, Function<K, Snapshot<V>> direct, Clock clock,
                  Duration lifetime) {
        this.readings = readings;
        this.direct = direct;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The latest reading for {@code key}; the caller has already decided that whoever asks may see it. */
    public Snapshot<V> get(K key) {
        if (readings == null) {
            return direct.apply(key);
        }
        Snapshot<V> found = readings.get(key);
        if (found.asOf().plus(lifetime).isAfter(clock.instant())) {
            return found;
        }
        // Too old: this call has just read again on its own thread (then the cache holds the new reading), or
        // another caller is reading (then the previous reading is what there is until it finishes).
        Snapshot<V> now = readings.getIfPresent(key);
        return now == null ? found : now;
    }

    /** Forgets every reading, so the next request reads anew. */
    public void clear() {
        if (readings != null) {
            readings.invalidateAll();
        }
    }
}
