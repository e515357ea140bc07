package org.flipside.matching.optimiser;

import java.util.Random;

/**
 * A made-up cohort whose scores behave like those of real profiles: people belong to departments and teams, sit in
 * time-zone bands, want and offer skills whose popularity follows a Zipf law (a few skills everyone wants, a few mentors
 * who teach them), and share interests. Pairs within one team (a reporting chain) are forbidden, about 3 %. Rows are
 * therefore strongly correlated: the same mentors top almost every list.
 */
public final class StructuredScores implements PairScores {

    private static final int SKILLS = 64;
    private static final int TEAMS = 30;

    private final Person[] mentees;
    private final Person[] mentors;
    private final boolean forbidTeams;

    private record Person(int department, int team, int zone, long skills, long interests, int quality) {
    }

    public StructuredScores(int mentees, int mentors, long seed, boolean forbidTeams) {
        Random random = new Random(seed);
        this.mentees = new Person[mentees];
        this.mentors = new Person[mentors];
        for (int i = 0; i < mentees; i++) {
            this.mentees[i] = person(random, 3 + random.nextInt(2));
        }
        for (int j = 0; j < mentors; j++) {
            this.mentors[j] = person(random, 2 + random.nextInt(4));
        }
        this.forbidTeams = forbidTeams;
    }

    private static Person person(Random random, int skills) {
        return new Person(random.nextInt(12), random.nextInt(TEAMS), random.nextInt(6), zipfSet(random, skills),
                zipfSet(random, 2 + random.nextInt(5)), random.nextInt(101));
    }

    private static long zipfSet(Random random, int size) {
        long set = 0;
        while (Long.bitCount(set) < size) {
            // inverse transform of a power law: low indices (popular topics) come up far more often
            int k = (int) (Math.pow(SKILLS + 1, Math.pow(random.nextDouble(), 1.6))) - 1;
            set |= 1L << Math.min(SKILLS - 1, Math.max(0, k));
        }
        return set;
    }

    @Override
    public int mentees() {
        return mentees.length;
    }

    @Override
    public int mentors() {
        return mentors.length;
    }

    @Override
    public int score(int mentee, int mentor) {
        Person a = mentees[mentee];
        Person b = mentors[mentor];
        if (forbidTeams && a.department == b.department && a.team == b.team) {
            return FORBIDDEN;
        }
        int coverage = 500 * Long.bitCount(a.skills & b.skills) / Long.bitCount(a.skills);
        int interests = Math.min(200, 50 * Long.bitCount(a.interests & b.interests));
        int crossing = a.department != b.department ? 100 : 0;
        int zones = Math.max(0, 100 - 35 * Math.abs(a.zone - b.zone));
        return Math.min(MAX_SCORE, coverage + interests + crossing + zones + b.quality);
    }
}
