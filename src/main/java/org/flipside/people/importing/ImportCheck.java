package org.flipside.people.importing;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;
import org.flipside.people.NewEmployee;
import org.flipside.people.reporting.ReportingForest;

/**
 * Checks the rows against each other and against the directory, and works out what an import would do. Pure: it
 * reads nothing and writes nothing, so the same inputs always give the same plan.
 */
final class ImportCheck {

    private ImportCheck() {
    }

    /** Reads the file with the mapping and checks it against the directory as given. */
    static ImportPlan plan(byte[] content, List<String> headers, ColumnMapping mapping, ImportOptions options,
                           Map<String, Employee> existing, Map<String, LocalDate> leaveDates, LocalDate today) {
        RowReader reader = new RowReader(headers, mapping, today);
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CsvFile.of(content).forEachRow(row -> rows.add(reader.read(row, problems::add)));
        return plan(rows, problems, existing, leaveDates, today, options,
                reader.column(ImportField.EMPLOYEE_NUMBER), reader.column(ImportField.MANAGER_NUMBER));
    }

    /**
     * @param rows        every row of the file, in file order
     * @param rowProblems what {@link RowReader} found
     * @param existing    the directory now, by employee number
     * @param leaveDates  the leave dates the directory holds now, by employee number
     * @param today       the import day: the effective date of a grade change whose row gives no date
     * @param managerColumn the file's header of the manager column, for problems
     */
    static ImportPlan plan(List<ImportRow> rows, List<ImportProblem> rowProblems, Map<String, Employee> existing,
                           Map<String, LocalDate> leaveDates, LocalDate today, ImportOptions options,
                           String numberColumn, String managerColumn) {
        List<ImportProblem> problems = new ArrayList<>(rowProblems);
        Set<Long> bad = new HashSet<>();
        rowProblems.forEach(p -> bad.add(p.row()));

        Map<String, ImportRow> byNumber = new HashMap<>(rows.size() * 2);
        for (ImportRow row : rows) {
            String number = row.employee().employeeNumber();
            if (number == null) {
                continue;
            }
            ImportRow first = byNumber.putIfAbsent(number, row);
            if (first != null) {
                problems.add(ImportProblem.of(row.row(), numberColumn, "people.import.duplicate",
                        "Employee id " + number + " is also in row " + first.row() + ".", number, first.row()));
                bad.add(row.row());
            }
        }

        Map<String, String> managerOf = new HashMap<>(existing.size() * 2 + rows.size());
        existing.forEach((number, e) -> managerOf.put(number, e.managerNumber()));
        for (ImportRow row : byNumber.values()) {
            NewEmployee e = row.employee();
            String manager = e.managerNumber();
            managerOf.put(e.employeeNumber(), manager);
            if (manager == null) {
                continue;
            }
            if (manager.equals(e.employeeNumber())) {
                problems.add(ImportProblem.of(row.row(), managerColumn, "people.import.selfManager",
                        "A person cannot be their own manager."));
                bad.add(row.row());
            } else if (!byNumber.containsKey(manager) && !existing.containsKey(manager)) {
                problems.add(ImportProblem.of(row.row(), managerColumn, "people.import.unknownManager",
                        "Manager id " + manager + " is neither in the file nor in the directory.", manager));
                bad.add(row.row());
            }
        }
        for (List<String> cycle : ReportingForest.of(managerOf).cycles()) {
            String path = String.join(" → ", cycle) + " → " + cycle.get(0);
            for (String number : cycle) {
                ImportRow row = byNumber.get(number);
                if (row != null) {
                    problems.add(ImportProblem.of(row.row(), managerColumn, "people.import.cycle",
                            "The reporting lines go round in a circle: " + path + ".", path));
                    bad.add(row.row());
                }
            }
        }
        if (options.partial()) {
            rejectReportsOfRejected(byNumber, existing, bad, problems, managerColumn);
        }

        List<NewEmployee> creates = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        Map<String, LocalDate> newLeaveDates = new HashMap<>();
        List<LevelChange> levelChanges = new ArrayList<>();
        int unchanged = 0;
        for (ImportRow row : rows) {
            String number = row.employee().employeeNumber();
            if (bad.contains(row.row()) || number == null || byNumber.get(number) != row) {
                continue;
            }
            Employee now = existing.get(number);
            LocalDate leaveDate = leaveDate(row, leaveDates.get(number));
            if (leaveDate != null) {
                newLeaveDates.put(number, leaveDate);
            }
            if (now == null) {
                creates.add(row.employee());
            } else if (same(now, row.employee()) && Objects.equals(leaveDates.get(number), leaveDate)) {
                unchanged++;
            } else {
                updates.add(new Update(row.employee(), now.version()));
                Integer from = now.grade();
                Integer to = row.employee().grade();
                if (from != null && to != null && !from.equals(to)) {
                    levelChanges.add(new LevelChange(number, from, to,
                            row.gradeSince() != null ? row.gradeSince() : today));
                }
            }
        }
        List<Update> leavers = new ArrayList<>();
        if (options.fullSync()) {
            existing.values().stream()
                    .filter(e -> e.status() == EmploymentStatus.ACTIVE && !byNumber.containsKey(e.employeeNumber()))
                    .sorted(Comparator.comparing(Employee::employeeNumber))
                    .forEach(e -> {
                        leavers.add(new Update(leaver(e), e.version()));
                        // missing from today's export: they had left by today, the latest the file lets us say
                        newLeaveDates.put(e.employeeNumber(), today);
                    });
        }
        problems.sort(Comparator.comparingLong(ImportProblem::row));
        return new ImportPlan(rows.size(), creates, updates, unchanged, leavers, bad.size(), problems, newLeaveDates,
                levelChanges);
    }

