package org.flipside.people.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryChanged;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.Employee;
import org.flipside.people.NewEmployee;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory on the {@code employee} table. */
@Service
class JdbcDirectory implements Directory, DirectoryWriter {

    /** Rows per JDBC batch and per IN-list: large enough to be fast, small enough for every driver. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcDirectory(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AuditLog audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<Employee> search(DirectoryQuery query, int page, int size) {
        checkSearch(query, page, size);
        SearchSql sql = SearchSql.of(query);
        long total = jdbc.sql("select count(*) from employee" + sql.where())
                .params(sql.parameters())
                .query(Long.class).single();
        List<Employee> items = total <= (long) page * size ? List.of()
                : jdbc.sql("select " + EmployeeRows.COLUMNS + " from employee" + sql.where()
                                + " order by full_name, employee_number limit :limit offset :offset")
                        .params(sql.parameters())
                        .param("limit", size)
                        .param("offset", (long) page * size)
                        .query(EmployeeRows::map).list();
        return new PageOf<>(items, page, size, total);
    }

    @Override
    public Optional<Employee> byNumber(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + EmployeeRows.COLUMNS + " from employee where employee_number = :number")
                .param("number", employeeNumber.strip())
                .query(EmployeeRows::map).optional();
    }

    @Override
    public Map<String, Employee> byNumbers(Collection<String> employeeNumbers) {
        List<String> numbers = employeeNumbers == null ? List.of() : employeeNumbers.stream()
                .filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        Map<String, Employee> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            jdbc.sql("select " + EmployeeRows.COLUMNS + " from employee where employee_number in (:numbers)")
                    .param("numbers", numbers.subList(from, Math.min(from + CHUNK, numbers.size())))
                    .query(EmployeeRows::map).list()
                    .forEach(e -> found.put(e.employeeNumber(), e));
        }
        return found;
    }

    @Override
    public Optional<Employee> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + EmployeeRows.COLUMNS + " from employee where lower(email) = :email"
                        + " order by case when status = 'ACTIVE' then 0 else 1 end, employee_number")
                .param("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .query(EmployeeRows::map).list().stream().findFirst();
    }

    @Override
    public List<Employee> directReports(String managerNumber) {
        return jdbc.sql("select " + EmployeeRows.COLUMNS + " from employee where manager_number = :number"
                        + " order by full_name, employee_number")
                .param("number", managerNumber)
                .query(EmployeeRows::map).list();
    }

    @Override
    public List<String> departments() {
        return jdbc.sql("select distinct department from employee where department is not null order by department")
                .query(String.class).list();
    }

    @Override
    public List<String> locations() {
        return jdbc.sql("select distinct location from employee where location is not null order by location")
                .query(String.class).list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from employee").query(Long.class).single();
    }

    @Override
    @Transactional
    public int addAll(List<NewEmployee> employees) {
        if (employees.isEmpty()) {
            return 0;
        }
        List<FieldProblem> problems = NewEmployeeRules.check(employees, numbersTaken(employees));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        for (int from = 0; from < employees.size(); from += CHUNK) {
            List<NewEmployee> chunk = employees.subList(from, Math.min(from + CHUNK, employees.size()));
            batch.batchUpdate("""
                            insert into employee (employee_number, full_name, email, department, job_title, grade,
                                manager_number, hire_date, birth_year, location, time_zone, languages, status,
                                created_at, updated_at, version)
                            values (:employeeNumber, :fullName, :email, :department, :jobTitle, :grade,
                                :managerNumber, :hireDate, :birthYear, :location, :timeZone, :languages, :status,
                                :now, :now, 0)
                            """,
                    chunk.stream().map(e -> row(e, now)).toArray(SqlParameterSource[]::new));
        }
        audit.success("EMPLOYEES_ADDED", "Employee", null, "count=" + employees.size());
        events.publishEvent(new DirectoryChanged(employees.size()));
        return employees.size();
    }

    private Set<String> numbersTaken(List<NewEmployee> employees) {
        List<String> numbers = employees.stream()
                .filter(e -> e != null && e.employeeNumber() != null && !e.employeeNumber().isBlank())
                .map(e -> e.employeeNumber().strip())
                .distinct().toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            taken.addAll(jdbc.sql("select employee_number from employee where employee_number in (:numbers)")
                    .param("numbers", numbers.subList(from, Math.min(from + CHUNK, numbers.size())))
                    .query(String.class).list());
        }
        return taken;
    }

    private static MapSqlParameterSource row(NewEmployee e, Timestamp now) {
        return new MapSqlParameterSource()
                .addValue("employeeNumber", e.employeeNumber().strip())
                .addValue("fullName", e.fullName().strip())
                .addValue("email", e.email().strip())
                .addValue("department", NewEmployeeRules.strip(e.department()))
                .addValue("jobTitle", NewEmployeeRules.strip(e.jobTitle()))
                .addValue("grade", e.grade())
                .addValue("managerNumber", NewEmployeeRules.strip(e.managerNumber()))
                .addValue("hireDate", e.hireDate() == null ? null : java.sql.Date.valueOf(e.hireDate()))
                .addValue("birthYear", e.birthYear())
                .addValue("location", NewEmployeeRules.strip(e.location()))
                .addValue("timeZone", NewEmployeeRules.strip(e.timeZone()))
                .addValue("languages", EmployeeRows.joinLanguages(e.languages()))
                .addValue("status", e.status().name())
                .addValue("now", now);
    }

    private static void checkSearch(DirectoryQuery query, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(FieldProblem.of("page", "people.page.negative", "The page number cannot be negative."));
        }
        if (size < 1 || size > PageRequests.MAX_SIZE) {
            problems.add(FieldProblem.of("size", "people.size.range",
                    "The page size must be between 1 and " + PageRequests.MAX_SIZE + ".", PageRequests.MAX_SIZE));
        }
        if (query.gradeMin() != null && query.gradeMax() != null && query.gradeMin() > query.gradeMax()) {
            problems.add(FieldProblem.of("gradeMax", "people.grade.range",
                    "The highest grade cannot be below the lowest grade."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
