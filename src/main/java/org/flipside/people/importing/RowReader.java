package org.flipside.people.importing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;

/**
 * Reads one row into our fields and reports every cell that does not fit. Knows nothing about other rows or the
 * directory: duplicates, managers and cycles are {@link ImportCheck}'s job.
 */
final class RowReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final Set<String> LEAVER_WORDS = Set.of("leaver", "left", "terminated", "inactive", "former");
    private static final Set<String> ACTIVE_WORDS = Set.of("active", "employed", "current");
    private static final Map<ImportField, Integer> MAX_LENGTH = Map.of(ImportField.EMPLOYEE_NUMBER, 64,
            ImportField.FULL_NAME, 200, ImportField.EMAIL, 320, ImportField.DEPARTMENT, 120, ImportField.JOB_TITLE, 200,
            ImportField.MANAGER_NUMBER, 64, ImportField.LOCATION, 120, ImportField.LANGUAGES, 300);

    private final Map<ImportField, Integer> index = new EnumMap<>(ImportField.class);
    private final ColumnMapping mapping;
    private final DateTimeFormatter userDates;
    private final int oldestBirthYear = 1900;
    private final int youngestBirthYear;
    private final LocalDate today;
    private final Canonical canonical = new Canonical();

    RowReader(List<String> headers, ColumnMapping mapping, LocalDate today) {
        this.today = today;
        int currentYear = today.getYear();
        this.mapping = mapping;
        mapping.columns().forEach((field, header) -> index.put(field, headers.indexOf(header)));
        this.userDates = mapping.dateFormat() == null ? null
                : DateTimeFormatter.ofPattern(mapping.dateFormat().replace('y', 'u'), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
        this.youngestBirthYear = currentYear - 14;
    }

    ImportRow read(CsvFile.CsvRow row, Consumer<ImportProblem> problems) {
        long n = row.number();
        Cells cells = new Cells(row, problems);
        String number = cells.text(ImportField.EMPLOYEE_NUMBER);
        String name = cells.text(ImportField.FULL_NAME);
        String email = cells.text(ImportField.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.accept(ImportProblem.of(n, column(ImportField.EMAIL), "people.import.email",
                    "'" + email + "' is not an email address.", email));
        }
        Integer grade = cells.number(ImportField.GRADE, "people.import.grade",
                "The level must be a whole number of 0 or more, not '%s'.");
        if (grade != null && grade < 0) {
            problems.accept(ImportProblem.of(n, column(ImportField.GRADE), "people.import.grade",
                    "The level must be a whole number of 0 or more, not '" + grade + "'.", String.valueOf(grade)));
            grade = null;
        }
        Integer birthYear = cells.number(ImportField.BIRTH_YEAR, "people.import.birthYear",
                "The birth year must be a year from " + oldestBirthYear + " to " + youngestBirthYear + ", not '%s'.", oldestBirthYear, youngestBirthYear);
        if (birthYear != null && (birthYear < oldestBirthYear || birthYear > youngestBirthYear)) {
            problems.accept(ImportProblem.of(n, column(ImportField.BIRTH_YEAR), "people.import.birthYear",
                    "The birth year must be a year from " + oldestBirthYear + " to " + youngestBirthYear + ", not '"
                            + birthYear + "'.", String.valueOf(birthYear), oldestBirthYear, youngestBirthYear));
            birthYear = null;
        }
        String zone = cells.text(ImportField.TIME_ZONE);
        if (zone != null && !ZONES.contains(zone)) {
            problems.accept(ImportProblem.of(n, column(ImportField.TIME_ZONE), "people.import.timeZone",
                    "'" + zone + "' is not an IANA time zone such as Europe/London.", zone));
        }
        String languageText = cells.text(ImportField.LANGUAGES);
        List<String> languages = languageText == null ? List.of()
                : Arrays.stream(languageText.split("[,;|]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        LocalDate hired = date(ImportField.HIRE_DATE, cells.text(ImportField.HIRE_DATE), n, problems);
        LocalDate left = pastDate(ImportField.LEAVE_DATE, cells, hired, n, problems);
        LocalDate gradeSince = pastDate(ImportField.GRADE_SINCE, cells, hired, n, problems);
        EmploymentStatus status = status(cells.text(ImportField.STATUS), n, problems);
        NewEmployee employee = new NewEmployee(number, name, email, canonical.of(cells.text(ImportField.DEPARTMENT)),
                canonical.of(cells.text(ImportField.JOB_TITLE)), grade,
                canonical.of(cells.text(ImportField.MANAGER_NUMBER)), hired, birthYear,
                canonical.of(cells.text(ImportField.LOCATION)), canonical.of(zone), canonical.of(languages),
                left != null && status != null ? EmploymentStatus.LEAVER : status);
        return new ImportRow(n, employee, left, gradeSince);
    }

    /** A history date: not after today (nothing is known of the future) and not before the hire date. */
    private LocalDate pastDate(ImportField field, Cells cells, LocalDate hired, long n,
                               Consumer<ImportProblem> problems) {
        String text = cells.text(field);
        LocalDate day = date(field, text, n, problems);
        if (day == null) {
            return null;
        }
        if (day.isAfter(today)) {
            problems.accept(ImportProblem.of(n, column(field), "people.import.history.future",
                    "'" + text + "' is in the future: this date must be today or earlier.", text));
            return null;
        }
        if (hired != null && day.isBefore(hired)) {
            problems.accept(ImportProblem.of(n, column(field), "people.import.history.beforeHire",
                    "'" + text + "' is before the hire date " + hired + ".", text, hired.toString()));
            return null;
        }
        return day;
    }

    String column(ImportField field) {
        String header = mapping.header(field);
        return header == null ? field.key() : header;
    }

    private LocalDate date(ImportField field, String text, long n, Consumer<ImportProblem> problems) {
        if (text == null) {
            return null;
        }
        boolean isoShape = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
        try {
            if (isoShape) {
                return LocalDate.parse(text);
            }
            if (userDates != null) {
                return LocalDate.parse(text, userDates);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        String formats = userDates == null ? "yyyy-MM-dd" : "yyyy-MM-dd or " + mapping.dateFormat();
        problems.accept(ImportProblem.of(n, column(field), "people.import.date",
                "'" + text + "' is not a date in the form " + formats + ".", text, formats));
        return null;
    }

    private EmploymentStatus status(String text, long n, Consumer<ImportProblem> problems) {
        if (text == null) {
            return EmploymentStatus.ACTIVE;
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (ACTIVE_WORDS.contains(word)) {
            return EmploymentStatus.ACTIVE;
        }
        if (LEAVER_WORDS.contains(word)) {
            return EmploymentStatus.LEAVER;
        }
        problems.accept(ImportProblem.of(n, column(ImportField.STATUS), "people.import.status",
                "'" + text + "' is not an employment status: use ACTIVE or LEAVER.", text));
        return null;
    }

    /** The cells of one row by field: stripped, blank as {@code null}, missing required values and overlong text reported. */
    private final class Cells {
        private final CsvFile.CsvRow row;
        private final Consumer<ImportProblem> problems;

        Cells(CsvFile.CsvRow row, Consumer<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        String text(ImportField field) {
            Integer at = index.get(field);
            String value = at == null ? null : row.cell(at);
            value = value == null || value.isBlank() ? null : value.strip();
            if (value == null && field.required()) {
                problems.accept(ImportProblem.of(row.number(), column(field), "people.import.required",
                        "This value is required."));
            }
            Integer max = MAX_LENGTH.get(field);
            if (value != null && max != null && value.length() > max) {
                problems.accept(ImportProblem.of(row.number(), column(field), "people.import.tooLong",
                        "Use at most " + max + " characters.", max));
            }
            return value;
        }

        Integer number(ImportField field, String code, String message, Object... more) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                Object[] arguments = new Object[more.length + 1];
                arguments[0] = value;
                System.arraycopy(more, 0, arguments, 1, more.length);
                problems.accept(ImportProblem.of(row.number(), column(field), code, message.formatted(value), arguments));
                return null;
            }
        }
    }
}
