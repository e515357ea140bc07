package org.flipside.people.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.people.DirectoryQuery;

/**
 * The where-clause for a directory query, built only from the filters that are set so the database can use its
 * indexes for the rest. Values always travel as parameters, never inside the SQL text.
 */
record SearchSql(String where, Map<String, Object> parameters) {

    static SearchSql of(DirectoryQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.text() != null) {
            conditions.add("""
                    (lower(full_name) like :text escape '\\' or lower(email) like :text escape '\\'
                     or lower(employee_number) like :text escape '\\' or lower(coalesce(job_title, '')) like :text escape '\\')""");
            parameters.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.department() != null) {
            conditions.add("department = :department");
            parameters.put("department", query.department());
        }
        if (query.location() != null) {
            conditions.add("location = :location");
            parameters.put("location", query.location());
        }
        if (query.gradeMin() != null) {
            conditions.add("grade >= :gradeMin");
            parameters.put("gradeMin", query.gradeMin());
        }
        if (query.gradeMax() != null) {
            conditions.add("grade <= :gradeMax");
            parameters.put("gradeMax", query.gradeMax());
        }
        if (query.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", query.status().name());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new SearchSql(where, parameters);
    }

    /** A user searching for "50%" means the characters, not a wildcard. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
