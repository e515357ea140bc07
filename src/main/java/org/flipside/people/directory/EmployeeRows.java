package org.flipside.people.directory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;

/** Maps employee rows; languages are stored as one comma-separated column. */
final class EmployeeRows {

    static final String COLUMNS = """
            employee_number, full_name, email, department, job_title, grade, manager_number, hire_date, birth_year,
            location, time_zone, languages, status, updated_at, version""";

    private EmployeeRows() {
    }

    static Employee map(ResultSet rs, int row) throws SQLException {
        Date hireDate = rs.getDate("hire_date");
        Timestamp updatedAt = rs.getTimestamp("updated_at");
        return new Employee(rs.getString("employee_number"), rs.getString("full_name"), rs.getString("email"),
                rs.getString("department"), rs.getString("job_title"), rs.getObject("grade", Integer.class),
                rs.getString("manager_number"), hireDate == null ? null : hireDate.toLocalDate(),
                rs.getObject("birth_year", Integer.class), rs.getString("location"), rs.getString("time_zone"),
                splitLanguages(rs.getString("languages")), EmploymentStatus.valueOf(rs.getString("status")),
                updatedAt == null ? null : updatedAt.toInstant(), rs.getLong("version"));
    }

    static List<String> splitLanguages(String languages) {
        if (languages == null || languages.isBlank()) {
            return List.of();
        }
        return Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String joinLanguages(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            return null;
        }
        return String.join(",", languages.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
