package org.flipside.people.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.flipside.people.DirectoryHistory;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DirectoryHistory} on the {@code employee} and {@code level_change} tables: two queries per chunk. */
@Service
@Transactional(readOnly = true)
class JdbcDirectoryHistory implements DirectoryHistory {

    private static final int CHUNK = 500;
    private static final String PERSON = """
            select employee_number, department, grade, hire_date, status, leave_date from employee""";
    private static final String CHANGES = """
            select lc.employee_number, lc.from_grade, lc.to_grade, lc.effective_date from level_change lc""";
    private static final String ORDER = " order by lc.employee_number, lc.effective_date, lc.id";

    private final JdbcClient jdbc;

    JdbcDirectoryHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, EmploymentHistory> of(Collection<String> employeeNumbers) {
        List<String> numbers = new ArrayList<>(new LinkedHashSet<>(employeeNumbers));
        Map<String, EmploymentHistory> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(from + CHUNK, numbers.size()));
            List<Person> people = jdbc.sql(PERSON + " where employee_number in (:numbers)")
                    .param("numbers", chunk).query(JdbcDirectoryHistory::person).list();
            Map<String, List<LevelChange>> changes = changes(jdbc.sql(
                    CHANGES + " where lc.employee_number in (:numbers)" + ORDER).param("numbers", chunk));
            people.forEach(p -> found.put(p.number(), p.with(changes)));
        }
        return found;
    }

    @Override
    public List<EmploymentHistory> inDepartments(Collection<String> departments) {
        List<String> names = List.copyOf(new LinkedHashSet<>(departments));
        if (names.isEmpty()) {
            return List.of();
        }
        List<Person> people = jdbc.sql(PERSON + " where department in (:departments) order by employee_number")
                .param("departments", names).query(JdbcDirectoryHistory::person).list();
        Map<String, List<LevelChange>> changes = changes(jdbc.sql(CHANGES
                + " join employee e on e.employee_number = lc.employee_number where e.department in (:departments)"
                + ORDER).param("departments", names));
        return people.stream().map(p -> p.with(changes)).toList();
    }

    private static Map<String, List<LevelChange>> changes(JdbcClient.StatementSpec query) {
        Map<String, List<LevelChange>> byPerson = new LinkedHashMap<>();
        query.query((rs, n) -> new LevelChange(rs.getString(1), rs.getObject(2, Integer.class), rs.getInt(3),
                        rs.getDate(4).toLocalDate())).list()
                .forEach(c -> byPerson.computeIfAbsent(c.employeeNumber(), k -> new ArrayList<>()).add(c));
        return byPerson;
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        Date hired = rs.getDate(4);
        Date left = rs.getDate(6);
        return new Person(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class),
                hired == null ? null : hired.toLocalDate(), EmploymentStatus.valueOf(rs.getString(5)),
                left == null ? null : left.toLocalDate());
    }

    private record Person(String number, String department, Integer grade, java.time.LocalDate hireDate,
                          EmploymentStatus status, java.time.LocalDate leaveDate) {

        EmploymentHistory with(Map<String, List<LevelChange>> changes) {
            return new EmploymentHistory(number, department, grade, hireDate, status, leaveDate,
                    changes.getOrDefault(number, List.of()));
        }
    }
}
