package org.flipside.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.insights.InsightFigures;
import org.flipside.insights.InsightSteps;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "You said, we did": who reads it and who exports it (404 for everyone else), how authors are credited (by name only
 * when they chose so, never the pair), the figures, the managers' filtered list, and a CSV that runs no formula.
 */
class YouSaidWeDidWebTest extends WebTestBase {

    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InsightFigures figures;

    PairFixture fixture;
    Scene scene;
    Scene second;
    Person sponsor;
    Person owner;

    @BeforeEach
    void aProgramWithInsightsInEveryState() throws Exception {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
        second = fixture.pairIn(scene.program(), scene.manager());
        sponsor = fixture.senior(Role.EMPLOYEE);
        owner = fixture.senior(Role.EMPLOYEE);
        InsightSteps steps = new InsightSteps(mvc);
        steps.sponsor(scene, sponsor, jdbc.sql("select version from program where id = :id")
                .param("id", scene.program()).query(Long.class).single());

        long credited = steps.record(scene, scene.mentor(), "Credited and done", true);
        steps.propose(credited, scene.mentor(), owner.employeeNumber());
        long action = steps.accept(credited, owner, LocalDate.now(clock).plusDays(7));
        steps.done(action, owner, 0, "=HYPERLINK(\"x\") now weekly");

        long declined = steps.record(second, second.mentor(), "Anonymous and declined", false);
        steps.propose(declined, second.mentor(), owner.employeeNumber());
        steps.decline(declined, owner);

        long waiting = steps.record(scene, scene.mentee(), "A senior's, waiting", false);
        steps.propose(waiting, scene.mentee(), sponsor.employeeNumber());

        steps.record(scene, scene.mentor(), "Never proposed", true);
    }

    @Test
    void thePageCreditsAsChosenNeverNamesThePairAndShowsTheFigures() throws Exception {
        String page = mvc.perform(as(get(path()), second.mentee())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Credited and done")))
                .andExpect(content().string(Matchers.containsString(name(scene.mentor()))))
                .andExpect(content().string(Matchers.containsString("a junior mentor")))
                .andExpect(content().string(Matchers.containsString("a senior mentee")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Never proposed"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("yswd-export"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(name(second.mentor())).doesNotContain(name(second.mentee()))
                .doesNotContain(name(scene.mentee()));

        mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/you-said-we-did"), sponsor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.raised").value(3))
                .andExpect(jsonPath("$.figures.responded").value(2))
                .andExpect(jsonPath("$.figures.respondedPercent").value(67))
                .andExpect(jsonPath("$.figures.actionsPercent").value(33))
                .andExpect(jsonPath("$.figures.actionsDone").value(1))
                .andExpect(jsonPath("$.mayExport").value(true))
                .andExpect(jsonPath("$.lines.length()").value(3));
        ProgramInsightFigures direct = figures.of(scene.program());
        assertThat(direct.raised()).isEqualTo(3);
        assertThat(direct.turnedIntoActions()).isEqualTo(1);
        assertThat(direct.medianDaysToResponse()).isNotNull();
    }

    @Test
    void readersAndExportersAreWhoTheRuleSaysAndEveryoneElseGets404() throws Exception {
        Scene elsewhere = fixture.scene();
        for (Person reader : List.of(scene.manager(), sponsor, scene.mentor(), second.mentee(),
                fixture.person(Role.ADMIN), fixture.person(Role.SPONSOR))) {
            mvc.perform(as(get(path()), reader)).andExpect(status().isOk());
        }
        for (Person outsider : List.of(fixture.person(Role.EMPLOYEE), owner, elsewhere.mentor(), elsewhere.manager())) {
            mvc.perform(as(get(path()), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/you-said-we-did"), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get(path() + ".csv"), outsider)).andExpect(status().isNotFound());
        }
        for (Person exporter : List.of(scene.manager(), sponsor, fixture.person(Role.ADMIN))) {
            mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/you-said-we-did/export"), exporter))
                    .andExpect(status().isOk());
        }
        for (Person reader : List.of(scene.mentor(), fixture.person(Role.SPONSOR))) {
            mvc.perform(as(get(path() + ".csv"), reader)).andExpect(status().isNotFound());
        }
    }

    @Test
    void theExportNeutralisesFormulasAndCreditsLikeThePage() throws Exception {
        String csv = mvc.perform(as(get(path() + ".csv"), scene.manager())).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\") now weekly\"").doesNotContain(",=HYPERLINK")
                .contains(name(scene.mentor())).contains("a junior mentor").contains("a senior mentee")
                .doesNotContain(name(second.mentor())).doesNotContain("Never proposed");
    }

    @Test
    void theManagersListEveryInsightAndFilterByState() throws Exception {
        mvc.perform(as(get("/programs/" + scene.program() + "/insights"), scene.manager())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Never proposed")))
                .andExpect(content().string(Matchers.containsString(name(second.mentor()))));
        mvc.perform(as(get("/programs/" + scene.program() + "/insights").param("state", "DECLINED"), scene.manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Anonymous and declined")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Credited and done"))));
        for (Person outsider : List.of(fixture.person(Role.PROGRAM_MANAGER), fixture.scene().manager())) {
            mvc.perform(as(get("/programs/" + scene.program() + "/insights"), outsider))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(as(post("/programs/" + scene.program() + "/insights"), scene.manager()).with(csrf()))
                .andExpect(status().is4xxClientError());
    }

    private String name(Person person) {
        return jdbc.sql("select full_name from employee where employee_number = :n")
                .param("n", person.employeeNumber()).query(String.class).single();
    }

    private String path() {
        return "/programs/" + scene.program() + "/you-said-we-did";
    }
}
