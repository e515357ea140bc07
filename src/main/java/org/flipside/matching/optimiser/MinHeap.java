package org.flipside.matching.optimiser;

/** A binary min-heap of packed longs in a caller's array, for small per-row selections without allocation. */
final class MinHeap {

    private MinHeap() {
    }

    static void push(long[] heap, int size, long key) {
        int at = size;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = key;
    }

    static void replaceTop(long[] heap, int size, long key) {
        siftDown(heap, size, 0, key);
    }

    /** Removes the smallest key; returns it. */
    static long pop(long[] heap, int size) {
        long top = heap[0];
        if (size > 1) {
            siftDown(heap, size - 1, 0, heap[size - 1]);
        }
        return top;
    }

    private static void siftDown(long[] heap, int size, int at, long key) {
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (key <= heap[child]) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = key;
    }
}
