package org.flipside.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.EmploymentStatus;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageRequests;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Directory filters exactly as they arrived in the query string. Kept as text so that a value like
 * {@code gradeMin=abc} becomes a problem naming the field instead of a generic conversion error, and so the page
 * can show back what the user typed.
 *
 * @param grade shorthand for {@code gradeMin} and {@code gradeMax} both set to one grade
 */
record DirectoryFilter(String q, String department, String grade, String gradeMin, String gradeMax, String location,
                       String status, String page, String size) {

    static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null, null, null, null, null, null, null);
    }

    /** The typed query, or every problem found in the filters. */
    DirectoryQuery toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer exact = number("grade", grade, problems);
        Integer min = number("gradeMin", gradeMin, problems);
        Integer max = number("gradeMax", gradeMax, problems);
        if (exact != null) {
            min = min == null ? exact : min;
            max = max == null ? exact : max;
        }
        if (min != null && max != null && min > max) {
            problems.add(FieldProblem.of("gradeMax", "people.grade.range",
                    "The highest grade cannot be below the lowest grade."));
        }
        EmploymentStatus parsedStatus = status(problems);
        number("page", page, problems);
        number("size", size, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DirectoryQuery(q, department, min, max, location, parsedStatus);
    }

    int pageNumber() {
        return PageRequests.page(parseOrNull(page));
    }

    int pageSize() {
        return PageRequests.size(parseOrNull(size));
    }

    /** A link to another page of the same search, for the pager. */
    String link(int toPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/people");
        add(uri, "q", q);
        add(uri, "department", department);
        add(uri, "grade", grade);
        add(uri, "gradeMin", gradeMin);
        add(uri, "gradeMax", gradeMax);
        add(uri, "location", location);
        add(uri, "status", status);
        if (toPage > 0) {
            uri.queryParam("page", toPage);
        }
        add(uri, "size", size);
        return uri.encode().build().toUriString();
    }

    private EmploymentStatus status(List<FieldProblem> problems) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return EmploymentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("status", "people.filter.status",
                    "Use one of ACTIVE or LEAVER, not '" + status + "'.", status));
            return null;
        }
    }

    private static Integer number(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Integer parsed = parseOrNull(value);
        if (parsed == null) {
            problems.add(FieldProblem.of(field, "people.filter.number", "Use a whole number, not '" + value + "'.", value));
        }
        return parsed;
    }

    private static Integer parseOrNull(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
