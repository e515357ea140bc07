package org.flipside.program.sponsor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.RequestBuilder;

/** A program's sponsor: set and cleared by its managers only, an eligible person only, guarded by the version. */
class ProgramSponsorWebTest extends WebTestBase {

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

    PairFixture fixture;
    Scene scene;
    Person sponsor;

    @BeforeEach
    void aProgramAndAPossibleSponsor() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
        sponsor = fixture.senior(Role.SPONSOR);
    }

    @Test
    void aManagerSetsAndClearsTheSponsorAndEveryoneWhoSeesTheProgramReadsIt() throws Exception {
        long version = version();
        mvc.perform(set(scene.manager(), sponsor.employeeNumber(), version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.employeeNumber").value(sponsor.employeeNumber()))
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/sponsor"), scene.mentor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.employeeNumber").value(sponsor.employeeNumber()));
        mvc.perform(as(get("/programs/" + scene.program()), scene.mentee())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("program-sponsor")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("yswd-link"))));
        for (Person reportedTo : List.of(scene.manager(), fixture.person(Role.ADMIN))) {
            mvc.perform(as(get("/programs/" + scene.program()), reportedTo)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("yswd-link")));
        }
        mvc.perform(set(scene.manager(), "", version + 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.employeeNumber").isEmpty());
        assertThat(sponsorColumn()).isNull();
    }

    @Test
    void badSponsorsGetSpecificProblemsAndChangeNothing() throws Exception {
        long version = version();
        Person leaver = fixture.senior(Role.EMPLOYEE);
        jdbc.sql("update employee set status = 'LEAVER' where employee_number = :n")
                .param("n", leaver.employeeNumber()).update();
        Person noAccount = fixture.senior(Role.EMPLOYEE);
        jdbc.sql("update app_user set active = false where username = :u").param("u", noAccount.username()).update();
        mvc.perform(set(scene.manager(), "NOBODY-" + version, version)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sponsor"))
                .andExpect(jsonPath("$.errors[0].code").value("program.sponsor.unknown"));
        mvc.perform(set(scene.manager(), leaver.employeeNumber(), version)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("program.sponsor.inactive"));
        mvc.perform(set(scene.manager(), noAccount.employeeNumber(), version)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("program.sponsor.noAccount"));
        mvc.perform(as(put("/api/v1/programs/" + scene.program() + "/sponsor"), scene.manager())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sponsor\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(sponsorColumn()).isNull();
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aStaleVersionGets409AndOnlyTheProgramsManagersSetIt() throws Exception {
        long version = version();
        mvc.perform(set(scene.manager(), sponsor.employeeNumber(), version - 1)).andExpect(status().isConflict());
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        mvc.perform(set(otherManager, sponsor.employeeNumber(), version)).andExpect(status().isNotFound());
        mvc.perform(as(get("/programs/" + scene.program() + "/sponsor"), otherManager))
                .andExpect(status().isNotFound());
        assertThat(sponsorColumn()).isNull();
    }

    @Test
    void thePageSearchesByNameAndSetsTheSponsor() throws Exception {
        String name = jdbc.sql("select full_name from employee where employee_number = :n")
                .param("n", sponsor.employeeNumber()).query(String.class).single();
        mvc.perform(as(get("/programs/" + scene.program() + "/sponsor").param("q", name), scene.manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + sponsor.employeeNumber() + "\"")));
        mvc.perform(as(post("/programs/" + scene.program() + "/sponsor"), scene.manager()).with(csrf())
                        .param("sponsor", sponsor.employeeNumber()).param("version", Long.toString(version())))
                .andExpect(status().is3xxRedirection());
        assertThat(sponsorColumn()).isEqualTo(sponsor.employeeNumber());
        for (String bad : List.of("NOBODY")) {
            mvc.perform(as(post("/programs/" + scene.program() + "/sponsor"), scene.manager()).with(csrf())
                            .param("sponsor", bad).param("version", Long.toString(version())))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(Matchers.containsString("No employee has the number NOBODY")));
        }
        assertThat(sponsorColumn()).isEqualTo(sponsor.employeeNumber());
    }

    private String sponsorColumn() {
        return jdbc.sql("select sponsor_number from program where id = :id").param("id", scene.program())
                .query(String.class).optional().orElse(null);
    }

    private long version() throws Exception {
        String body = mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/sponsor"), scene.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    private RequestBuilder set(Person by, String number, long version) {
        return as(put("/api/v1/programs/" + scene.program() + "/sponsor"), by)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sponsor\": \"" + number + "\", \"version\": " + version + "}");
    }
}
