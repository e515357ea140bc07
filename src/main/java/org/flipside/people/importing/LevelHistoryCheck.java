package org.flipside.people.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.LevelChange;

/**
 * Reads a level-history file (employee number, effective date, grade) and checks every row against the file and the
 * directory. Pure: the same file, directory and day always give the same rows and problems.
 */
final class LevelHistoryCheck {

    static final String NUMBER = "employeeNumber";
    static final String DATE = "effectiveDate";
    static final String GRADE = "grade";

    private static final List<String> DATE_HEADERS = List.of("effectivedate", "date", "since", "gradesince",
            "levelsince", "changedate", "effective");

    private LevelHistoryCheck() {
    }

    /** The file's columns for our three fields, by header name; a missing one is absent. */
    static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        find(headers, ImportField.EMPLOYEE_NUMBER::matchesHeader).ifPresent(i -> columns.put(NUMBER, i));
        find(headers, h -> DATE_HEADERS.contains(ImportField.simplify(h))).ifPresent(i -> columns.put(DATE, i));
        find(headers, ImportField.GRADE::matchesHeader).ifPresent(i -> columns.put(GRADE, i));
        return columns;
    }

    private static java.util.Optional<Integer> find(List<String> headers, Predicate<String> wanted) {
        for (int i = 0; i < headers.size(); i++) {
            if (wanted.test(headers.get(i))) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /** Every employee number the file names, to look them up in one go. */
    static List<String> numbers(CsvFile file, List<String> headers) {
        Integer column = columns(headers).get(NUMBER);
        List<String> numbers = new ArrayList<>();
        file.forEachRow(row -> {
            String number = cell(row, column);
            if (number != null) {
                numbers.add(number);
            }
        });
        return numbers;
    }

    record Result(List<LevelHistoryRow> rows, int rowCount, List<ImportProblem> problems) {
    }

    /**
     * @param people the directory's history of everyone the file names, by employee number
     */
    static Result check(CsvFile file, List<String> headers, Map<String, EmploymentHistory> people, LocalDate today) {
        Map<String, Integer> columns = columns(headers);
        List<LevelHistoryRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Set<String> recorded = new HashSet<>();
        people.values().forEach(p -> p.levelChanges().forEach(c -> recorded.add(key(c.employeeNumber(),
                c.effectiveDate()))));
        int[] count = {0};
        file.forEachRow(row -> {
            count[0]++;
            int before = problems.size();
            long n = row.number();
            String number = cell(row, columns.get(NUMBER));
            String dateText = cell(row, columns.get(DATE));
            String gradeText = cell(row, columns.get(GRADE));
            EmploymentHistory person = null;
            if (number == null) {
                problems.add(ImportProblem.of(n, headers.get(columns.get(NUMBER)), "people.import.required",
                        "This value is required."));
            } else {
                person = people.get(number);
                if (person == null) {
                    problems.add(ImportProblem.of(n, headers.get(columns.get(NUMBER)), "people.levels.unknownEmployee",
                            "Nobody in the directory has employee id " + number + ".", number));
                }
            }
            LocalDate day = date(dateText, n, headers.get(columns.get(DATE)), person, today, problems);
            Integer grade = grade(gradeText, n, headers.get(columns.get(GRADE)), problems);
            if (number != null && day != null) {
                Long first = seen.putIfAbsent(key(number, day), n);
                if (first != null) {
                    problems.add(ImportProblem.of(n, headers.get(columns.get(DATE)), "people.levels.duplicate",
                            "Employee id " + number + " has a change on " + day + " in row " + first + " too.",
                            number, day.toString(), first));
                } else if (recorded.contains(key(number, day))) {
                    problems.add(ImportProblem.of(n, headers.get(columns.get(DATE)), "people.levels.recorded",
                            "Employee id " + number + " already has a level change on " + day + ".",
                            number, day.toString()));
                }
            }
            if (problems.size() == before) {
                rows.add(new LevelHistoryRow(n, number, day, grade));
            }
        });
        return new Result(rows, count[0], problems);
    }

    /** The rows as level changes, each from the grade in effect just before it in the merged history. */
    static List<LevelChange> changes(List<LevelHistoryRow> rows, Map<String, EmploymentHistory> people) {
        Map<String, List<LevelChange>> timeline = new HashMap<>();
        people.forEach((number, p) -> timeline.put(number, new ArrayList<>(p.levelChanges())));
        rows.forEach(r -> timeline.computeIfAbsent(r.employeeNumber(), k -> new ArrayList<>())
                .add(new LevelChange(r.employeeNumber(), null, r.grade(), r.effectiveDate())));
        List<LevelChange> changes = new ArrayList<>();
        for (LevelHistoryRow r : rows) {
            Integer before = null;
            LocalDate latest = null;
            for (LevelChange c : timeline.get(r.employeeNumber())) {
                if (c.effectiveDate().isBefore(r.effectiveDate())
                        && (latest == null || c.effectiveDate().isAfter(latest))) {
                    latest = c.effectiveDate();
                    before = c.toGrade();
                }
            }
            changes.add(new LevelChange(r.employeeNumber(), before, r.grade(), r.effectiveDate()));
        }
        return changes;
    }

    private static LocalDate date(String text, long n, String column, EmploymentHistory person, LocalDate today,
                                  List<ImportProblem> problems) {
        if (text == null) {
            problems.add(ImportProblem.of(n, column, "people.import.required", "This value is required."));
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(n, column, "people.import.date",
                    "'" + text + "' is not a date in the form yyyy-MM-dd.", text, "yyyy-MM-dd"));
            return null;
        }
        if (day.isAfter(today)) {
            problems.add(ImportProblem.of(n, column, "people.import.history.future",
                    "'" + text + "' is in the future: this date must be today or earlier.", text));
            return null;
        }
        if (person != null && person.hireDate() != null && day.isBefore(person.hireDate())) {
            problems.add(ImportProblem.of(n, column, "people.import.history.beforeHire",
                    "'" + text + "' is before the hire date " + person.hireDate() + ".", text,
                    person.hireDate().toString()));
            return null;
        }
        return day;
    }

    private static Integer grade(String text, long n, String column, List<ImportProblem> problems) {
        if (text == null) {
            problems.add(ImportProblem.of(n, column, "people.import.required", "This value is required."));
            return null;
        }
        try {
            int grade = Integer.parseInt(text);
            if (grade >= 0) {
                return grade;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ImportProblem.of(n, column, "people.import.grade",
                "The level must be a whole number of 0 or more, not '" + text + "'.", text));
        return null;
    }

    private static String cell(CsvFile.CsvRow row, Integer column) {
        String value = column == null ? null : row.cell(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String key(String number, LocalDate day) {
        return number + "\n" + day;
    }
}