    /** The row's leave date; a leaver row without one keeps the date already known; an active row has none. */
    private static LocalDate leaveDate(ImportRow row, LocalDate known) {
        if (row.leaveDate() != null) {
            return row.leaveDate();
        }
        return row.employee().status() == EmploymentStatus.LEAVER ? known : null;
    }

    /** In a partial import, someone whose manager's row is rejected and not in the directory cannot be written either. */
    private static void rejectReportsOfRejected(Map<String, ImportRow> byNumber, Map<String, Employee> existing,
                                                Set<Long> bad, List<ImportProblem> problems, String managerColumn) {
        Map<String, List<ImportRow>> reports = new HashMap<>();
        Deque<ImportRow> rejected = new ArrayDeque<>();
        for (ImportRow row : byNumber.values()) {
            String manager = row.employee().managerNumber();
            if (manager != null) {
                reports.computeIfAbsent(manager, m -> new ArrayList<>()).add(row);
            }
            if (bad.contains(row.row())) {
                rejected.add(row);
            }
        }
        while (!rejected.isEmpty()) {
            ImportRow manager = rejected.pop();
            String number = manager.employee().employeeNumber();
            if (existing.containsKey(number)) {
                continue;
            }
            for (ImportRow report : reports.getOrDefault(number, List.of())) {
                if (bad.add(report.row())) {
                    problems.add(ImportProblem.of(report.row(), managerColumn, "people.import.managerRejected",
                            "The manager's row (" + manager.row() + ") is not imported, so this row cannot be either.",
                            manager.row()));
                    rejected.add(report);
                }
            }
        }
    }

    static boolean same(Employee now, NewEmployee e) {
        return Objects.equals(now.fullName(), e.fullName()) && Objects.equals(now.email(), e.email())
                && Objects.equals(now.department(), e.department()) && Objects.equals(now.jobTitle(), e.jobTitle())
                && Objects.equals(now.grade(), e.grade()) && Objects.equals(now.managerNumber(), e.managerNumber())
                && Objects.equals(now.hireDate(), e.hireDate()) && Objects.equals(now.birthYear(), e.birthYear())
                && Objects.equals(now.location(), e.location()) && Objects.equals(now.timeZone(), e.timeZone())
                && Objects.equals(now.languages(), e.languages()) && now.status() == e.status();
    }

    private static NewEmployee leaver(Employee e) {
        return new NewEmployee(e.employeeNumber(), e.fullName(), e.email(), e.department(), e.jobTitle(), e.grade(),
                e.managerNumber(), e.hireDate(), e.birthYear(), e.location(), e.timeZone(), e.languages(),
                EmploymentStatus.LEAVER);
    }

    /** A changed person and the version the change was worked out from. */
    record Update(NewEmployee employee, long version) {
    }
}
