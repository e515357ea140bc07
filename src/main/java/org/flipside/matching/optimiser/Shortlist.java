package org.flipside.matching.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over every pair builds the first candidate graph: each mentee's best {@code size} allowed mentors (with a
 * seat to give), and each mentor's best {@code mentorSize} mentees. The second half matters on real cohorts: everyone
 * ranks the same popular mentors first, so without it the mentors nobody ranks highly would have no candidate at all
 * and the first solve could not use them. The pass also remembers, per mentee, the best score it left out, so the
 * optimality check can skip a mentee whose price already covers everything not in the graph.
 */
final class Shortlist {

    final CandidateGraph graph;
    /** Per mentee, the highest score among allowed pairs not in the graph, or -1 when every allowed pair is in it. */
    final int[] bestLeftOut;
    /**
     * One bit per pair with a seat to give, set when the pair is allowed: row by row, {@link #words} longs a mentee.
     * On real cohorts most pairs are not allowed (no common time or language), and the checks skip those without
     * scoring them again: an eighth of a byte a pair instead of tens of nanoseconds each round.
     */
    final long[] allowed;
    final int words;

    private Shortlist(CandidateGraph graph, int[] bestLeftOut, long[] allowed, int words) {
        this.graph = graph;
        this.bestLeftOut = bestLeftOut;
        this.allowed = allowed;
        this.words = words;
    }

    /** One thread's best mentees per mentor, heaps of packed (score, mentee) side by side. */
    private record MentorTops(long[] top, int[] count) {
    }

    static Shortlist build(PairScores scores, int[] capacity, Objective objective, int size, int mentorSize,
                           int threads, Pacer pacer) {
        int n = scores.mentees();
        int m = scores.mentors();
        long[][] kept = new long[n][];
        int[] bestLeftOut = new int[n];
        int words = (m + 63) >>> 6;
        long[] allowed = new long[Math.multiplyExact(n, words)];
        List<MentorTops> perThread = new ArrayList<>();
        ParallelRows.run(n, m, threads, () -> {
            MentorTops mentorTops = new MentorTops(new long[m * mentorSize], new int[m]);
            synchronized (perThread) {
                perThread.add(mentorTops);
            }
            return new MenteeTops(scores, capacity, size, mentorSize, mentorTops, kept, bestLeftOut,
                    allowed, words);
        }, pacer, "shortlisting");
        return new Shortlist(graph(n, m, objective, kept, mentorSide(n, m, mentorSize, perThread)), bestLeftOut,
                allowed, words);
    }

    /** One thread's best mentors per mentee of the block in hand, a heap per slot, kept across the mentor tiles. */
    private static final class MenteeTops implements ParallelRows.BlockTask {

        private final PairScores scores;
        private final int[] capacity;
        private final int size;
        private final int mentorSize;
        private final MentorTops mentorTops;
        private final long[][] kept;
        private final int[] bestLeftOut;
        private final long[] allowed;
        private final int words;
        private final long[] top;
        private final int[] count = new int[ParallelRows.BLOCK];
        private final int[] leftOut = new int[ParallelRows.BLOCK];

        MenteeTops(PairScores scores, int[] capacity, int size, int mentorSize, MentorTops mentorTops,
                   long[][] kept, int[] bestLeftOut, long[] allowed, int words) {
            this.scores = scores;
            this.capacity = capacity;
            this.size = size;
            this.mentorSize = mentorSize;
            this.mentorTops = mentorTops;
            this.kept = kept;
            this.bestLeftOut = bestLeftOut;
            this.allowed = allowed;
            this.words = words;
            this.top = new long[ParallelRows.BLOCK * size];
        }

        @Override
        public boolean begin(int slot, int mentee) {
            count[slot] = 0;
            leftOut[slot] = PairScores.FORBIDDEN;
            return true;
        }

