package org.flipside.matching.optimiser;

import java.util.Arrays;

/**
 * Scratch space of one shortest-path search over mentees (nodes 0..n-1) and mentors (n..): tentative distances,
 * predecessors, who is settled, and a heap of packed (distance, node) keys. Resetting costs only what a search touched,
 * so a short search stays cheap in a large cohort.
 */
final class SearchSpace {

    static final int NODE_BITS = 25;
    static final long NODE_MASK = (1L << NODE_BITS) - 1;

    final long[] dist;
    final int[] pred;
    final int[] reached;
    int reachedCount;
    final int[] settled;
    int settledCount;
    final int[] path;
    long settledTotal;
    int heapSize;
    private final int[] mark;
    private int stamp;
    private long[] heap = new long[64];

    SearchSpace(int nodes, int pathLength) {
        if (nodes >= NODE_MASK) {
            throw new IllegalArgumentException("cohort: at most " + NODE_MASK + " people can be matched at once");
        }
        this.dist = new long[nodes];
        this.pred = new int[nodes];
        this.mark = new int[nodes];
        this.reached = new int[nodes];
        this.settled = new int[nodes];
        this.path = new int[pathLength];
        Arrays.fill(dist, Long.MAX_VALUE);
    }

    void begin() {
        stamp++;
        reachedCount = 0;
        settledCount = 0;
        heapSize = 0;
    }

    void finish() {
        settledTotal += settledCount;
        for (int t = 0; t < reachedCount; t++) {
            dist[reached[t]] = Long.MAX_VALUE;
        }
        reachedCount = 0;
    }

    void reach(int node, long d, int from) {
        if (dist[node] == Long.MAX_VALUE) {
            reached[reachedCount++] = node;
        }
        dist[node] = d;
        pred[node] = from;
    }

    boolean isSettled(int node) {
        return mark[node] == stamp;
    }

    void settle(int node) {
        mark[node] = stamp;
        settled[settledCount++] = node;
    }

    void push(int node, long d) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        MinHeap.push(heap, heapSize++, (d << NODE_BITS) | node);
    }

    /** The smallest key: the node in the low bits, its distance above them. */
    long pop() {
        return MinHeap.pop(heap, heapSize--);
    }
}
