package org.flipside.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryHistory;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory keeps its history the same way on every database: leave dates and grade changes from the import,
 * past changes from the level-history upload, all or nothing, and read back in bulk.
 */
abstract class DirectoryHistoryContract {

    static final String HEADER = "Emp ID,Name,Email,Dept,Level,Start Date,Status,Leave Date,Grade Since\n";

    @Autowired
    DirectoryImports imports;
    @Autowired
    LevelHistoryUploads levels;
    @Autowired
    DirectoryHistory history;
    @Autowired
    Directory directory;
    @Autowired
    TestClock clock;

    String tag;
    LocalDate today;

    @BeforeEach
    void uniqueTag() {
        tag = "h" + Unique.username("x").substring(2);
        today = LocalDate.now(clock);
    }

    @Test
    void aLeaveDateMakesALeaverAndAGradeChangeIsRecordedWithItsDate() {
        importFile(HEADER + row("1", 4, "2015-01-10", "", "", "") + row("2", 6, "2016-05-01", "", "", ""));
        LocalDate left = today.minusMonths(2);
        LocalDate since = today.minusMonths(1);

        importFile(HEADER + row("1", 5, "2015-01-10", "", "", since.toString())
                + row("2", 6, "2016-05-01", "ACTIVE", left.toString(), ""));

        EmploymentHistory ann = history.of(List.of(n("1"))).get(n("1"));
        assertThat(ann.levelChanges()).containsExactly(new LevelChange(n("1"), 4, 5, since));
        assertThat(ann.grade()).isEqualTo(5);
        assertThat(directory.byNumber(n("2")).orElseThrow().status()).isEqualTo(EmploymentStatus.LEAVER);
        EmploymentHistory bo = history.of(List.of(n("2"))).get(n("2"));
        assertThat(bo.leaveDate()).isEqualTo(left);
        assertThat(bo.leftBy(left)).isTrue();
        assertThat(bo.leftBy(left.minusDays(1))).isFalse();
    }

    @Test
    void aGradeChangeWithoutADateTakesEffectOnTheImportDay() {
        importFile(HEADER + row("1", 4, "2015-01-10", "", "", ""));

        importFile(HEADER + row("1", 3, "2015-01-10", "", "", ""));

        assertThat(history.of(List.of(n("1"))).get(n("1")).levelChanges())
                .containsExactly(new LevelChange(n("1"), 4, 3, today));
    }

