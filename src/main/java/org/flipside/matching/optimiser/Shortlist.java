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

    private Shortlist(CandidateGraph graph, int[] bestLeftOut) {
        this.graph = graph;
        this.bestLeftOut = bestLeftOut;
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
        List<MentorTops> perThread = new ArrayList<>();
        ParallelRows.run(n, threads, () -> {
            long[] top = new long[size];
            MentorTops mentorTops = new MentorTops(new long[m * mentorSize], new int[m]);
            synchronized (perThread) {
                perThread.add(mentorTops);
            }
            return mentee -> {
                int count = 0;
                int leftOut = PairScores.FORBIDDEN;
                for (int j = 0; j < m; j++) {
                    if (capacity[j] == 0) {
                        continue;
                    }
                    int s = scores.score(mentee, j);
                    if (s < 0) {
                        continue;
                    }
                    if (mentorSize > 0) {
                        keep(mentorTops.top, j * mentorSize, mentorSize, mentorTops.count, j, ((long) s << 32) | mentee);
                    }
                    if (count < size) {
                        MinHeap.push(top, count++, ((long) s << 32) | j);
                    } else if (s > (int) (top[0] >>> 32)) {
                        leftOut = Math.max(leftOut, (int) (top[0] >>> 32));
                        MinHeap.replaceTop(top, count, ((long) s << 32) | j);
                    } else {
                        leftOut = Math.max(leftOut, s);
                    }
                }
                kept[mentee] = Arrays.copyOf(top, count);
                bestLeftOut[mentee] = leftOut;
            };
        }, pacer, "shortlisting");
        return new Shortlist(graph(n, m, objective, kept, mentorSide(n, m, mentorSize, perThread)), bestLeftOut);
    }

    private static void keep(long[] heaps, int offset, int size, int[] counts, int mentor, long key) {
        int count = counts[mentor];
        if (count < size) {
            // a heap inside the shared array: shift indices by the mentor's offset
            int at = count;
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (heaps[offset + parent] <= key) {
                    break;
                }
                heaps[offset + at] = heaps[offset + parent];
                at = parent;
            }
            heaps[offset + at] = key;
            counts[mentor] = count + 1;
        } else if (key > heaps[offset]) {
            int at = 0;
            int half = size >>> 1;
            while (at < half) {
                int child = 2 * at + 1;
                if (child + 1 < size && heaps[offset + child + 1] < heaps[offset + child]) {
                    child++;
                }
                if (key <= heaps[offset + child]) {
                    break;
                }
                heaps[offset + at] = heaps[offset + child];
                at = child;
            }
            heaps[offset + at] = key;
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
