package org.flipside.shared.snapshot;

import java.time.Instant;

/** Figures as read at one moment, which pages show as "figures as of". */
public record Snapshot<V>(V value, Instant asOf) {
}
