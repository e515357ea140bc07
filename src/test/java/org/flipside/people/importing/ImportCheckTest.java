package org.flipside.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.junit.jupiter.api.Test;

/** Every kind of problem is found, named by row and column, before anything is written. */
class ImportCheckTest {

    static final String HEADER = "Emp ID,Name,Email,Dept,Title,Level,Manager ID,Start Date,Birth Year,Office,TZ,Languages,Status\n";
    static final String CEO = "1,Amara Okafor,amara@example.org,Executive,CEO,12,,2009-01-05,1968,London,Europe/London,\"English, Yoruba\",Active\n";
    static final int YEAR = 2026;

    final Map<String, Employee> directory = new HashMap<>();

    @Test
    void aCleanFileHasNoProblemsAndCreatesEveryone() {
        ImportPlan plan = plan(HEADER + CEO + "2,Bruno Costa,bruno@example.org,Eng,CTO,11,1,15/02/2015,,Lisbon,Europe/Lisbon,,\n");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.creates()).extracting(NewEmployee::employeeNumber).containsExactly("1", "2");
        NewEmployee cto = plan.creates().get(1);
        assertThat(cto.hireDate()).isEqualTo(LocalDate.of(2015, 2, 15));
        assertThat(cto.status()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(plan.creates().get(0).languages()).containsExactly("English", "Yoruba");
    }

    @Test
    void missingRequiredValues() {
        assertProblem("3,,,Eng,Dev,3,1,,,,,,\n", "Name", "people.import.required");
        assertProblem("3,,,Eng,Dev,3,1,,,,,,\n", "Email", "people.import.required");
        assertProblem(",Cy,cy@example.org,Eng,Dev,3,1,,,,,,\n", "Emp ID", "people.import.required");
    }

    @Test
    void badEmail() {
        assertProblem("3,Cy,cy at example.org,Eng,Dev,3,1,,,,,,\n", "Email", "people.import.email");
        assertProblem("3,Cy,cy@localhost,Eng,Dev,3,1,,,,,,\n", "Email", "people.import.email");
    }

