package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The employee directory: a management tree (four reports a manager, so the first in the list manage the later ones),
 * departments, grades from 12 at the top down to 2, hire dates, birth years that follow the grade loosely, leavers
 * with their leave date and level changes with their dates.
 */
final class DirectoryPart {

    static final String[] DEPARTMENTS = {"Engineering", "Sales", "Finance", "People", "Marketing", "Operations",
            "Legal", "Customer Success", "Product", "Data"};
    private static final String[] FIRST = {"Amara", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Giulia", "Hiro",
            "Ingrid", "Jonas", "Kavya", "Lena", "Mateo", "Noor", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tariq"};
    private static final String[] LAST = {"Okafor", "Costa", "Wei", "Fischer", "Nwosu", "Haddad", "Rossi", "Tanaka",
            "Berg", "Schmidt", "Raman", "Novak", "Garcia", "Khan", "Adeyemi", "Iyer", "Martin", "Silva", "Larsen", "Aziz"};
    private static final String[][] SITES = {{"London", "Europe/London"}, {"Berlin", "Europe/Berlin"},
            {"New York", "America/New_York"}, {"Singapore", "Asia/Singapore"}, {"Lagos", "Africa/Lagos"}};

    /** What the programs draw their people from. */
    record People(String prefix, int size, String[] numbers, String[] departments, String[] zones, int[] grades,
                  boolean[] leaver, List<Integer> seniors, List<Integer> juniors) {

        String number(int index) {
            return numbers[index];
        }
    }

    private DirectoryPart() {
    }

    static People write(Connection connection, Identities ids, String prefix, int size, Random random,
                        OffsetDateTime now) throws SQLException {
        String[] numbers = new String[size];
        String[] departments = new String[size];
        String[] zones = new String[size];
        int[] grades = new int[size];
        boolean[] leaver = new boolean[size];
        List<Integer> seniors = new ArrayList<>();
        List<Integer> juniors = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        try (BatchInsert employees = new BatchInsert(connection, "employee", "id, employee_number, full_name, email, "
                + "department, job_title, grade, manager_number, hire_date, birth_year, location, time_zone, languages, "
                + "status, created_at, updated_at, version, leave_date");
             BatchInsert changes = new BatchInsert(connection, "level_change", "id, employee_number, from_grade, "
                     + "to_grade, effective_date, source, recorded_at")) {
            for (int i = 0; i < size; i++) {
                numbers[i] = String.format("%s%07d", prefix, i);
                int manager = i == 0 ? -1 : (i - 1) / 4;
                grades[i] = Math.max(2, 12 - (int) Math.round(10 * Math.log(i + 1) / Math.log(size)));
                // a department is mostly inherited from the manager, so teams stay together
                departments[i] = manager < 0 || random.nextInt(10) == 0
                        ? DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] : departments[manager];
                String[] site = SITES[random.nextInt(SITES.length)];
                zones[i] = site[1];
                int birthYear = 2002 - grades[i] * 2 - random.nextInt(12);
                LocalDate hired = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(7_800));
                leaver[i] = i > 0 && random.nextInt(33) == 0;
                LocalDate left = leaver[i] ? today.minusDays(1 + random.nextInt(540)) : null;
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                employees.add(ids.next("employee"), numbers[i], first + " " + last,
                        first.toLowerCase() + "." + numbers[i].toLowerCase() + "@example.com", departments[i],
                        grades[i] >= 8 ? "Director" : grades[i] >= 5 ? "Manager" : "Specialist", grades[i],
                        manager < 0 ? null : numbers[manager], hired, birthYear, site[0], site[1], "English",
                        leaver[i] ? "LEAVER" : "ACTIVE", now, now, 0L, left);
                if (random.nextInt(12) == 0 && grades[i] > 2) {
                    LocalDate effective = today.minusDays(30 + random.nextInt(700));
                    changes.add(ids.next("level_change"), numbers[i], grades[i] - 1, grades[i], effective, "IMPORT", now);
                }
                if (!leaver[i]) {
                    if (i < size / 5) {
                        seniors.add(i);
                    } else if (i >= size * 2 / 5) {
                        juniors.add(i);
                    }
                }
            }
        }
        return new People(prefix, size, numbers, departments, zones, grades, leaver, seniors, juniors);
    }
}
