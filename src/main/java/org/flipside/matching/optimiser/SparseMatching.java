package org.flipside.matching.optimiser;

import java.util.Arrays;

/**
 * The exact best assignment over the candidate pairs, kept with prices that prove it: a price u per mentee and v per
 * mentor, never negative, with u + v ≥ weight on every candidate pair, equality on every matched pair, u = 0 for an
 * unmatched mentee and v = 0 for a mentor with a free seat. Mentees join one at a time along a shortest augmenting
 * path (Dijkstra on reduced costs u + v − weight, which the prices keep non-negative). When the graph grows, the
 * mentees whose prices no longer cover a new pair leave and join again; a mentor they leave with a positive price
 * looks for a new mentee along a shortest path the other way, so every invariant holds again without starting over.
 */
final class SparseMatching {

    private static final int NODE_BITS = 25;
    private static final long NODE_MASK = (1L << NODE_BITS) - 1;

    private final int n;
    private final Seats seats;
    final long[] menteePrice;
    final long[] mentorPrice;
    private final boolean[] joined;
    private CandidateGraph graph;
    private long searches;
    private long settledTotal;

    private final long[] dist;
    private final int[] pred;
    private final int[] mark;
    private int stamp;
    private final int[] reached;
    private int reachedCount;
    private final int[] settled;
    private int settledCount;
    private final int[] path;
    private long[] heap = new long[64];
    private int heapSize;

