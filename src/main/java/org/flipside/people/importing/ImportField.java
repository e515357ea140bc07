package org.flipside.people.importing;

import java.util.List;
import java.util.Locale;

/** Our directory fields that a column of an HR export can fill, with the header names HR systems commonly use. */
public enum ImportField {
    EMPLOYEE_NUMBER("employeeNumber", true, "employee id", "employee number", "emp id", "employee no", "id", "staff id", "personnel number", "worker id"),
    FULL_NAME("fullName", true, "name", "full name", "employee name", "display name"),
    EMAIL("email", true, "email", "work email", "e-mail", "email address", "mail"),
    DEPARTMENT("department", false, "department", "dept", "division", "team"),
    JOB_TITLE("jobTitle", false, "job title", "title", "position", "role"),
    GRADE("grade", false, "grade", "level", "job level", "band", "grade level"),
    MANAGER_NUMBER("managerNumber", false, "manager id", "manager employee id", "manager number", "manager", "reports to", "supervisor id", "line manager id"),
    HIRE_DATE("hireDate", false, "hire date", "start date", "date of hire", "joined", "joining date"),
    BIRTH_YEAR("birthYear", false, "birth year", "year of birth"),
    LOCATION("location", false, "location", "office", "site", "city"),
    TIME_ZONE("timeZone", false, "time zone", "timezone", "tz"),
    LANGUAGES("languages", false, "languages", "language", "spoken languages"),
    STATUS("status", false, "status", "employment status", "employee status"),
    LEAVE_DATE("leaveDate", false, "leave date", "leaving date", "termination date", "exit date", "end date"),
    GRADE_SINCE("gradeSince", false, "grade since", "level since", "grade date", "grade effective date");

    private final String key;
    private final boolean required;
    private final List<String> headerNames;

    ImportField(String key, boolean required, String... headerNames) {
        this.key = key;
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    /** The name used in forms, the API and message keys ({@code field.<key>}). */
    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    /** Whether a file's header most likely means this field: case, spaces, dashes and underscores are ignored. */
    boolean matchesHeader(String header) {
        String wanted = simplify(header);
        return simplify(key).equals(wanted) || headerNames.stream().anyMatch(name -> simplify(name).equals(wanted));
    }

    static String simplify(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    public static ImportField byKey(String key) {
        for (ImportField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        return null;
    }
}
