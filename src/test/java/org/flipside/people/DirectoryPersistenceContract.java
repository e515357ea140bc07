package org.flipside.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The employee directory keeps every field of a person, adds a batch completely or not at all, and searches, pages,
 * sorts and follows reporting lines the same way on every database.
 * <p>
 * The database is shared, so every value a test filters on (names, numbers, departments, locations, grades)
 * contains something unique to that test.
 */
abstract class DirectoryPersistenceContract {

    @Autowired
    Directory directory;
    @Autowired
    DirectoryWriter writer;
    @Autowired
    ReportingLines reportingLines;
    @Autowired
    TestClock clock;

    /** A word no other test uses, e.g. {@code t12345}. */
    private String tag;
    /** Grades unique to this test, so a grade-only search sees no one else. */
    private int grade0;
    private String engineering;
    private String finance;
    private String executive;
    private String berlin;
    private String london;

    @BeforeEach
    void uniqueNames() {
        tag = "t" + Unique.username("x").substring(2);
        grade0 = 1_000 + (int) (Long.parseLong(tag.substring(1)) % 1_000_000) * 100;
        engineering = "Engineering " + tag;
        finance = "Finance " + tag;
        executive = "Executive " + tag;
        berlin = "Berlin " + tag;
        london = "London " + tag;
    }

    @Test
    void addAllKeepsEveryFieldOfEveryPerson() {
        NewEmployee ceo = new NewEmployee(number("ceo"), "Amara Okafor " + tag, "amara." + tag + "@example.org",
                executive, "Chief Executive Officer", 12, null, LocalDate.of(2009, 1, 5), 1968, london,
                "Europe/London", List.of("English", "Yoruba", "French"), EmploymentStatus.ACTIVE);
        NewEmployee cto = new NewEmployee(number("cto"), "Bruno Costa " + tag, "bruno." + tag + "@example.org",
                engineering, "Chief Technology Officer", 11, number("ceo"), LocalDate.of(2015, 2, 28), 1979,
                "São Paulo " + tag, "America/Sao_Paulo", List.of("Portuguese", "English"), EmploymentStatus.ACTIVE);
        NewEmployee leaver = new NewEmployee(number("eng"), "Dana Fischer " + tag, "dana." + tag + "@example.org",
                engineering, "Senior Software Engineer", 6, number("cto"), LocalDate.of(2024, 2, 29), 2001, berlin,
                "Europe/Berlin", List.of("German"), EmploymentStatus.LEAVER);
        NewEmployee bare = new NewEmployee(number("new"), "Noor Haddad " + tag, "noor." + tag + "@example.org",
                null, null, null, null, null, null, null, null, List.of(), EmploymentStatus.ACTIVE);
        NewEmployee padded = new NewEmployee("  " + number("pad") + " ", "  Pat Padded " + tag + " ",
                " pat." + tag + "@example.org ", " " + finance + " ", " Analyst ", 0, " " + number("ceo") + " ",
                LocalDate.of(1999, 12, 31), 1977, " " + london + " ", " Asia/Kolkata ", List.of(" Hindi ", "", "Tamil"),
                EmploymentStatus.ACTIVE);
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);

        int added = writer.addAll(List.of(ceo, cto, leaver, bare, padded));