    /** A fresh solve of {@code graph}; the counters carry on from an earlier solve's work, if any. */
    SparseMatching(CandidateGraph graph, int[] capacity, long searchesBefore, long settledBefore) {
        if ((long) graph.mentees + graph.mentors >= NODE_MASK) {
            throw new IllegalArgumentException("cohort: at most " + NODE_MASK + " people can be matched at once");
        }
        this.n = graph.mentees;
        this.graph = graph;
        this.seats = new Seats(n, capacity);
        this.menteePrice = new long[n];
        this.mentorPrice = new long[graph.mentors];
        this.joined = new boolean[n];
        int nodes = n + graph.mentors;
        this.dist = new long[nodes];
        this.pred = new int[nodes];
        this.mark = new int[nodes];
        this.reached = new int[nodes];
        this.settled = new int[nodes];
        this.path = new int[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        this.searches = searchesBefore;
        this.settledTotal = settledBefore;
    }

    int[] mentorOf() {
        return seats.mentorOf;
    }

    long searches() {
        return searches;
    }

    /** People reached for good by all searches so far: the work the searches did. */
    long settledTotal() {
        return settledTotal;
    }

    /**
     * Switches to a larger graph. Each listed mentee leaves (it is priced again when it rejoins); a mentor it leaves
     * with a positive price then looks for a replacement or lowers its price to zero.
     */
    void grow(CandidateGraph larger, int[] menteesToRejoin) {
        // until a listed mentee is repriced, its new pairs may be under-priced: searches skip such pairs
        this.graph = larger;
        for (int mentee : menteesToRejoin) {
            int home = seats.mentorOf[mentee];
            if (home != Assignment.UNMATCHED) {
                seats.vacate(mentee);
            }
            if (home == Assignment.UNMATCHED || mentorPrice[home] == 0 || !join(mentee, home)) {
                joined[mentee] = false;
                while (home != Assignment.UNMATCHED && seats.hasFreeSeat(home) && mentorPrice[home] > 0) {
                    refillSeat(home);
                }
            }
        }
        assert brokenInvariant() == null : "after growing: " + brokenInvariant();
    }

    /** How many mentees have yet to join. */
    int waiting() {
        int count = 0;
        for (boolean j : joined) {
            count += j ? 0 : 1;
        }
        return count;
    }

    /** The invariants of the class comment, over the joined mentees; for assertions in tests. */
    String brokenInvariant() {
        for (int i = 0; i < n; i++) {
            if (!joined[i]) {
                continue;
            }
            if (menteePrice[i] < 0 || (seats.mentorOf[i] == Assignment.UNMATCHED && menteePrice[i] != 0)) {
                return "mentee " + i + " price " + menteePrice[i] + " mentor " + seats.mentorOf[i];
            }
            for (int e = graph.menteeStart[i]; e < graph.menteeStart[i + 1]; e++) {
                int j = graph.mentor[e];
                long reduced = menteePrice[i] + mentorPrice[j] - graph.weight[e];
                if (reduced < 0 || (seats.mentorOf[i] == j && reduced != 0)) {
                    return "pair (" + i + ", " + j + ") reduced " + reduced;
                }
            }
        }
        for (int j = 0; j < mentorPrice.length; j++) {
            if (mentorPrice[j] < 0 || (seats.hasFreeSeat(j) && mentorPrice[j] != 0)) {
                return "mentor " + j + " price " + mentorPrice[j];
            }
        }
        return null;
    }

    /** Lets every mentee not yet joined join; {@code onJoined} hears each join (for progress). */
    void joinAll(java.util.function.IntConsumer onJoined) {
        for (int i = 0; i < n; i++) {
            if (!joined[i]) {
                join(i, -1);
                assert brokenInvariant() == null : "after joining " + i + ": " + brokenInvariant();
                onJoined.accept(i);
            }
        }
    }

    /**
     * Prices mentee r and seats it along a shortest augmenting path. With a {@code home} (the mentor r just left, its
     * seat still priced), every other way to end the path costs that price more, so the search looks for the cheapest
     * way back into the home seat; it gives up (returns false, changing nothing) if the path ends elsewhere or would
     * push some price below zero, and the caller falls back to the general way.
     */
    private boolean join(int r, int home) {
        joined[r] = true;
        long best = 0;
        for (int e = graph.menteeStart[r]; e < graph.menteeStart[r + 1]; e++) {
            best = Math.max(best, graph.weight[e] - mentorPrice[graph.mentor[e]]);
        }
        menteePrice[r] = best;
        long offset = home >= 0 ? mentorPrice[home] : 0;
        if (best == 0 && home < 0) {
            return true;
        }
        searches++;
        begin();
        long bound = best + offset;
        int endMentor = -1;
        int endMentee = r;
        reach(r, 0, -1);
        push(r, 0);
        while (heapSize > 0) {
            long top = pop();
            int node = (int) (top & NODE_MASK);
            long d = top >>> NODE_BITS;
            if (d >= bound) {
                break;
            }
            if (d != dist[node] || isSettled(node)) {
                continue;
            }
            settle(node);
            if (node < n) {
                long u = menteePrice[node];
                int own = seats.mentorOf[node];
                for (int e = graph.menteeStart[node]; e < graph.menteeStart[node + 1]; e++) {
                    int j = graph.mentor[e];
                    if (j == own) {
                        continue;
                    }
                    long reduced = u + mentorPrice[j] - graph.weight[e];
                    long nd = d + reduced;
                    if (reduced >= 0 && nd < bound && nd < distOf(n + j)) {
                        reach(n + j, nd, node);
                        if (seats.hasFreeSeat(j)) {
                            long end = j == home ? nd : nd + offset;
                            if (end < bound) {
                                bound = end;
                                endMentor = j;
                            }
                        } else {
                            push(n + j, nd);
                        }
                    }
                }
            } else {
                int j = node - n;
                for (int s = 0; s < seats.filled(j); s++) {
                    int k = seats.holder(j, s);
                    if (d < distOf(k)) {
                        reach(k, d, j);
                        if (d + menteePrice[k] + offset < bound) {
                            bound = d + menteePrice[k] + offset;
                            endMentor = -1;
                            endMentee = k;
                        }
                        push(k, d);
                    }
                }
            }
        }
        if (home >= 0 && !pricesStayValid(home, endMentor, bound)) {
            finish();
            return false;
        }
        for (int t = 0; t < settledCount; t++) {
            int node = settled[t];
            if (node < n) {
                menteePrice[node] += dist[node] - bound;
            } else {
                mentorPrice[node - n] += bound - dist[node];
            }
        }
        shiftAlongPath(r, endMentor >= 0 ? pred[n + endMentor] : endMentee, endMentor);
        return true;
    }

    private boolean pricesStayValid(int home, int endMentor, long bound) {
        if (endMentor != home) {
            return false;
        }
        for (int t = 0; t < reachedCount; t++) {
            int node = reached[t];
            // a free seat closer than the end would have to rise in price while it stays free
            if (node >= n && node - n != home && dist[node] < bound && seats.hasFreeSeat(node - n)) {
                return false;
            }
        }
        for (int t = 0; t < settledCount; t++) {
            int node = settled[t];
            if (node < n && menteePrice[node] + dist[node] - bound < 0) {
                return false;
            }
        }
        return true;
    }

    /** Moves every mentee on the path from r one step along it; the last one takes a free seat of endMentor, if any. */
    private void shiftAlongPath(int r, int last, int endMentor) {
        int length = 0;
        int mover = last;
        path[length++] = mover;
        while (mover != r) {
            mover = pred[n + seats.mentorOf[mover]];
            path[length++] = mover;
        }
        for (int t = length - 1; t > 0; t--) {
            seats.replace(path[t - 1], path[t]);
        }
        if (endMentor >= 0) {
            seats.seatInFreeSeat(last, endMentor);
        }
        finish();
    }

    /** A mentor with a free seat and a positive price finds a mentee for the seat, or lowers its price to zero. */
    private void refillSeat(int start) {
        searches++;
        begin();
        long bound = mentorPrice[start];
        int endMentor = start;
        int endMentee = -1;
        reach(n + start, 0, -1);
        push(n + start, 0);
        while (heapSize > 0) {
            long top = pop();
            int node = (int) (top & NODE_MASK);
            long d = top >>> NODE_BITS;
            if (d >= bound) {
                break;
            }
            if (d != dist[node] || isSettled(node)) {
                continue;
            }
            settle(node);
            if (node >= n) {
                int j = node - n;
                // the mentor's own mentees move with its price so their pairs stay exactly priced
                for (int s = 0; s < seats.filled(j); s++) {
                    int k = seats.holder(j, s);
                    if (!isSettled(k)) {
                        reach(k, d, j);
                        settle(k);
                    }
                }
                long v = mentorPrice[j];
                for (int e = graph.mentorStart[j]; e < graph.mentorStart[j + 1]; e++) {
                    int i = graph.mentee[e];
                    if (!joined[i] || seats.mentorOf[i] == j) {
                        continue;
                    }
                    long reduced = menteePrice[i] + v - graph.reverseWeight[e];
                    long nd = d + reduced;
                    if (reduced >= 0 && nd < bound && nd < distOf(i)) {
                        reach(i, nd, j);
                        if (seats.mentorOf[i] == Assignment.UNMATCHED) {
                            bound = nd;
                            endMentee = i;
                            endMentor = -1;
                        } else {
                            push(i, nd);
                        }
                    }
                }
            } else {
                int j = seats.mentorOf[node];
                if (d < distOf(n + j)) {
                    reach(n + j, d, node);
                    if (d + mentorPrice[j] < bound) {
                        bound = d + mentorPrice[j];
                        endMentor = j;
                        endMentee = -1;
                    }
                    push(n + j, d);
                }
            }
        }
        for (int t = 0; t < settledCount; t++) {
            int node = settled[t];
            if (node < n) {
                menteePrice[node] += bound - dist[node];
            } else {
                mentorPrice[node - n] += dist[node] - bound;
            }
        }
        int newcomer;
        int mentor;
        if (endMentee >= 0) {
            newcomer = endMentee;
            mentor = pred[endMentee];
        } else {
            mentor = endMentor;
            newcomer = -1;
            if (mentor != start) {
                newcomer = pred[n + mentor];
                seats.vacate(newcomer);
                mentor = pred[newcomer];
            }
        }
        while (newcomer >= 0 && mentor != start) {
            int leaver = pred[n + mentor];
            seats.replace(leaver, newcomer);
            newcomer = leaver;
            mentor = pred[leaver];
        }
        if (newcomer >= 0) {
            seats.seatInFreeSeat(newcomer, start);
        }
        finish();
    }

    private void begin() {
        stamp++;
        reachedCount = 0;
        settledCount = 0;
        heapSize = 0;
    }

    private void finish() {
        settledTotal += settledCount;
        for (int t = 0; t < reachedCount; t++) {
            dist[reached[t]] = Long.MAX_VALUE;
        }
        reachedCount = 0;
    }

    private long distOf(int node) {
        return dist[node];
    }

    private void reach(int node, long d, int from) {
        if (dist[node] == Long.MAX_VALUE) {
            reached[reachedCount++] = node;
        }
        dist[node] = d;
        pred[node] = from;
    }

    private boolean isSettled(int node) {
        return mark[node] == stamp;
    }

    private void settle(int node) {
        mark[node] = stamp;
        settled[settledCount++] = node;
    }

    private void push(int node, long d) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        MinHeap.push(heap, heapSize++, (d << NODE_BITS) | node);
    }

    private long pop() {
        return MinHeap.pop(heap, heapSize--);
    }
}
