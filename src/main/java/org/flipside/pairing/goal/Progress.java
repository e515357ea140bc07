package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/**
 * Progress is computed from what was recorded, never typed in. A key result has come {@code (current − start) /
 * (target − start)} of the way, held between none and all of it, so a target below the start (fewer escalations,
 * shorter replies) works the same as one above it. A goal has come the mean of its key results' way.
 */
public final class Progress {

    private Progress() {
    }

    /** The share of the way from {@code start} to {@code target} that {@code current} has come, from 0 to 1. */
    public static double of(BigDecimal start, BigDecimal target, BigDecimal current) {
        BigDecimal span = target.subtract(start);
        if (span.signum() == 0) {
            throw new IllegalArgumentException("A key result's target differs from its start");
        }
        double share = current.subtract(start).divide(span, MathContext.DECIMAL64).doubleValue();
        return Math.max(0, Math.min(1, share));
    }

    /** The mean of the key results' shares; 0 for none. */
    public static double mean(Collection<Double> shares) {
        return shares.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** A share as whole percent, rounded down so that only a reached target shows 100 %. */
    public static int percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9);
    }
}
