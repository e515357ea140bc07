package org.flipside.people;

/**
 * Filters for a directory search. Every part is optional; {@code null} or blank means "any".
 *
 * @param text     matched case-insensitively anywhere in name, email, employee number or job title
 * @param gradeMin lowest grade to include
 * @param gradeMax highest grade to include
 */
public record DirectoryQuery(String text, String department, Integer gradeMin, Integer gradeMax, String location,
                             EmploymentStatus status) {

    public DirectoryQuery {
        text = blankToNull(text);
        department = blankToNull(department);
        location = blankToNull(location);
    }

    public static DirectoryQuery everyone() {
        return new DirectoryQuery(null, null, null, null, null, null);
    }

    public static DirectoryQuery text(String text) {
        return new DirectoryQuery(text, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
