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

    final int n;
    final Seats seats;
    final long[] menteePrice;
    final long[] mentorPrice;
    final boolean[] joined;
    CandidateGraph graph;
    long searches;

    final SearchSpace space;

    /** A fresh solve of {@code graph}; the counters carry on from an earlier solve's work, if any. */
    SparseMatching(CandidateGraph graph, int[] capacity, long searchesBefore, long settledBefore) {
        this.n = graph.mentees;
        this.graph = graph;
        this.seats = new Seats(n, capacity);
        this.menteePrice = new long[n];
        this.mentorPrice = new long[graph.mentors];
        this.joined = new boolean[n];
        this.space = new SearchSpace(n + graph.mentors, n + 1);
        this.searches = searchesBefore;
        space.settledTotal = settledBefore;
    }

    int[] mentorOf() {
        return seats.mentorOf;
    }

    long searches() {
        return searches;
    }

    /** People reached for good by all searches so far: the work the searches did. */
    long settledTotal() {
        return space.settledTotal;
    }

    /**
     * Switches to a larger graph in which the listed mentees have new pairs. Each in turn leaves its seat and, priced
     * again, looks for the cheapest way back into it; failing that, it waits to join afresh and the mentor it left,
     * if its price is positive, looks for another mentee or lowers its price to zero.
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
                    SeatRefill.refill(this, home);
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
        space.begin();
        long bound = best + offset;
        int endMentor = -1;
        int endMentee = r;
        space.reach(r, 0, -1);
        space.push(r, 0);
        while (space.heapSize > 0) {
            long top = space.pop();
            int node = (int) (top & SearchSpace.NODE_MASK);
            long d = top >>> SearchSpace.NODE_BITS;
            if (d >= bound) {
                break;
            }
            if (d != space.dist[node] || space.isSettled(node)) {
                continue;
            }
            space.settle(node);
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
                    if (reduced >= 0 && nd < bound && nd < space.dist[n + j]) {
                        space.reach(n + j, nd, node);
                        if (seats.hasFreeSeat(j)) {
                            long end = j == home ? nd : nd + offset;
                            if (end < bound) {
                                bound = end;
                                endMentor = j;
                            }
                        } else {
                            space.push(n + j, nd);
                        }
                    }
                }
            } else {
                int j = node - n;
                for (int s = 0; s < seats.filled(j); s++) {
                    int k = seats.holder(j, s);
                    if (d < space.dist[k]) {
                        space.reach(k, d, j);
                        if (d + menteePrice[k] + offset < bound) {
                            bound = d + menteePrice[k] + offset;
                            endMentor = -1;
                            endMentee = k;
                        }
                        space.push(k, d);
                    }
                }
            }
        }
        if (home >= 0 && !pricesStayValid(home, endMentor, bound)) {
            space.finish();
            return false;
        }
        for (int t = 0; t < space.settledCount; t++) {
            int node = space.settled[t];
            if (node < n) {
                menteePrice[node] += space.dist[node] - bound;
            } else {
                mentorPrice[node - n] += bound - space.dist[node];
            }
        }
        shiftAlongPath(r, endMentor >= 0 ? space.pred[n + endMentor] : endMentee, endMentor);
        return true;
    }

    private boolean pricesStayValid(int home, int endMentor, long bound) {
        if (endMentor != home) {
            return false;
        }
        for (int t = 0; t < space.reachedCount; t++) {
            int node = space.reached[t];
            // a free seat closer than the end would have to rise in price while it stays free
            if (node >= n && node - n != home && space.dist[node] < bound && seats.hasFreeSeat(node - n)) {
                return false;
            }
        }
        for (int t = 0; t < space.settledCount; t++) {
            int node = space.settled[t];
            if (node < n && menteePrice[node] + space.dist[node] - bound < 0) {
                return false;
            }
        }
        return true;
    }

    /** Moves every mentee on the path from r one step along it; the last one takes a free seat of endMentor, if any. */
    private void shiftAlongPath(int r, int last, int endMentor) {
        int length = 0;
        int mover = last;
        space.path[length++] = mover;
        while (mover != r) {
            mover = space.pred[n + seats.mentorOf[mover]];
            space.path[length++] = mover;
        }
        for (int t = length - 1; t > 0; t--) {
            seats.replace(space.path[t - 1], space.path[t]);
        }
        if (endMentor >= 0) {
            seats.seatInFreeSeat(last, endMentor);
        }
        space.finish();
    }

}
