package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;

/**
 * The employee directory: a management tree (four reports a manager, so the first in the list manage the later ones),
 * departments, grades from 12 at the top down to 2, hire dates, birth years that follow the grade loosely. It is
 * planned first and written once {@link CareerPart} has decided who left and who changed level, because that depends
 * on who takes part in which program.
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

    /**
     * What the programs draw their people from; {@code grades} are the grades before any level change
     * {@link CareerPart} adds. Mentees come from {@code seniors}, mentors from {@code juniors}.
     */
    record People(String prefix, int size, String[] numbers, String[] names, String[] departments, int[] sites,
                  int[] grades, LocalDate[] hired, int[] birthYears, List<Integer> seniors, List<Integer> juniors) {

        String number(int index) {
            return numbers[index];
        }

        String zone(int index) {
            return SITES[sites[index]][1];
        }
    }

    private DirectoryPart() {
    }

    static People plan(String prefix, int size, Random random, OffsetDateTime now) {
        String[] numbers = new String[size];
        String[] names = new String[size];
        String[] departments = new String[size];
        int[] sites = new int[size];
        int[] grades = new int[size];
        LocalDate[] hired = new LocalDate[size];
        int[] birthYears = new int[size];
        List<Integer> seniors = new ArrayList<>();
        List<Integer> juniors = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        for (int i = 0; i < size; i++) {
            numbers[i] = String.format("%s%07d", prefix, i);
            int manager = i == 0 ? -1 : (i - 1) / 4;
            grades[i] = Math.max(2, 12 - (int) Math.round(10 * Math.log(i + 1) / Math.log(size)));
            // a department is mostly inherited from the manager, so teams stay together
            departments[i] = manager < 0 || random.nextInt(10) == 0
                    ? DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] : departments[manager];
            sites[i] = random.nextInt(SITES.length);
            birthYears[i] = 2002 - grades[i] * 2 - random.nextInt(12);
            // everyone was hired more than a year ago, so all of them had been here before any program invited them
            hired[i] = today.minusDays(400 + random.nextInt(7_800));
            names[i] = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            if (i < size / 5) {
                seniors.add(i);
            } else if (i >= size * 2 / 5) {
                juniors.add(i);
            }
        }
        return new People(prefix, size, numbers, names, departments, sites, grades, hired, birthYears, seniors,
                juniors);
    }

    /** Writes everyone as {@code histories} (by index) has them: today's grade and status, leave date, level changes. */
    static void write(Connection connection, Identities ids, People people, EmploymentHistory[] histories,
                      OffsetDateTime now) throws SQLException {
        try (BatchInsert employees = new BatchInsert(connection, "employee", "id, employee_number, full_name, email, "
                + "department, job_title, grade, manager_number, hire_date, birth_year, location, time_zone, languages, "
                + "status, created_at, updated_at, version, leave_date");
             BatchInsert changes = new BatchInsert(connection, "level_change", "id, employee_number, from_grade, "
                     + "to_grade, effective_date, source, recorded_at")) {
            for (int i = 0; i < people.size(); i++) {
                EmploymentHistory history = histories[i];
                String number = people.number(i);
                int manager = i == 0 ? -1 : (i - 1) / 4;
                int grade = history.grade();
                String first = people.names()[i].substring(0, people.names()[i].indexOf(' '));
                String[] site = SITES[people.sites()[i]];
                boolean leaver = history.status() == EmploymentStatus.LEAVER;
                employees.add(ids.next("employee"), number, people.names()[i],
                        first.toLowerCase() + "." + number.toLowerCase() + "@example.com", people.departments()[i],
                        grade >= 8 ? "Director" : grade >= 5 ? "Manager" : "Specialist", grade,
                        manager < 0 ? null : people.number(manager), people.hired()[i], people.birthYears()[i],
                        site[0], site[1], "English", leaver ? "LEAVER" : "ACTIVE", now, now, 0L,
                        history.leaveDate());
                for (LevelChange change : history.levelChanges()) {
                    changes.add(ids.next("level_change"), number, change.fromGrade(), change.toGrade(),
                            change.effectiveDate(), "IMPORT", now);
                }
            }
        }
    }
}
