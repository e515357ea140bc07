package org.flipside.matching.optimiser;

/**
 * The other direction of {@link SparseMatching}'s search: a mentor left with a free seat and a positive price (its
 * mentee went to look for a better pair) finds the cheapest mentee to fill the seat along a shortest path of moves, or
 * lowers its price to zero if keeping the seat empty costs less. A mentor's price moves its seated mentees' prices
 * with it, so their pairs stay exactly priced.
 */
final class SeatRefill {

    private SeatRefill() {
    }

    static void refill(SparseMatching m, int start) {
        int n = m.n;
        CandidateGraph graph = m.graph;
        Seats seats = m.seats;
        SearchSpace space = m.space;
        long[] menteePrice = m.menteePrice;
        long[] mentorPrice = m.mentorPrice;
        boolean[] joined = m.joined;
        m.searches++;
        space.begin();
        long bound = mentorPrice[start];
        int endMentor = start;
        int endMentee = -1;
        space.reach(n + start, 0, -1);
        space.push(n + start, 0);
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
            if (node >= n) {
                int j = node - n;
                // the mentor's own mentees move with its price so their pairs stay exactly priced
                for (int s = 0; s < seats.filled(j); s++) {
                    int k = seats.holder(j, s);
                    if (!space.isSettled(k)) {
                        space.reach(k, d, j);
                        space.settle(k);
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
                    if (reduced >= 0 && nd < bound && nd < space.dist[i]) {
                        space.reach(i, nd, j);
                        if (seats.mentorOf[i] == Assignment.UNMATCHED) {
                            bound = nd;
                            endMentee = i;
                            endMentor = -1;
                        } else {
                            space.push(i, nd);
                        }
                    }
                }
            } else {
                int j = seats.mentorOf[node];
                if (d < space.dist[n + j]) {
                    space.reach(n + j, d, node);
                    if (d + mentorPrice[j] < bound) {
                        bound = d + mentorPrice[j];
                        endMentor = j;
                        endMentee = -1;
                    }
                    space.push(n + j, d);
                }
            }
        }
        for (int t = 0; t < space.settledCount; t++) {
            int node = space.settled[t];
            if (node < n) {
                menteePrice[node] += bound - space.dist[node];
            } else {
                mentorPrice[node - n] += space.dist[node] - bound;
            }
        }
        int newcomer;
        int mentor;
        if (endMentee >= 0) {
            newcomer = endMentee;
            mentor = space.pred[endMentee];
        } else {
            mentor = endMentor;
            newcomer = -1;
            if (mentor != start) {
                newcomer = space.pred[n + mentor];
                seats.vacate(newcomer);
                mentor = space.pred[newcomer];
            }
        }
        while (newcomer >= 0 && mentor != start) {
            int leaver = space.pred[n + mentor];
            seats.replace(leaver, newcomer);
            newcomer = leaver;
            mentor = space.pred[leaver];
        }
        if (newcomer >= 0) {
            seats.seatInFreeSeat(newcomer, start);
        }
        space.finish();
    }
}
