package org.flipside.people.directory;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flipside.people.NewEmployee;
import org.flipside.shared.FieldProblem;

/**
 * Checks people before they are added. Problems name the row ({@code employees[3].email}) so that an import can
 * tell the user exactly which line to fix.
 */
final class NewEmployeeRules {

    private NewEmployeeRules() {
    }

    static List<FieldProblem> check(List<NewEmployee> employees, Set<String> numbersTaken) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < employees.size(); row++) {
            NewEmployee e = employees.get(row);
            String at = "employees[" + row + "].";
            if (e == null) {
                problems.add(FieldProblem.of("employees[" + row + "]", "people.employee.missing", "The row is empty."));
                continue;
            }
            if (required(problems, at + "employeeNumber", e.employeeNumber(), 64)) {
                String number = e.employeeNumber().strip();
                if (!seen.add(number)) {
                    problems.add(FieldProblem.of(at + "employeeNumber", "people.employeeNumber.duplicate",
                            "Employee number " + number + " appears more than once.", number));
                } else if (numbersTaken.contains(number)) {
                    problems.add(FieldProblem.of(at + "employeeNumber", "people.employeeNumber.taken",
                            "Employee number " + number + " is already in the directory.", number));
                }
                if (number.equals(strip(e.managerNumber()))) {
                    problems.add(FieldProblem.of(at + "managerNumber", "people.managerNumber.self",
                            "A person cannot be their own manager."));
                }
            }
            required(problems, at + "fullName", e.fullName(), 200);
            if (required(problems, at + "email", e.email(), 320) && !e.email().contains("@")) {
                problems.add(FieldProblem.of(at + "email", "people.email.format", "This is not an email address."));
            }
            optional(problems, at + "department", e.department(), 120);
            optional(problems, at + "jobTitle", e.jobTitle(), 200);
            optional(problems, at + "managerNumber", e.managerNumber(), 64);
            optional(problems, at + "location", e.location(), 120);
            if (e.grade() != null && e.grade() < 0) {
                problems.add(FieldProblem.of(at + "grade", "people.grade.negative", "The grade cannot be negative."));
            }
            if (e.timeZone() != null && !e.timeZone().isBlank() && !knownZone(e.timeZone().strip())) {
                problems.add(FieldProblem.of(at + "timeZone", "people.timeZone.unknown",
                        "'" + e.timeZone() + "' is not a known time zone.", e.timeZone()));
            }
            String languages = EmployeeRows.joinLanguages(e.languages());
            if (languages != null && languages.length() > 300) {
                problems.add(FieldProblem.of(at + "languages", "people.field.tooLong",
                        "Use at most 300 characters.", 300));
            }
            if (e.status() == null) {
                problems.add(FieldProblem.of(at + "status", "people.status.required", "Say whether the person is active."));
            }
        }
        return problems;
    }

    private static boolean required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "people.field.required", "This field is required."));
            return false;
        }
        return optional(problems, field, value, max);
    }

    private static boolean optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "people.field.tooLong", "Use at most " + max + " characters.", max));
            return false;
        }
        return true;
    }

    private static boolean knownZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
