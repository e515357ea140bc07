package org.flipside.matching.optimiser;

import java.util.Arrays;

/** Who sits where: each mentor's seats hold mentees compactly, and each mentee knows its mentor and seat. */
final class Seats {

    final int[] capacity;
    final int[] mentorOf;
    private final int[] seatOf;
    private final int[] seatStart;
    private final int[] holder;
    private final int[] filled;

    Seats(int mentees, int[] capacity) {
        this.capacity = capacity;
        this.mentorOf = new int[mentees];
        this.seatOf = new int[mentees];
        Arrays.fill(mentorOf, Assignment.UNMATCHED);
        this.seatStart = new int[capacity.length + 1];
        for (int j = 0; j < capacity.length; j++) {
            // a mentor never needs more seats than there are mentees
            seatStart[j + 1] = seatStart[j] + Math.min(capacity[j], mentees);
        }
        this.holder = new int[seatStart[capacity.length]];
        this.filled = new int[capacity.length];
    }

    boolean hasFreeSeat(int mentor) {
        return filled[mentor] < seatStart[mentor + 1] - seatStart[mentor];
    }

    int filled(int mentor) {
        return filled[mentor];
    }

    int holder(int mentor, int index) {
        return holder[seatStart[mentor] + index];
    }

    void seatInFreeSeat(int mentee, int mentor) {
        int seat = seatStart[mentor] + filled[mentor]++;
        holder[seat] = mentee;
        mentorOf[mentee] = mentor;
        seatOf[mentee] = seat;
    }

    /** {@code newcomer} takes the seat {@code leaver} held; the leaver is left without a seat. */
    void replace(int leaver, int newcomer) {
        int seat = seatOf[leaver];
        holder[seat] = newcomer;
        mentorOf[newcomer] = mentorOf[leaver];
        seatOf[newcomer] = seat;
        mentorOf[leaver] = Assignment.UNMATCHED;
    }

    /** The mentee leaves its mentor, whose last seated mentee moves into the freed seat to keep seats compact. */
    void vacate(int mentee) {
        int mentor = mentorOf[mentee];
        int last = seatStart[mentor] + --filled[mentor];
        int seat = seatOf[mentee];
        int moved = holder[last];
        holder[seat] = moved;
        seatOf[moved] = seat;
        mentorOf[mentee] = Assignment.UNMATCHED;
    }
}
