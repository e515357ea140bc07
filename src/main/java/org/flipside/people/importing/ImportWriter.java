package org.flipside.people.importing;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;
import org.flipside.people.NewEmployee;
import org.flipside.shared.StaleEditException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the whole directory in one query and writes an import's changes in JDBC batches: one statement per chunk of
 * rows instead of one round trip per person.
 */
@Component
class ImportWriter {

    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;

    ImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Employee> directory() {
        Map<String, Employee> people = new HashMap<>();
        Canonical canonical = new Canonical();
        jdbc.query("""
                select employee_number, full_name, email, department, job_title, grade, manager_number, hire_date,
                    birth_year, location, time_zone, languages, status, updated_at, version from employee""", rs -> {
            Date hired = rs.getDate(8);
            String languages = rs.getString(12);
            Employee e = new Employee(rs.getString(1), rs.getString(2), rs.getString(3), canonical.of(rs.getString(4)),
                    canonical.of(rs.getString(5)), rs.getObject(6, Integer.class), canonical.of(rs.getString(7)),
                    hired == null ? null : hired.toLocalDate(), rs.getObject(9, Integer.class),
                    canonical.of(rs.getString(10)), canonical.of(rs.getString(11)), languages == null ? List.of()
                    : canonical.of(Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList()), EmploymentStatus.valueOf(rs.getString(13)), null, rs.getLong(15));
            people.put(e.employeeNumber(), e);
        });
        return people;
    }

    /** The leave dates known now, by employee number; people without one are absent. */
    Map<String, LocalDate> leaveDates() {
        Map<String, LocalDate> dates = new HashMap<>();
        jdbc.query("select employee_number, leave_date from employee where leave_date is not null",
                rs -> {
                    dates.put(rs.getString(1), rs.getDate(2).toLocalDate());
                });
        return dates;
    }

    void insert(List<NewEmployee> people, Map<String, LocalDate> leaveDates, Timestamp now) {
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<NewEmployee> chunk = people.subList(from, Math.min(from + CHUNK, people.size()));
            jdbc.batchUpdate("""
                    insert into employee (full_name, email, department, job_title, grade, manager_number, hire_date,
                        birth_year, location, time_zone, languages, status, employee_number, created_at, updated_at,
                        leave_date, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", chunk, chunk.size(), (ps, e) -> {
                fields(ps, e);
                ps.setString(13, e.employeeNumber());
                ps.setTimestamp(14, now);
                ps.setTimestamp(15, now);
                ps.setDate(16, sqlDate(leaveDates.get(e.employeeNumber())));
            });
        }
    }

    /** Records the grade changes an import applies, all in one batch per chunk. */
    void levelChanges(List<LevelChange> changes, String source, Timestamp now) {
        for (int from = 0; from < changes.size(); from += CHUNK) {
            List<LevelChange> chunk = changes.subList(from, Math.min(from + CHUNK, changes.size()));
            jdbc.batchUpdate("""
                    insert into level_change (employee_number, from_grade, to_grade, effective_date, source,
                        recorded_at)
                    values (?, ?, ?, ?, ?, ?)""", chunk, chunk.size(), (ps, c) -> {
                ps.setString(1, c.employeeNumber());
                setInt(ps, 2, c.fromGrade());
                ps.setInt(3, c.toGrade());
                ps.setDate(4, Date.valueOf(c.effectiveDate()));
                ps.setString(5, source);
                ps.setTimestamp(6, now);
            });
        }
    }

    private static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** Updates people changed since the plan only if nobody changed them in between. */
    void update(List<ImportCheck.Update> updates, Map<String, LocalDate> leaveDates, Timestamp now) {
        for (int from = 0; from < updates.size(); from += CHUNK) {
            List<ImportCheck.Update> chunk = updates.subList(from, Math.min(from + CHUNK, updates.size()));
            int[][] counts = jdbc.batchUpdate("""
                    update employee set full_name = ?, email = ?, department = ?, job_title = ?, grade = ?,
                        manager_number = ?, hire_date = ?, birth_year = ?, location = ?, time_zone = ?, languages = ?,
                        status = ?, updated_at = ?, leave_date = ?, version = version + 1
                    where employee_number = ? and version = ?""", chunk, chunk.size(), (ps, u) -> {
                fields(ps, u.employee());
                ps.setTimestamp(13, now);
                ps.setDate(14, sqlDate(leaveDates.get(u.employee().employeeNumber())));
                ps.setString(15, u.employee().employeeNumber());
                ps.setLong(16, u.version());
            });
            for (int[] batch : counts) {
                for (int count : batch) {
                    if (count == 0) {
                        throw new StaleEditException("Employee", "import");
                    }
                }
            }
        }
    }

    private static void fields(PreparedStatement ps, NewEmployee e) throws SQLException {
        ps.setString(1, e.fullName());
        ps.setString(2, e.email());
        ps.setString(3, e.department());
        ps.setString(4, e.jobTitle());
        setInt(ps, 5, e.grade());
        ps.setString(6, e.managerNumber());
        ps.setDate(7, e.hireDate() == null ? null : Date.valueOf(e.hireDate()));
        setInt(ps, 8, e.birthYear());
        ps.setString(9, e.location());
        ps.setString(10, e.timeZone());
        ps.setString(11, e.languages().isEmpty() ? null : String.join(",", e.languages()));
        ps.setString(12, e.status().name());
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
