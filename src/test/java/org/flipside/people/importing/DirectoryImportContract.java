package org.flipside.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.audit.AuditEntry;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.AuditTrail;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.ReportingLines;
import org.flipside.shared.RuleViolationException;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A directory import writes what the preview promised, and the same on every database: all or nothing, partial on
 * request, idempotent, full sync marks leavers. The database is shared, so employee numbers carry a unique tag.
 */
abstract class DirectoryImportContract {

    static final String HEADER = "Emp ID;Name;Email;Dept;Title;Level;Manager ID;Start Date;Birth Year;Office;TZ;Languages;Status\r\n";

    @Autowired
    DirectoryImports imports;
    @Autowired
    Directory directory;
    @Autowired
    ReportingLines reportingLines;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    String tag;

    @BeforeEach
    void uniqueTag() {
        tag = "i" + Unique.username("x").substring(2);
    }

    @Test
    void importsEveryFieldAndTheReportingLines() {
        ImportPreview done = importFile(file(), ImportOptions.allOrNothing());

        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.counts().created()).isEqualTo(3);
        Employee dev = directory.byNumber(n("3")).orElseThrow();
        assertThat(dev.fullName()).isEqualTo("=SUM(A1:A9)");
        assertThat(dev.email()).isEqualTo("cy." + tag + "@example.org");
        assertThat(dev.department()).isEqualTo("Engineering; Platform");
        assertThat(dev.jobTitle()).isEqualTo("Developer\nBackend");
        assertThat(dev.grade()).isEqualTo(3);
        assertThat(dev.managerNumber()).isEqualTo(n("2"));
        assertThat(dev.hireDate()).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(dev.birthYear()).isEqualTo(1999);
        assertThat(dev.location()).isEqualTo("Berlin");
        assertThat(dev.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(dev.languages()).containsExactly("German", "English");
        assertThat(dev.status()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(directory.byNumber(n("2")).orElseThrow().status()).isEqualTo(EmploymentStatus.LEAVER);
        assertThat(reportingLines.inChainOf(n("1"), n("3"))).isTrue();
        List<AuditEntry> audited = audits(done.id());
        assertThat(audited).extracting(AuditEntry::details)
                .contains("rows=3, created=3, updated=0, unchanged=0, leavers=0, rejected=0");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        importFile(file(), ImportOptions.allOrNothing());
        Map<String, Employee> before = mine();
        clock.advance(Duration.ofMinutes(5));

        ImportPreview again = importFile(file(), ImportOptions.allOrNothing());

        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(again.counts().created() + again.counts().updated()).isZero();
        assertThat(mine()).isEqualTo(before);
    }

    @Test
    void aChangedRowIsUpdatedWithANewVersion() {
        importFile(file(), ImportOptions.allOrNothing());
        Employee before = directory.byNumber(n("1")).orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        ImportPreview again = importFile(file().replace("Chief Executive", "Chair"), ImportOptions.allOrNothing());

        assertThat(again.counts().updated()).isEqualTo(1);
        Employee after = directory.byNumber(n("1")).orElseThrow();
        assertThat(after.jobTitle()).isEqualTo("Chair");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.updatedAt()).isAfter(before.updatedAt());
    }

