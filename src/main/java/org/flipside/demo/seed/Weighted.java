package org.flipside.demo.seed;

import java.util.Random;

/** Picks an index with probability proportional to its weight. */
final class Weighted {

    private Weighted() {
    }

    static int pick(double[] weights, Random random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