        Instant after = clock.instant();
        assertThat(added).isEqualTo(5);
        Employee readCeo = directory.byNumber(number("ceo")).orElseThrow();
        Instant updatedAt = readCeo.updatedAt();
        assertThat(updatedAt).isBetween(before, after);
        assertThat(readCeo).isEqualTo(expected(ceo, updatedAt));
        assertThat(directory.byNumber(number("cto"))).contains(expected(cto, updatedAt));
        assertThat(directory.byNumber(number("eng"))).contains(expected(leaver, updatedAt));
        assertThat(directory.byNumber(number("new"))).contains(expected(bare, updatedAt));
        assertThat(directory.byNumber(" " + number("pad") + " ")).as("values are stored without surrounding blanks")
                .contains(new Employee(number("pad"), "Pat Padded " + tag, "pat." + tag + "@example.org", finance,
                        "Analyst", 0, number("ceo"), LocalDate.of(1999, 12, 31), 1977, london, "Asia/Kolkata",
                        List.of("Hindi", "Tamil"), EmploymentStatus.ACTIVE, updatedAt, 0));
        assertThat(directory.byNumber(number("nobody"))).isEmpty();
        assertThat(directory.byNumbers(java.util.Arrays.asList(number("ceo"), " " + number("eng"), number("nobody"),
                null, number("ceo"))))
                .as("bulk lookup: found people by number, unknown ones left out")
                .containsOnlyKeys(number("ceo"), number("eng"))
                .containsEntry(number("ceo"), expected(ceo, updatedAt))
                .containsEntry(number("eng"), expected(leaver, updatedAt));
        assertThat(directory.byNumbers(List.of())).isEmpty();
    }

    @Test
    void aBatchWithOneBadRowWritesNothingAndNamesTheRow() {
        writer.addAll(List.of(person("ceo", "Amara Okafor", executive, "CEO", 12, null, london, EmploymentStatus.ACTIVE)));
        long before = directory.count();
        List<NewEmployee> batch = List.of(
                person("a", "Ann Able", finance, "Analyst", 2, "ceo", london, EmploymentStatus.ACTIVE),
                person("b", "Ben Baker", finance, "Analyst", 2, "ceo", london, EmploymentStatus.ACTIVE),
                new NewEmployee(number("c"), "Cat Cole " + tag, "not-an-email", finance, "Analyst", 2, number("ceo"),
                        null, null, london, "Europe/London", List.of(), EmploymentStatus.ACTIVE),
                person("d", "Dan Dale", finance, "Analyst", 2, "ceo", london, EmploymentStatus.ACTIVE));

        assertThatThrownBy(() -> writer.addAll(batch)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("employees[2].email", "people.email.format")));
        List<NewEmployee> taken = List.of(
                person("e", "Eve Earl", finance, "Analyst", 2, "ceo", london, EmploymentStatus.ACTIVE),
                person("ceo", "Second Ceo", finance, "Analyst", 2, null, london, EmploymentStatus.ACTIVE));
        assertThatThrownBy(() -> writer.addAll(taken)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("employees[1].employeeNumber", "people.employeeNumber.taken")));

        assertThat(directory.count()).isEqualTo(before);
        for (String written : List.of("a", "b", "c", "d", "e")) {
            assertThat(directory.byNumber(number(written))).as(written).isEmpty();
        }
        assertThat(directory.byNumber(number("ceo")).orElseThrow().fullName()).isEqualTo("Amara Okafor " + tag);
        assertThat(search(new DirectoryQuery(null, finance, null, null, null, null)).totalItems()).isZero();
    }

    @Test
    void findsTextInNameEmailNumberOrJobTitleIgnoringCase() {
        addOrganisation();

        assertThat(names(search(DirectoryQuery.text("CHEN wei " + tag.toUpperCase())))).as("name")
                .containsExactly("Chen Wei " + tag);
        assertThat(names(search(DirectoryQuery.text("Costa." + tag.toUpperCase() + "@EXAMPLE")))).as("email")
                .containsExactly("Bruno Costa " + tag);
        assertThat(names(search(DirectoryQuery.text(tag.toUpperCase() + "-ENG2")))).as("employee number")
                .containsExactly("Dana Fischer " + tag);
        assertThat(names(search(DirectoryQuery.text("software ENGINEER " + tag)))).as("job title")
                .containsExactly("Chen Wei " + tag, "Dana Fischer " + tag);
        assertThat(search(DirectoryQuery.text(" " + tag + " ")).totalItems()).as("everyone of this test").isEqualTo(6);
        assertThat(search(DirectoryQuery.text("Nobody " + tag)).totalItems()).isZero();
    }

    @Test
    void likeWildcardsInTheTextAreLiteralCharacters() {
        addOrganisation();

        assertThat(names(search(DirectoryQuery.text("100% " + tag)))).containsExactly("Farah_Test 100% " + tag);
        assertThat(names(search(DirectoryQuery.text("h_test 100% " + tag)))).containsExactly("Farah_Test 100% " + tag);
        assertThat(search(DirectoryQuery.text("%" + tag)).totalItems()).as("% is no wildcard").isZero();
        assertThat(search(DirectoryQuery.text("_" + tag)).totalItems()).as("_ is no wildcard").isZero();
        assertThat(search(DirectoryQuery.text("\\" + tag)).totalItems()).as("nor is the escape character").isZero();
    }

    @Test
    void filtersByDepartmentGradeRangeLocationAndStatus() {
        addOrganisation();

        assertThat(names(search(new DirectoryQuery(null, engineering, null, null, null, null))))
                .containsExactly("Bruno Costa " + tag, "Chen Wei " + tag, "Dana Fischer " + tag);
        assertThat(names(search(new DirectoryQuery(null, null, null, null, berlin, null))))
                .containsExactly("Bruno Costa " + tag, "Chen Wei " + tag);
        assertThat(names(search(new DirectoryQuery(null, null, grade0 + 5, grade0 + 11, null, null))))
                .as("both ends of the grade range are included")
                .containsExactly("Bruno Costa " + tag, "Dana Fischer " + tag);
        assertThat(names(search(new DirectoryQuery(null, null, grade0 + 11, null, null, null))))
                .containsExactly("Amara Okafor " + tag, "Bruno Costa " + tag);
        assertThat(names(search(new DirectoryQuery(null, null, grade0, grade0 + 3, null, null))))
                .containsExactly("Elif Yilmaz " + tag, "Farah_Test 100% " + tag);
        assertThat(directory.search(new DirectoryQuery(null, null, null, null, null, EmploymentStatus.LEAVER), 0, 200)
                .items()).as("status").allSatisfy(e -> assertThat(e.status()).isEqualTo(EmploymentStatus.LEAVER))
                .extracting(Employee::employeeNumber).contains(number("eng2")).doesNotContain(number("eng1"));
        assertThat(names(search(new DirectoryQuery(tag, null, null, null, null, EmploymentStatus.LEAVER))))
                .containsExactly("Dana Fischer " + tag);
        assertThat(search(new DirectoryQuery(tag, null, null, null, null, EmploymentStatus.ACTIVE)).totalItems())
                .isEqualTo(5);
        assertThat(search(new DirectoryQuery(null, "engineering " + tag, null, null, null, null)).totalItems())
                .as("a department is chosen from the list, so it matches exactly").isZero();
    }

    @Test
    void combinesAllFilters() {
        addOrganisation();

        assertThat(names(search(new DirectoryQuery("ENGINEER", engineering, grade0 + 1, grade0 + 10, berlin,
                EmploymentStatus.ACTIVE)))).containsExactly("Chen Wei " + tag);
        assertThat(names(search(new DirectoryQuery("engineer", engineering, grade0 + 1, grade0 + 10, null, null))))
                .containsExactly("Chen Wei " + tag, "Dana Fischer " + tag);
        assertThat(search(new DirectoryQuery("engineer", engineering, grade0 + 1, grade0 + 10, london,
                EmploymentStatus.ACTIVE)).totalItems()).isZero();
        assertThat(names(search(new DirectoryQuery(tag, finance, null, grade0 + 3, london, EmploymentStatus.ACTIVE))))
                .containsExactly("Elif Yilmaz " + tag, "Farah_Test 100% " + tag);
    }

    @Test
    void pagesAreSortedByNameThenNumberAndCounted() {
        String support = "Support " + tag;
        List<NewEmployee> people = new ArrayList<>();
        // Added out of order, so the result cannot just follow the insertion order.
        for (int i : new int[]{7, 2, 11, 0, 9, 4, 1, 10, 3, 8, 6, 5}) {
            people.add(person(String.format("s%02d", i), String.format("Support Person %02d", i), support,
                    "Support Specialist", 2, null, london, EmploymentStatus.ACTIVE));
        }
        // The same name twice: the employee number decides.
        people.add(person("s99b", "Support Person 05", support, "Support Specialist", 2, null, london, EmploymentStatus.ACTIVE));
        people.add(person("s99a", "Support Person 05", support, "Support Specialist", 2, null, london, EmploymentStatus.ACTIVE));
        writer.addAll(people);
        DirectoryQuery query = new DirectoryQuery(null, support, null, null, null, null);

        PageOf<Employee> first = directory.search(query, 0, 5);
        PageOf<Employee> second = directory.search(query, 1, 5);
        PageOf<Employee> last = directory.search(query, 2, 5);
        PageOf<Employee> beyond = directory.search(query, 3, 5);

        assertThat(first.totalItems()).isEqualTo(14);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.items()).extracting(Employee::employeeNumber)
                .containsExactly(number("s00"), number("s01"), number("s02"), number("s03"), number("s04"));
        assertThat(second.items()).extracting(Employee::employeeNumber)
                .containsExactly(number("s05"), number("s99a"), number("s99b"), number("s06"), number("s07"));
        assertThat(last.items()).extracting(Employee::employeeNumber)
                .containsExactly(number("s08"), number("s09"), number("s10"), number("s11"));
        assertThat(last.hasNext()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(14);
        assertThat(directory.search(query, 1, 5).items()).as("the same page twice").isEqualTo(second.items());
    }

    @Test
    void listsDirectReportsByName() {
        addOrganisation();

        assertThat(names(directory.directReports(number("cto")))).containsExactly("Chen Wei " + tag, "Dana Fischer " + tag);
        assertThat(names(directory.directReports(number("ceo")))).containsExactly("Bruno Costa " + tag, "Elif Yilmaz " + tag);
        assertThat(directory.directReports(number("eng1"))).isEmpty();
        assertThat(directory.directReports(number("nobody"))).isEmpty();
    }

    @Test
    void departmentsAndLocationsAreDistinctAndSorted() {
        addOrganisation();
        writer.addAll(List.of(new NewEmployee(number("bare"), "Bare " + tag, "bare." + tag + "@example.org", null,
                null, null, null, null, null, null, null, List.of(), EmploymentStatus.ACTIVE)));

        List<String> departments = directory.departments();
        List<String> locations = directory.locations();

        assertThat(departments).doesNotContainNull().doesNotHaveDuplicates().isSorted()
                .containsSubsequence(engineering, executive, finance);
        assertThat(departments.stream().filter(d -> d.endsWith(" " + tag)))
                .containsExactly(engineering, executive, finance);
        assertThat(locations).doesNotContainNull().doesNotHaveDuplicates().isSorted()
                .containsSubsequence(berlin, london);
        assertThat(locations.stream().filter(l -> l.endsWith(" " + tag))).containsExactly(berlin, london);
    }

    @Test
    void reportingLinesFollowPeopleAddedAfterTheyWereFirstAsked() {
        // Asking first builds and caches the reporting lines; adding people must refresh them once committed.
        assertThat(reportingLines.inChainOf(number("eng1"), number("ceo"))).isFalse();

        addOrganisation();

        assertThat(reportingLines.inChainOf(number("eng1"), number("cto"))).as("direct manager").isTrue();
        assertThat(reportingLines.inChainOf(number("eng1"), number("ceo"))).as("two levels up").isTrue();
        assertThat(reportingLines.inChainOf(number("ceo"), number("fin2"))).as("either way round").isTrue();
        assertThat(reportingLines.inChainOf(number("ceo"), number("ceo"))).as("oneself").isTrue();
        assertThat(reportingLines.inChainOf(number("eng1"), number("eng2"))).as("colleagues").isFalse();
        assertThat(reportingLines.inChainOf(number("eng1"), number("fin1"))).as("other branch").isFalse();
        assertThat(reportingLines.inChainOf(number("fin2"), number("cto"))).as("other branch").isFalse();
        assertThat(reportingLines.inChainOf(number("eng1"), number("nobody"))).isFalse();

        assertThatThrownBy(() -> writer.addAll(List.of(person("grad", "Grad Uate", engineering, "Graduate", 1,
                "eng1", berlin, EmploymentStatus.ACTIVE), new NewEmployee(number("bad"), "", "", null, null, null,
                null, null, null, null, null, List.of(), EmploymentStatus.ACTIVE))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(reportingLines.inChainOf(number("grad"), number("ceo"))).as("a refused batch adds no one").isFalse();

        writer.addAll(List.of(person("grad", "Grad Uate", engineering, "Graduate", 1, "eng1", berlin,
                EmploymentStatus.ACTIVE)));

        assertThat(reportingLines.inChainOf(number("grad"), number("ceo"))).as("three levels up").isTrue();
        assertThat(reportingLines.inChainOf(number("grad"), number("eng1"))).isTrue();
        assertThat(reportingLines.inChainOf(number("grad"), number("eng2"))).isFalse();
        assertThat(reportingLines.cycles()).noneSatisfy(cycle -> assertThat(cycle).anyMatch(n -> n.startsWith(tag + "-")));
    }

    /**
     * Amara (CEO) manages Bruno (CTO) and Elif; Bruno manages Chen and Dana (a leaver); Elif manages Farah, whose
     * name contains LIKE wildcards. Grades are offsets from this test's {@link #grade0}.
     */
    private void addOrganisation() {
        writer.addAll(List.of(
                person("ceo", "Amara Okafor", executive, "Chief Executive Officer", 12, null, london, EmploymentStatus.ACTIVE),
                person("cto", "Bruno Costa", engineering, "Chief Technology Officer", 11, "ceo", berlin, EmploymentStatus.ACTIVE),
                person("eng1", "Chen Wei", engineering, "Software Engineer", 4, "cto", berlin, EmploymentStatus.ACTIVE),
                person("eng2", "Dana Fischer", engineering, "Senior Software Engineer", 6, "cto", london, EmploymentStatus.LEAVER),
                person("fin1", "Elif Yilmaz", finance, "Financial Analyst", 3, "ceo", london, EmploymentStatus.ACTIVE),
                person("fin2", "Farah_Test 100%", finance, "Accountant", 3, "fin1", london, EmploymentStatus.ACTIVE)));
    }

    /**
     * A person whose number is {@code <tag>-<local>}, whose name and job title end in the tag, and whose e-mail is
     * {@code <first>.<last>.<tag>@example.org}; grades are offsets from {@link #grade0}.
     */
    private NewEmployee person(String local, String name, String department, String title, int grade,
                               String managerLocal, String location, EmploymentStatus status) {
        String mailbox = name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
        return new NewEmployee(number(local), name + " " + tag, mailbox + "." + tag + "@example.org", department,
                title + " " + tag, grade0 + grade, managerLocal == null ? null : number(managerLocal),
                LocalDate.of(2020, 3, 1), 1995, location, "Europe/London", List.of("English", "Portuguese"), status);
    }

    private String number(String local) {
        return tag + "-" + local;
    }

    private static Employee expected(NewEmployee e, Instant updatedAt) {
        return new Employee(e.employeeNumber(), e.fullName(), e.email(), e.department(), e.jobTitle(), e.grade(),
                e.managerNumber(), e.hireDate(), e.birthYear(), e.location(), e.timeZone(), e.languages(), e.status(),
                updatedAt, 0);
    }

    private PageOf<Employee> search(DirectoryQuery query) {
        return directory.search(query, 0, 50);
    }

    private static List<String> names(PageOf<Employee> page) {
        return names(page.items());
    }

    private static List<String> names(List<Employee> employees) {
        return employees.stream().map(Employee::fullName).toList();
    }
}
