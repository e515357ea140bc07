package org.flipside.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws from a list ranked by popularity: the item at rank r (from 0) is chosen with weight {@code 1 / (r + 1)^s},
 * as word and topic popularity tends to be, so a few items are everywhere and most are rare.
 */
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> ranked, double exponent) {
        this.items = List.copyOf(ranked);
        this.cumulative = new double[ranked.size()];
        double total = 0;
        for (int r = 0; r < ranked.size(); r++) {
            total += 1 / Math.pow(r + 1, exponent);
            cumulative[r] = total;
        }
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= total;
        }
    }

    T draw(Random random) {
        double x = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return items.get(low);
    }

    /** {@code count} different items (fewer if the list is shorter). */
    List<T> distinct(Random random, int count) {
        List<T> drawn = new ArrayList<>();
        int attempts = 0;
        while (drawn.size() < Math.min(count, items.size()) && attempts++ < count * 20) {
            T item = draw(random);
            if (!drawn.contains(item)) {
                drawn.add(item);
            }
        }
        return drawn;
    }
}
