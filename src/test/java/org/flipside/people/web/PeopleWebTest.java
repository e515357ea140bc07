package org.flipside.people.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:people-web;DB_CLOSE_DELAY=-1",
        "flipside.demo=false"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleWebTest {

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void addPeople(@Autowired DirectoryWriter writer) {
        List<NewEmployee> people = new ArrayList<>();
        people.add(person("W001", "Olu Adeyemi", "Executive", "Chief Executive Officer", 12, null, "London"));
        people.add(person("W002", "Priya Raman", "Engineering", "Head of Engineering", 10, "W001", "Singapore"));
        people.add(person("W003", "Tomás Herrera", "Engineering", "Software Engineer", 4, "W002", "Berlin"));
        people.add(person("W004", "Ingrid Berg", "Finance", "Accountant", 3, "W001", "London"));
        for (int i = 0; i < 30; i++) {
            people.add(person(String.format("W1%02d", i), String.format("Sales Rep %02d", i), "Sales",
                    "Account Executive", 3, "W001", "New York"));
        }
        writer.addAll(people);
    }

    @Test
    void programManagersSeeTheDirectory() throws Exception {
        mvc.perform(get("/people").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1")))
                .andExpect(content().string(containsString("Olu Adeyemi")))
                .andExpect(content().string(containsString("<option value=\"Engineering\">Engineering</option>")))
                .andExpect(content().string(containsString("34 people match")))
                .andExpect(content().string(containsString("/people?page=1")));
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        mvc.perform(get("/people").param("department", "Engineering").param("gradeMin", "5").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Priya Raman")))
                .andExpect(content().string(not(containsString("Tomás Herrera"))))
                .andExpect(content().string(containsString("One person matches")));
    }

    @Test
    void htmxGetsOnlyTheResultsTable() throws Exception {
        mvc.perform(get("/people").param("q", "ingrid").header("HX-Request", "true").with(manager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("id=\"people-results\"")))
                .andExpect(content().string(containsString("Ingrid Berg")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aHistoryRestoreGetsTheWholePage() throws Exception {
        mvc.perform(get("/people").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                        .with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void pagerLinksKeepTheFilters() throws Exception {
        mvc.perform(get("/people").param("department", "Sales").param("size", "10").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/people?department=Sales&amp;page=1&amp;size=10")));
    }

    @Test
    void aFilterThatIsNotANumberIsExplainedOnThePage() throws Exception {
        mvc.perform(get("/people").param("gradeMin", "abc").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("Lowest grade: Use a whole number, not &#39;abc&#39;.")));
    }

    @Test
    void employeesMayNotSeeTheDirectory() throws Exception {
        mvc.perform(get("/people").with(user("e").roles("EMPLOYEE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/W003").with(user("s").roles("SPONSOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/people"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void thePersonPageShowsManagerReportsAndTimesInTheViewersZone() throws Exception {
        FlipsideUser viewer = new FlipsideUser(99, "pm", "Pat Manager", ZoneId.of("Asia/Tokyo"),
                Set.of(Role.PROGRAM_MANAGER), true, null);
        mvc.perform(get("/people/W002")
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null,
                                viewer.getAuthorities()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Head of Engineering")))
                .andExpect(content().string(containsString("href=\"/people/W001\"")))
                .andExpect(content().string(containsString("Tomás Herrera")))
                .andExpect(content().string(containsString("(Asia/Tokyo)")));
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/people/NOPE").with(user("a").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiSearchesWithTheSameFilters() throws Exception {
        mvc.perform(get("/api/v1/people").param("department", "Engineering").with(manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].fullName").value("Priya Raman"))
                .andExpect(jsonPath("$.items[0].hireDate").value("2019-06-01"))
                .andExpect(jsonPath("$.items[0].languages[0]").value("English"));
    }

    @Test
    void theApiCapsThePageSize() throws Exception {
        mvc.perform(get("/api/v1/people").param("size", "5000").with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(200));
    }

    @Test
    void theApiNamesTheFieldOfABadFilter() throws Exception {
        mvc.perform(get("/api/v1/people").param("grade", "abc").param("status", "RETIRED").with(manager()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("grade"))
                .andExpect(jsonPath("$.errors[1].field").value("status"));
    }

    @Test
    void theApiReturnsOnePersonOrA404Problem() throws Exception {
        mvc.perform(get("/api/v1/people/W003").with(manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.managerNumber").value("W002"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/people/NOPE").with(manager()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://flipside.example/problems/not-found"));
    }

    @Test
    void theApiRefusesOtherRolesAndAnonymousCallers() throws Exception {
        mvc.perform(get("/api/v1/people").with(user("e").roles("EMPLOYEE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/W003").with(user("e").roles("EMPLOYEE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people"))
                .andExpect(status().isUnauthorized());
    }

    private static RequestPostProcessor manager() {
        return user("pm").roles("PROGRAM_MANAGER");
    }

    private static NewEmployee person(String number, String name, String department, String title, int grade,
                                      String manager, String location) {
        return new NewEmployee(number, name, number.toLowerCase() + "@example.org", department, title, grade, manager,
                LocalDate.of(2019, 6, 1), 1980, location, "Europe/London", List.of("English"), EmploymentStatus.ACTIVE);
    }
}