    @Test
    void oneBadRowAndNothingIsWritten() {
        long id = upload(file() + n("4") + ";Di;not-an-email;;;;" + n("1") + ";;;;;;\r\n");
        ImportPreview preview = imports.map(id, mapping(), ImportOptions.allOrNothing());

        assertThat(preview.confirmable()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "Email"));
        assertThatThrownBy(() -> imports.confirm(id)).isInstanceOf(RuleViolationException.class);
        assertThat(directory.byNumber(n("1"))).isEmpty();
        assertThat(directory.byNumber(n("3"))).isEmpty();
        assertThat(imports.get(id).status()).isEqualTo(ImportStatus.PREVIEWED);
    }

    @Test
    void aPartialImportWritesTheValidRowsOnly() {
        ImportPreview done = importFile(file() + n("4") + ";Di;not-an-email;;;;" + n("1") + ";;;;;;\r\n",
                new ImportOptions(true, false));

        assertThat(done.counts().created()).isEqualTo(3);
        assertThat(done.counts().rejected()).isEqualTo(1);
        assertThat(directory.byNumber(n("3"))).isPresent();
        assertThat(directory.byNumber(n("4"))).isEmpty();
    }

    @Test
    void aConfirmedImportCannotBeConfirmedAgain() {
        ImportPreview done = importFile(file(), ImportOptions.allOrNothing());

        assertThatThrownBy(() -> imports.confirm(done.id())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aFullSyncMarksActivePeopleMissingFromTheFileAsLeavers() {
        importFile(file() + n("5") + ";Ed;ed." + tag + "@example.org;;;;" + n("1") + ";;;;;;\r\n",
                ImportOptions.allOrNothing());
        // The whole organisation: everyone already in the (shared) directory, minus person 5.
        StringBuilder everyone = new StringBuilder(HEADER);
        for (Employee e : everyone()) {
            if (!e.employeeNumber().equals(n("5"))) {
                everyone.append(line(e));
            }
        }
        Employee edBefore = directory.byNumber(n("5")).orElseThrow();

        ImportPreview done = importFile(everyone.toString(), new ImportOptions(true, true));

        assertThat(done.counts().leavers()).isEqualTo(1);
        Employee ed = directory.byNumber(n("5")).orElseThrow();
        assertThat(ed.status()).isEqualTo(EmploymentStatus.LEAVER);
        assertThat(ed.version()).isEqualTo(edBefore.version() + 1);
        assertThat(directory.byNumber(n("1")).orElseThrow().status()).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void theMappingIsRememberedForTheNextUpload() {
        String odd = "Personal-Nr;Anzeigename;Mail;Chef\r\n" + n("1") + ";Ann;ann." + tag + "@example.org;\r\n";
        long first = upload(odd);
        ColumnMapping chosen = new ColumnMapping(Map.of(ImportField.EMPLOYEE_NUMBER, "Personal-Nr",
                ImportField.FULL_NAME, "Anzeigename", ImportField.EMAIL, "Mail", ImportField.MANAGER_NUMBER, "Chef"),
                "dd.MM.yyyy");
        imports.map(first, chosen, ImportOptions.allOrNothing());

        long second = upload(odd);

        assertThat(imports.get(second).mapping()).isEqualTo(chosen);
    }

    String file() {
        return HEADER
                + n("1") + ";Amara Okafor;amara." + tag + "@example.org;Executive;Chief Executive;12;;2009-01-05;1968;London;Europe/London;English;ACTIVE\r\n"
                + n("2") + ";Bruno Costa;bruno." + tag + "@example.org;Engineering;CTO;11;" + n("1") + ";28/02/2015;;Lisbon;Europe/Lisbon;;LEAVER\r\n"
                + n("3") + ";=SUM(A1:A9);cy." + tag + "@example.org;\"Engineering; Platform\";\"Developer\nBackend\";3;" + n("2")
                + ";14/03/2021;1999;Berlin;Europe/Berlin;\"German, English\";\r\n";
    }

    ColumnMapping mapping() {
        return new ColumnMapping(ColumnMapping.suggest(List.of(HEADER.strip().split(";"))).columns(), "dd/MM/yyyy");
    }

    ImportPreview importFile(String csv, ImportOptions options) {
        long id = upload(csv);
        ImportPreview preview = imports.map(id, mapping(), options);
        assertThat(preview.confirmable()).as("confirmable: %s", preview.problems()).isTrue();
        return imports.confirm(id);
    }

    long upload(String csv) {
        return imports.upload(tag + ".csv", csv.getBytes(StandardCharsets.UTF_8), "importer").id();
    }

    String n(String suffix) {
        return tag + "-" + suffix;
    }

    Map<String, Employee> mine() {
        return everyone().stream().filter(e -> e.employeeNumber().startsWith(tag + "-"))
                .collect(Collectors.toMap(Employee::employeeNumber, e -> e));
    }

    List<Employee> everyone() {
        return jdbc.sql("select employee_number from employee").query(String.class).list().stream()
                .map(number -> directory.byNumber(number).orElseThrow()).toList();
    }

    List<AuditEntry> audits(long id) {
        return auditTrail.search(new AuditSearch(null, "DIRECTORY_IMPORTED", null, String.valueOf(id), null, null), 0, 50)
                .items();
    }

    static String line(Employee e) {
        return String.join(";", quote(e.employeeNumber()), quote(e.fullName()), quote(e.email()),
                quote(e.department()), quote(e.jobTitle()), e.grade() == null ? "" : e.grade().toString(),
                quote(e.managerNumber()), e.hireDate() == null ? "" : e.hireDate().toString(),
                e.birthYear() == null ? "" : e.birthYear().toString(), quote(e.location()), quote(e.timeZone()),
                quote(String.join(",", e.languages())), e.status().name()) + "\r\n";
    }

    static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
