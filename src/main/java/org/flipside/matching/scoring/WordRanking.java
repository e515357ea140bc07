package org.flipside.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects each person's word ids in order of first sight, then renumbers the words by how many people use them so
 * that the most used become the bits of a {@link WordSet}.
 */
final class WordRanking {

    private final List<FirstSeen> pending = new ArrayList<>();

    private record FirstSeen(Person person, int[] interests, int[][] answers) {
    }

    void add(Person person, int[] interests, int[][] answers) {
        pending.add(new FirstSeen(person, interests, answers));
    }

    /**
     * Renumbers the words by how many people use them, so that the most used ones become bits of a
     * {@link WordSet}, then fills every person's word sets.
     */
    void fill(int wordCount) {
        int[] uses = new int[wordCount];
        for (FirstSeen w : pending) {
            count(uses, w.interests());
            for (int[] answer : w.answers()) {
                count(uses, answer);
            }
        }
        Integer[] byUse = new Integer[uses.length];
        for (int id = 0; id < byUse.length; id++) {
            byUse[id] = id;
        }
        Arrays.sort(byUse, (x, y) -> uses[y] != uses[x] ? Integer.compare(uses[y], uses[x]) : Integer.compare(x, y));
        int[] rank = new int[uses.length];
        for (int r = 0; r < byUse.length; r++) {
            rank[byUse[r]] = r;
        }
        for (FirstSeen w : pending) {
            Person p = w.person();
            WordSet interests = new WordSet(ranked(w.interests(), rank));
            p.interestLow = interests.low;
            p.interestHigh = interests.high;
            p.interestSize = interests.size;
            p.interestRare = interests.rare;
            int links = w.answers().length;
            p.answerWords = links == 0 ? Person.NO_LONGS : new long[3 * links];
            p.answerRare = new int[links][];
            for (int l = 0; l < links; l++) {
                p.answerRare[l] = Person.NO_INTS;
                p.answerWords[3 * l + 2] = 0xFFFFFFFFL; // size -1: not answered
                if (w.answers()[l] != null) {
                    WordSet answer = new WordSet(ranked(w.answers()[l], rank));
                    p.answerWords[3 * l] = answer.low;
                    p.answerWords[3 * l + 1] = answer.high;
                    p.answerWords[3 * l + 2] = ((long) answer.rare.length << 32) | answer.size;
                    p.answerRare[l] = answer.rare;
                }
            }
        }
        pending.clear();
    }

    private static void count(int[] uses, int[] ids) {
        if (ids != null) {
            for (int id : ids) {
                uses[id]++;
            }
        }
    }

    private static int[] ranked(int[] ids, int[] rank) {
        int[] ranked = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            ranked[k] = rank[ids[k]];
        }
        return ranked;
    }
}