    @Test
    void duplicateIdInTheFileNamesTheFirstRow() {
        ImportPlan plan = plan(HEADER + CEO + "1,Other,other@example.org,,,,,,,,,,\n");

        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(3L, "Emp ID", "people.import.duplicate"));
        assertThat(plan.problems().get(0).arguments()).containsExactly("1", 2L);
    }

    @Test
    void unknownManagerIsNeitherInTheFileNorInTheDirectory() {
        assertProblem("3,Cy,cy@example.org,Eng,Dev,3,99,,,,,,\n", "Manager ID", "people.import.unknownManager");

        directory.put("99", existing("99", null));
        assertThat(plan(HEADER + CEO + "3,Cy,cy@example.org,Eng,Dev,3,99,,,,,,\n").problems()).isEmpty();
    }

    @Test
    void reportingCycleInTheCombinedGraph() {
        directory.put("50", existing("50", "3")); // already in the directory: 50 reports to 3
        ImportPlan plan = plan(HEADER + CEO + "3,Cy,cy@example.org,Eng,Dev,3,50,,,,,,\n");

        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(3L, "Manager ID", "people.import.cycle"));
        assertProblem("3,Cy,cy@example.org,Eng,Dev,3,3,,,,,,\n", "Manager ID", "people.import.selfManager");
    }

    @Test
    void unparsableDatesAcceptIsoAndTheChosenFormatOnly() {
        assertProblem("3,Cy,cy@example.org,,,,1,31/02/2020,,,,,\n", "Start Date", "people.import.date");
        assertProblem("3,Cy,cy@example.org,,,,1,02/15/2020,,,,,\n", "Start Date", "people.import.date");
        assertProblem("3,Cy,cy@example.org,,,,1,yesterday,,,,,\n", "Start Date", "people.import.date");
        ImportPlan us = plan(HEADER + CEO + "3,Cy,cy@example.org,,,,1,02/15/2020,,,,,\n", "MM/dd/yyyy",
                ImportOptions.allOrNothing());
        assertThat(us.problems()).isEmpty();
        assertThat(us.creates().get(1).hireDate()).isEqualTo(LocalDate.of(2020, 2, 15));
    }

    @Test
    void unknownTimeZone() {
        assertProblem("3,Cy,cy@example.org,,,,1,,,,Europe/Atlantis,,\n", "TZ", "people.import.timeZone");
        assertProblem("3,Cy,cy@example.org,,,,1,,,,CEST,,\n", "TZ", "people.import.timeZone");
    }

    @Test
    void levelNotANumber() {
        assertProblem("3,Cy,cy@example.org,,,senior,1,,,,,,\n", "Level", "people.import.grade");
        assertProblem("3,Cy,cy@example.org,,,-2,1,,,,,,\n", "Level", "people.import.grade");
    }

    @Test
    void birthYearOutOfRange() {
        assertProblem("3,Cy,cy@example.org,,,,1,,1850,,,,\n", "Birth Year", "people.import.birthYear");
        assertProblem("3,Cy,cy@example.org,,,,1,," + YEAR + ",,,,\n", "Birth Year", "people.import.birthYear");
        assertProblem("3,Cy,cy@example.org,,,,1,,nineteen,,,,\n", "Birth Year", "people.import.birthYear");
    }

    @Test
    void unknownEmploymentStatus() {
        assertProblem("3,Cy,cy@example.org,,,,1,,,,,,Sabbatical\n", "Status", "people.import.status");
        assertThat(plan(HEADER + CEO + "3,Cy,cy@example.org,,,,1,,,,,,terminated\n").creates().get(1).status())
                .isEqualTo(EmploymentStatus.LEAVER);
    }

    @Test
    void everyProblemOfEveryRowIsListedInRowOrder() {
        ImportPlan plan = plan(HEADER + CEO + "3,,bad,,,x,77,,,,Mars/Base,,\n" + "4,Di,di@example.org,,,,1,,,,,,\n"
                + "5,Ed,ed,,,,1,,1700,,,,\n");

        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                tuple(3L, "Name"), tuple(3L, "Email"), tuple(3L, "Level"), tuple(3L, "TZ"), tuple(3L, "Manager ID"),
                tuple(5L, "Email"), tuple(5L, "Birth Year"));
        assertThat(plan.rejected()).isEqualTo(2);
    }

    @Test
    void aFormulaLikeCellIsKeptAsText() {
        ImportPlan plan = plan(HEADER + CEO + "3,=HYPERLINK(\"http://x\"),cy@example.org,+Sales,@title,,1,,,-London,,,\n");

        assertThat(plan.problems()).isEmpty();
        NewEmployee cy = plan.creates().get(1);
        assertThat(cy.fullName()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(cy.department()).isEqualTo("+Sales");
        assertThat(cy.jobTitle()).isEqualTo("@title");
        assertThat(cy.location()).isEqualTo("-London");
    }

    @Test
    void classifiesCreatedUpdatedUnchangedAndLeavers() {
        directory.put("1", new Employee("1", "Amara Okafor", "amara@example.org", "Executive", "CEO", 12, null,
                LocalDate.of(2009, 1, 5), 1968, "London", "Europe/London", List.of("English", "Yoruba"),
                EmploymentStatus.ACTIVE, null, 4));
        directory.put("2", existing("2", "1"));
        directory.put("8", existing("8", "1"));
        ImportPlan plan = plan(HEADER + CEO + "2,Changed Name,two@example.org,,,,1,,,,,,\n"
                + "3,New,new@example.org,,,,2,,,,,,\n", null, new ImportOptions(false, true));

        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.updates()).extracting(u -> u.employee().employeeNumber(), ImportCheck.Update::version)
                .containsExactly(tuple("2", 0L));
        assertThat(plan.creates()).extracting(NewEmployee::employeeNumber).containsExactly("3");
        assertThat(plan.leavers()).extracting(u -> u.employee().employeeNumber()).containsExactly("8");
        assertThat(plan.leavers().get(0).employee().status()).isEqualTo(EmploymentStatus.LEAVER);
    }

    @Test
    void aPartialImportAlsoLeavesOutReportsOfARejectedManager() {
        ImportPlan plan = plan(HEADER + CEO + "3,Cy,not-an-email,,,,1,,,,,,\n" + "4,Di,di@example.org,,,,3,,,,,,\n"
                + "5,Ed,ed@example.org,,,,4,,,,,,\n" + "6,Fa,fa@example.org,,,,1,,,,,,\n", null, new ImportOptions(true, false));

        assertThat(plan.creates()).extracting(NewEmployee::employeeNumber).containsExactly("1", "6");
        assertThat(plan.rejected()).isEqualTo(3);
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::code).containsExactly(
                tuple(3L, "people.import.email"), tuple(4L, "people.import.managerRejected"),
                tuple(5L, "people.import.managerRejected"));
    }

    private void assertProblem(String row, String column, String code) {
        ImportPlan plan = plan(HEADER + CEO + row);
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .contains(tuple(3L, column, code));
        assertThat(plan.rejected()).isEqualTo(1);
        assertThat(plan.creates()).extracting(NewEmployee::employeeNumber).containsExactly("1");
    }

    private ImportPlan plan(String csv) {
        return plan(csv, "dd/MM/yyyy", ImportOptions.allOrNothing());
    }

    private ImportPlan plan(String csv, String dateFormat, ImportOptions options) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        List<String> headers = CsvFile.of(content).headers();
        ColumnMapping suggested = ColumnMapping.suggest(headers);
        ColumnMapping mapping = new ColumnMapping(suggested.columns(), dateFormat);
        return ImportCheck.plan(content, headers, mapping, options, directory, java.util.Map.of(), LocalDate.of(YEAR, 6, 1));
    }

    static Employee existing(String number, String manager) {
        return new Employee(number, "Person " + number, "p" + number + "@example.org", null, null, null, manager, null,
                null, null, null, List.of(), EmploymentStatus.ACTIVE, null, 0);
    }
}
