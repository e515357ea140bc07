package org.flipside.program.sponsor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flipside.audit.AuditLog;
import org.flipside.identity.Accounts;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.ProgramSponsors;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sponsor column of a program, its rules and the search for someone who can be one. */
@Service
@Transactional
class SponsorService implements ProgramSponsors {

    private static final int SEARCH_PAGE = 50;

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Directory directory;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    SponsorService(JdbcClient jdbc, Programs programs, Directory directory, Accounts accounts, AuditLog audit,
                   Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Employee> of(long programId) {
        return jdbc.sql("select sponsor_number from program where id = :id").param("id", programId)
                .query(String.class).optional().flatMap(directory::byNumber);
    }

    @Override
    public ProgramView set(long programId, String employeeNumber, long expectedVersion) {
        if (!programs.managedByCurrentUser(programId)) {
            throw new NotFoundException("Program", programId);
        }
        String wanted = employeeNumber == null || employeeNumber.isBlank() ? null : employeeNumber.strip();
        if (wanted != null) {
            Employee sponsor = directory.byNumber(wanted).orElseThrow(() -> problem("program.sponsor.unknown",
                    "No employee has this number.", wanted));
            if (sponsor.status() != EmploymentStatus.ACTIVE) {
                throw problem("program.sponsor.inactive", "The sponsor must be an active employee.", wanted);
            }
            if (!accounts.activeAccountWithEmail(sponsor.email())) {
                throw problem("program.sponsor.noAccount", "The sponsor needs an active Flipside account.", wanted);
            }
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        int changed = jdbc.sql("update program set sponsor_number = :sponsor, updated_at = :at, updated_by = :by, "
                        + "version = version + 1 where id = :id and version = :version")
                .param("sponsor", wanted).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", actor.length() > 100 ? actor.substring(0, 100) : actor)
                .param("id", programId).param("version", expectedVersion).update();
        if (changed != 1) {
            throw new StaleEditException("Program", programId);
        }
        audit.success("PROGRAM_SPONSOR_SET", "Program", programId, wanted == null ? "cleared" : "sponsor=" + wanted);
        return programs.get(programId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Employee> candidates(String text, int limit) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        DirectoryQuery query = new DirectoryQuery(text, null, null, null, null, EmploymentStatus.ACTIVE);
        return directory.search(query, 0, SEARCH_PAGE).items().stream().filter(this::eligible).limit(limit).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean eligible(Employee employee) {
        return employee.status() == EmploymentStatus.ACTIVE && accounts.activeAccountWithEmail(employee.email());
    }

    private static InvalidInputException problem(String code, String text, String number) {
        return new InvalidInputException(FieldProblem.of("sponsor", code, text, number));
    }
}