        @Override
        public void visit(int slot, int mentee, int from, int to) {
            int offset = slot * size;
            int had = count[slot];
            int worst = had < size ? PairScores.FORBIDDEN : (int) (top[offset] >>> 32);
            int left = leftOut[slot];
            int row = mentee * words;
            for (int j = from; j < to; j++) {
                if (capacity[j] == 0) {
                    continue;
                }
                int s = scores.score(mentee, j);
                if (s < 0) {
                    continue;
                }
                allowed[row + (j >>> 6)] |= 1L << j;
                if (mentorSize > 0) {
                    keep(mentorTops.top, j * mentorSize, mentorSize, mentorTops.count, j, ((long) s << 32) | mentee);
                }
                if (had < size) {
                    MinHeap.push(top, offset, had++, ((long) s << 32) | j);
                    if (had == size) {
                        worst = (int) (top[offset] >>> 32);
                    }
                } else if (s > worst) {
                    left = Math.max(left, worst);
                    MinHeap.replaceTop(top, offset, had, ((long) s << 32) | j);
                    worst = (int) (top[offset] >>> 32);
                } else {
                    left = Math.max(left, s);
                }
            }
            count[slot] = had;
            leftOut[slot] = left;
        }

        @Override
        public void end(int slot, int mentee) {
            kept[mentee] = Arrays.copyOfRange(top, slot * size, slot * size + count[slot]);
            bestLeftOut[mentee] = leftOut[slot];
        }
    }

    private static void keep(long[] heaps, int offset, int size, int[] counts, int mentor, long key) {
        int count = counts[mentor];
        if (count < size) {
            MinHeap.push(heaps, offset, count, key);
            counts[mentor] = count + 1;
        } else if (key > heaps[offset]) {
            MinHeap.replaceTop(heaps, offset, size, key);
        }
    }

    /** Per mentee, the mentors that ranked it among their best, packed (score, mentor), from the threads' rankings. */
    private static long[][] mentorSide(int n, int m, int mentorSize, List<MentorTops> perThread) {
        int[] perMentee = new int[n];
        long[] merged = new long[mentorSize * Math.max(1, perThread.size())];
        long[][] chosen = new long[m][];
        for (int j = 0; j < m; j++) {
            int total = 0;
            for (MentorTops tops : perThread) {
                System.arraycopy(tops.top, j * mentorSize, merged, total, tops.count[j]);
                total += tops.count[j];
            }
            Arrays.sort(merged, 0, total);
            int take = Math.min(mentorSize, total);
            chosen[j] = Arrays.copyOfRange(merged, total - take, total);
            for (long pair : chosen[j]) {
                perMentee[(int) pair]++;
            }
        }
        long[][] byMentee = new long[n][];
        for (int i = 0; i < n; i++) {
            byMentee[i] = new long[perMentee[i]];
            perMentee[i] = 0;
        }
        for (int j = 0; j < m; j++) {
            for (long pair : chosen[j]) {
                int mentee = (int) pair;
                byMentee[mentee][perMentee[mentee]++] = (pair & 0xFFFF_FFFF_0000_0000L) | j;
            }
        }
        return byMentee;
    }

    private static CandidateGraph graph(int n, int m, Objective objective, long[][] kept, long[][] fromMentors) {
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + kept[i].length + fromMentors[i].length;
        }
        int[] mentor = new int[start[n]];
        long[] weight = new long[start[n]];
        int[] seen = new int[m];
        Arrays.fill(seen, -1);
        int at = 0;
        for (int i = 0; i < n; i++) {
            start[i] = at;
            for (long[] pairs : new long[][] {kept[i], fromMentors[i]}) {
                for (long pair : pairs) {
                    int j = (int) pair;
                    if (seen[j] != i) {
                        seen[j] = i;
                        mentor[at] = j;
                        weight[at++] = objective.weight((int) (pair >>> 32));
                    }
                }
            }
            kept[i] = null;
            fromMentors[i] = null;
        }
        start[n] = at;
        return new CandidateGraph(n, m, start, Arrays.copyOf(mentor, at), Arrays.copyOf(weight, at));
    }
}
