package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flipside.analytics.comparison.TenureBand;
import org.flipside.people.EmploymentHistory;

/**
 * Each running program's comparison group, chosen on the application's terms: for every approved participant, in
 * participant-id order, one person who worked here on the start day, in the same department, at the same grade on
 * that day and in the same tenure band, who is on none of the program's rosters and not yet chosen for it. A
 * participant nobody fits is counted as unmatched on their side. The grade, the employment on the day and the band
 * come from the application's own {@link EmploymentHistory} and {@link TenureBand}, over the histories the directory
 * is written from. The stored seed is the generator's: the application's choice with it would pick other people,
 * equally fitting.
 */
final class ComparisonPart {

    private record Key(String department, Integer grade, TenureBand band) {
    }

    private final Connection connection;
    private final Identities ids;
    private final Random random;
    long members;
    long unmatched;

    ComparisonPart(Connection connection, Identities ids, Random random) {
        this.connection = connection;
        this.ids = ids;
        this.random = random;
    }

    void write(List<ProgramPart.Program> programs, DirectoryPart.People people, EmploymentHistory[] histories)
            throws SQLException {
        try (BatchInsert group = new BatchInsert(connection, "comparison_group", "program_id, start_date, seed, "
                + "chosen_at, unmatched_mentors, unmatched_mentees");
             BatchInsert member = new BatchInsert(connection, "comparison_member", "id, program_id, side, "
                     + "participant_id, participant_number, comparison_number", group)) {
            for (ProgramPart.Program program : programs) {
                if (program.running()) {
                    choose(program, people, histories, group, member);
                }
            }
            members += member.written();
        }
    }

    private void choose(ProgramPart.Program program, DirectoryPart.People people, EmploymentHistory[] histories,
                        BatchInsert group, BatchInsert member) throws SQLException {
        LocalDate start = program.start().toLocalDate();
        Map<Key, List<Integer>> pools = candidates(program, histories, start);
        List<long[]> participants = new ArrayList<>(program.participants());
        participants.sort(Comparator.comparingLong(p -> p[0]));
        List<Object[]> rows = new ArrayList<>();
        int[] unmatchedOfSide = new int[2];
        for (long[] participant : participants) {
            int person = (int) participant[1];
            int side = (int) participant[2];
            List<Integer> pool = pools.get(key(histories[person], start));
            Integer chosen = null;
            if (pool == null || pool.isEmpty()) {
                unmatchedOfSide[side]++;
            } else {
                // a random pick, the last one moved into its place
                int at = random.nextInt(pool.size());
                chosen = pool.get(at);
                pool.set(at, pool.get(pool.size() - 1));
                pool.remove(pool.size() - 1);
            }
            rows.add(new Object[]{side == 0 ? "MENTEE" : "MENTOR", participant[0], people.number(person),
                    chosen == null ? null : people.number(chosen)});
        }
        unmatched += unmatchedOfSide[0] + unmatchedOfSide[1];
        group.add(program.id(), start, random.nextLong(), program.start(), unmatchedOfSide[1], unmatchedOfSide[0]);
        for (Object[] row : rows) {
            member.add(ids.next("comparison_member"), program.id(), row[0], row[1], row[2], row[3]);
        }
    }

    /** Everyone who may be chosen, by what they are matched on, in employee order. */
    private static Map<Key, List<Integer>> candidates(ProgramPart.Program program, EmploymentHistory[] histories,
                                                      LocalDate start) {
        boolean[] rostered = new boolean[histories.length];
        program.roster().forEach(person -> rostered[person] = true);
        Map<Key, List<Integer>> pools = new HashMap<>();
        for (int i = 0; i < histories.length; i++) {
            if (rostered[i] || !histories[i].employedOn(start)) {
                continue;
            }
            Key key = key(histories[i], start);
            if (key != null) {
                pools.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return pools;
    }

    private static Key key(EmploymentHistory person, LocalDate start) {
        Integer grade = person.gradeOn(start);
        TenureBand band = TenureBand.of(person.hireDate(), start);
        if (person.department() == null || grade == null || band == null) {
            return null;
        }
        return new Key(person.department(), grade, band);
    }
}
