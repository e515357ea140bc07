package org.flipside.people.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.people.ReportingLines;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:people-directory;DB_CLOSE_DELAY=-1",
        "flipside.demo=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryIntegrationTest {

    @Autowired
    Directory directory;

    @Autowired
    DirectoryWriter writer;

    @Autowired
    ReportingLines reportingLines;

    @BeforeAll
    void addPeople() {
        List<NewEmployee> people = new ArrayList<>();
        people.add(person("E001", "Amara Okafor", "Executive", "Chief Executive Officer", 12, null, "London", EmploymentStatus.ACTIVE));
        people.add(person("E002", "Bruno Costa", "Engineering", "Chief Technology Officer", 11, "E001", "São Paulo", EmploymentStatus.ACTIVE));
        people.add(person("E003", "Chen Wei", "Engineering", "Software Engineer", 4, "E002", "Singapore", EmploymentStatus.ACTIVE));
        people.add(person("E004", "Dana Fischer", "Engineering", "Senior Software Engineer", 6, "E002", "Berlin", EmploymentStatus.LEAVER));
        people.add(person("E005", "Elif Yilmaz", "Finance", "Financial Analyst", 3, "E001", "London", EmploymentStatus.ACTIVE));
        people.add(person("E006", "Farah_Test 100%", "Finance", "Accountant", 3, "E005", "London", EmploymentStatus.ACTIVE));
        // enough for several pages, all in one department so the other tests can leave them out
        for (int i = 0; i < 60; i++) {
            people.add(person(String.format("S%03d", i), String.format("Support Person %02d", i), "Customer Success",
                    "Support Specialist", 2, "E001", "New York", EmploymentStatus.ACTIVE));
        }
        writer.addAll(people);
    }

    @Test
    void findsByFreeTextInNameEmailNumberOrTitleIgnoringCase() {
        assertThat(names(search(DirectoryQuery.text("chen")))).containsExactly("Chen Wei");
        assertThat(names(search(DirectoryQuery.text("bruno.costa@")))).containsExactly("Bruno Costa");
        assertThat(names(search(DirectoryQuery.text("e004")))).containsExactly("Dana Fischer");
        assertThat(names(search(DirectoryQuery.text("SOFTWARE ENGINEER")))).containsExactly("Chen Wei", "Dana Fischer");
    }

    @Test
    void treatsLikeWildcardsInTheTextAsPlainCharacters() {
        assertThat(names(search(DirectoryQuery.text("100%")))).containsExactly("Farah_Test 100%");
        assertThat(names(search(DirectoryQuery.text("h_t")))).containsExactly("Farah_Test 100%");
        assertThat(search(DirectoryQuery.text("%")).totalItems()).isEqualTo(1);
    }

    @Test
    void filtersByDepartmentGradeRangeLocationAndStatus() {
        assertThat(names(search(new DirectoryQuery(null, "Engineering", null, null, null, null))))
                .containsExactly("Bruno Costa", "Chen Wei", "Dana Fischer");
        assertThat(names(search(new DirectoryQuery(null, null, 5, 11, null, null))))
                .containsExactly("Bruno Costa", "Dana Fischer");
        assertThat(names(search(new DirectoryQuery(null, null, 11, null, null, null))))
                .containsExactly("Amara Okafor", "Bruno Costa");
        assertThat(names(search(new DirectoryQuery(null, null, null, 3, "London", null))))
                .containsExactly("Elif Yilmaz", "Farah_Test 100%");
        assertThat(names(search(new DirectoryQuery(null, null, null, null, null, EmploymentStatus.LEAVER))))
                .containsExactly("Dana Fischer");
        assertThat(names(search(new DirectoryQuery("engineer", "Engineering", null, null, null, EmploymentStatus.ACTIVE))))
                .containsExactly("Chen Wei");
    }

    @Test
    void pagesAreSortedByNameAndCounted() {
        DirectoryQuery support = new DirectoryQuery(null, "Customer Success", null, null, null, null);

        PageOf<Employee> first = directory.search(support, 0, 25);
        PageOf<Employee> last = directory.search(support, 2, 25);
        PageOf<Employee> beyond = directory.search(support, 9, 25);

        assertThat(first.totalItems()).isEqualTo(60);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.items()).hasSize(25);
        assertThat(first.items().get(0).fullName()).isEqualTo("Support Person 00");
        assertThat(first.items().get(24).fullName()).isEqualTo("Support Person 24");
        assertThat(last.items()).extracting(Employee::fullName).startsWith("Support Person 50").hasSize(10);
        assertThat(last.hasNext()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(60);
    }

    @Test
    void refusesAReversedGradeRangeAndABadPage() {
        assertThatThrownBy(() -> directory.search(new DirectoryQuery(null, null, 9, 2, null, null), 0, 10))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("gradeMax"));
        assertThatThrownBy(() -> directory.search(DirectoryQuery.everyone(), -1, 500))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("page", "size"));
    }

    @Test
    void looksUpOnePersonWithAllFields() {
        Employee chen = directory.byNumber("E003").orElseThrow();

        assertThat(chen.email()).isEqualTo("chen.wei@example.org");
        assertThat(chen.managerNumber()).isEqualTo("E002");
        assertThat(chen.grade()).isEqualTo(4);
        assertThat(chen.timeZone()).isEqualTo("Europe/London");
        assertThat(chen.languages()).containsExactly("English", "Portuguese");
        assertThat(chen.hireDate()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(chen.birthYear()).isEqualTo(1995);
        assertThat(chen.updatedAt()).isNotNull();
        assertThat(directory.byNumber("NOPE")).isEmpty();
        assertThat(directory.byNumber(" ")).isEmpty();
    }

    @Test
    void listsDirectReportsAndFilterChoices() {
        assertThat(names(directory.directReports("E002"))).containsExactly("Chen Wei", "Dana Fischer");
        assertThat(directory.directReports("E003")).isEmpty();
        assertThat(directory.departments()).containsExactly("Customer Success", "Engineering", "Executive", "Finance");
        assertThat(directory.locations()).containsExactly("Berlin", "London", "New York", "Singapore", "São Paulo");
        assertThat(directory.count()).isEqualTo(66);
    }

    @Test
    void refusesAWholeBatchWhenAnyRowIsWrongAndNamesEveryProblem() {
        List<NewEmployee> batch = List.of(
                person("N001", "New Person", "Finance", "Analyst", 2, "E005", "London", EmploymentStatus.ACTIVE),
                person("E001", "Taken Number", "Finance", "Analyst", 2, null, "London", EmploymentStatus.ACTIVE),
                new NewEmployee("N003", " ", "not-an-email", null, null, null, "N003", null, null, null,
                        "Mars/Olympus", null, null));

        assertThatThrownBy(() -> writer.addAll(batch))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("employees[1].employeeNumber", "employees[2].managerNumber",
                                "employees[2].fullName", "employees[2].email", "employees[2].timeZone",
                                "employees[2].status"));
        assertThat(directory.byNumber("N001")).isEmpty();
    }

    @Test
    void reportingLinesFollowTheDirectory() {
        assertThat(reportingLines.inChainOf("E003", "E001")).isTrue();
        assertThat(reportingLines.inChainOf("E003", "E005")).isFalse();
        assertThat(reportingLines.cycles()).isEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE) // adds people, so it runs after the tests that count them
    void reportingLinesAreRebuiltWhenPeopleAreAdded() {
        assertThat(reportingLines.inChainOf("N100", "E001")).isFalse();

        writer.addAll(List.of(person("N100", "Noor Haddad", "Engineering", "Graduate Engineer", 1, "E003", "London",
                EmploymentStatus.ACTIVE)));

        assertThat(reportingLines.inChainOf("N100", "E001")).isTrue();
        assertThat(reportingLines.inChainOf("N100", "E003")).isTrue();
        assertThat(reportingLines.inChainOf("N100", "E005")).isFalse();
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

    private static NewEmployee person(String number, String name, String department, String title, int grade,
                                      String manager, String location, EmploymentStatus status) {
        String email = name.toLowerCase().replaceAll("[^a-z ]", "").strip().replace(' ', '.') + "@example.org";
        return new NewEmployee(number, name, email, department, title, grade, manager, LocalDate.of(2020, 3, 1), 1995,
                location, "Europe/London", List.of("English", "Portuguese"), status);
    }
}