    @Test
    void aLeaveDateInTheFutureOrBeforeTheHireDateIsARowProblemAndNothingIsWritten() {
        long id = upload(HEADER + row("1", 4, "2015-01-10", "", today.plusDays(1).toString(), "")
                + row("2", 4, "2015-01-10", "", "2014-12-31", "")
                + row("3", 4, "2015-01-10", "", "", today.plusDays(3).toString()));

        ImportPreview preview = imports.map(id, mapping(), ImportOptions.allOrNothing());

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(2L, "Leave Date", "people.import.history.future"),
                        tuple(3L, "Leave Date", "people.import.history.beforeHire"),
                        tuple(4L, "Grade Since", "people.import.history.future"));
        assertThatThrownBy(() -> imports.confirm(id)).isInstanceOf(RuleViolationException.class);
        assertThat(history.of(List.of(n("1"), n("2"), n("3")))).isEmpty();
    }

    @Test
    void aBackfillRecordsEveryRowFromTheGradeBeforeIt() {
        importFile(HEADER + row("1", 6, "2010-01-10", "", "", "") + row("2", 3, "2012-01-10", "", "", ""));
        String csv = "Employee ID;Effective Date;Grade\n" + n("1") + ";2014-03-01;5\n" + n("1") + ";2012-03-01;4\n"
                + n("2") + ";2013-07-15;3\n";

        LevelHistoryPreview preview = levels.upload("levels.csv", bytes(csv), "hr");
        assertThat(preview.applicable()).isTrue();
        assertThat(preview.changes()).isEqualTo(3);
        LevelHistoryPreview done = levels.apply(preview.id());

        assertThat(done.status()).isEqualTo("APPLIED");
        assertThat(history.of(List.of(n("1"))).get(n("1")).levelChanges()).containsExactly(
                new LevelChange(n("1"), null, 4, LocalDate.of(2012, 3, 1)),
                new LevelChange(n("1"), 4, 5, LocalDate.of(2014, 3, 1)));
        assertThat(history.of(List.of(n("1"))).get(n("1")).gradeOn(LocalDate.of(2013, 1, 1))).isEqualTo(4);
        assertThatThrownBy(() -> levels.apply(preview.id())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void oneBadRowInABackfillAndNothingIsRecorded() {
        importFile(HEADER + row("1", 6, "2010-01-10", "", "", ""));
        String csv = "Employee ID,Effective Date,Grade\n"
                + n("1") + ",2014-03-01,5\n"
                + n("9") + ",2014-03-01,5\n"
                + n("1") + ",01/02/2015,5\n"
                + n("1") + ",2014-03-01,7\n"
                + n("1") + ",2016-03-01,senior\n"
                + n("1") + "," + today.plusDays(1) + ",7\n"
                + n("1") + ",2009-12-31,2\n";

        LevelHistoryPreview preview = levels.upload("levels.csv", bytes(csv), "hr");

        assertThat(preview.applicable()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::code).containsExactly(
                tuple(3L, "people.levels.unknownEmployee"), tuple(4L, "people.import.date"),
                tuple(5L, "people.levels.duplicate"), tuple(6L, "people.import.grade"),
                tuple(7L, "people.import.history.future"), tuple(8L, "people.import.history.beforeHire"));
        assertThatThrownBy(() -> levels.apply(preview.id())).isInstanceOf(RuleViolationException.class);
        assertThat(history.of(List.of(n("1"))).get(n("1")).levelChanges()).isEmpty();
        assertThat(levels.preview(preview.id()).status()).isEqualTo("UPLOADED");
    }

    @Test
    void aChangeAlreadyRecordedOnThatDayIsADuplicate() {
        importFile(HEADER + row("1", 6, "2010-01-10", "", "", ""));
        levels.apply(levels.upload("a.csv", bytes("employee number,date,level\n" + n("1") + ",2012-03-01,5\n"),
                "hr").id());

        LevelHistoryPreview again = levels.upload("b.csv",
                bytes("employee number,date,level\n" + n("1") + ",2012-03-01,5\n"), "hr");

        assertThat(again.problems()).extracting(ImportProblem::code).containsExactly("people.levels.recorded");
    }

    @Test
    void aFileWithoutTheThreeColumnsIsRefusedAtUpload() {
        assertThatThrownBy(() -> levels.upload("x.csv", bytes("Employee ID,Grade\n1,4\n"), "hr"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code()).containsExactly("people.levels.column.effectiveDate"));
    }

    @Test
    void theHistoryOfADepartmentComesInOneCall() {
        String dept = "Dept " + tag;
        importFile(HEADER + n("1") + ",Ann,ann." + tag + "@example.org," + dept + ",4,2015-01-10,,,\n"
                + n("2") + ",Bo,bo." + tag + "@example.org," + dept + ",5,2015-01-10,,"
                + today.minusDays(3) + ",\n");

        List<EmploymentHistory> people = history.inDepartments(List.of(dept));

        assertThat(people).extracting(EmploymentHistory::employeeNumber, EmploymentHistory::status,
                EmploymentHistory::leaveDate).containsExactly(tuple(n("1"), EmploymentStatus.ACTIVE, null),
                tuple(n("2"), EmploymentStatus.LEAVER, today.minusDays(3)));
    }

    String row(String suffix, int grade, String hired, String status, String left, String since) {
        return n(suffix) + ",P" + suffix + "," + "p" + suffix + "." + tag + "@example.org,Ops," + grade + "," + hired
                + "," + status + "," + left + "," + since + "\n";
    }

    ColumnMapping mapping() {
        return ColumnMapping.suggest(List.of(HEADER.strip().split(",")));
    }

    void importFile(String csv) {
        long id = upload(csv);
        ImportPreview preview = imports.map(id, mapping(), ImportOptions.allOrNothing());
        assertThat(preview.confirmable()).as("confirmable: %s", preview.problems()).isTrue();
        imports.confirm(id);
    }

    long upload(String csv) {
        return imports.upload(tag + ".csv", bytes(csv), "importer").id();
    }

    static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    String n(String suffix) {
        return tag + "-" + suffix;
    }
}
