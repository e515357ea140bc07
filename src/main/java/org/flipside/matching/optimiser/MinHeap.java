package org.flipside.matching.optimiser;

/** A binary min-heap of packed longs in a caller's array, for small per-row selections without allocation. */
final class MinHeap {

    private MinHeap() {
    }

    static void push(long[] heap, int size, long key) {
        push(heap, 0, size, key);
    }

    /** Pushes onto the heap stored at {@code heap[offset .. offset + size)}, one of several sharing the array. */
    static void push(long[] heap, int offset, int size, long key) {
        int at = size;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[offset + parent] <= key) {
                break;
            }
            heap[offset + at] = heap[offset + parent];
            at = parent;
        }
        heap[offset + at] = key;
    }

    static void replaceTop(long[] heap, int size, long key) {
        siftDown(heap, 0, size, 0, key);
    }

    /** Replaces the smallest key of the heap stored at {@code heap[offset .. offset + size)}. */
    static void replaceTop(long[] heap, int offset, int size, long key) {
        siftDown(heap, offset, size, 0, key);
    }

    /** Removes the smallest key; returns it. */
    static long pop(long[] heap, int size) {
        long top = heap[0];
        if (size > 1) {
            siftDown(heap, 0, size - 1, 0, heap[size - 1]);
        }
        return top;
    }

    private static void siftDown(long[] heap, int offset, int size, int at, long key) {
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            if (child + 1 < size && heap[offset + child + 1] < heap[offset + child]) {
                child++;
            }
            if (key <= heap[offset + child]) {
                break;
            }
            heap[offset + at] = heap[offset + child];
            at = child;
        }
        heap[offset + at] = key;
    }
}
