package org.flipside.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.consent.ConsentFixture;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Self-match over the pages and the API: the mentee's own suggestions, a request, and 404 for anyone else. */
class SelfMatchWebTest extends WebTestBase {

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MatchingSettingsService settings;

    ConsentFixture fixture;
    Person menteePerson;
    Person mentorPerson;
    long mentee;
    long mentor;

    @BeforeEach
    void selfMatchProgram() {
        fixture = new ConsentFixture(jdbc, accountDirectory, directory, programs);
        Person manager = fixture.person(Role.PROGRAM_MANAGER);
        menteePerson = fixture.person(Role.EMPLOYEE);
        mentorPerson = fixture.person(Role.EMPLOYEE);
        long program = fixture.program(manager, 2);
        mentee = fixture.participant(program, menteePerson, "MENTEE");
        mentor = fixture.participant(program, mentorPerson, "MENTOR");
        ProgramTestUsers.actAs(manager.auth());
        MatchingSettings current = settings.get(program);
        settings.update(program, new MatchingSettings(Map.of(Criterion.SKILLS, CriterionSetting.weighted(10)), Map.of(),
                0, 0, true, Priority.MOST_MATCHES_FIRST, true, 14, List.of(), current.version()), current.version());
        SecurityContextHolder.clearContext();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Person person) {
        return request.with(authentication(person.auth()));
    }

    @Test
    void theMenteeFindsTheirMentorsFromMyMatchesAndRequestsOne() throws Exception {
        String page = mvc.perform(as(get("/me/matches"), menteePerson)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/me/matches/suggestions?participant=" + mentee);
        String suggestions = mvc.perform(as(get("/me/matches/suggestions").param("participant", "" + mentee),
                        menteePerson)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(suggestions).contains("Name " + mentorPerson.employeeNumber()).doesNotContain("style=");
        assertThat(suggestions.split("<h1").length - 1).isEqualTo(1);

        mvc.perform(as(post("/me/matches/requests"), menteePerson).with(csrf())
                        .param("participant", "" + mentee).param("mentor", "" + mentor))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/me/matches"));
        mvc.perform(as(get("/api/v1/me/matches"), mentorPerson)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("REQUESTED"))
                .andExpect(jsonPath("$[0].canAnswer").value(true))
                .andExpect(jsonPath("$[0].partner.fullName").value("Name " + menteePerson.employeeNumber()));
    }

    @Test
    void theMenteeWithdrawsTheirOwnRequestAndNobodyElseCan() throws Exception {
        mvc.perform(as(post("/api/v1/me/matches/requests"), menteePerson).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participant\": " + mentee + ", \"mentor\": " + mentor + "}"))
                .andExpect(status().isCreated());
        long id = jdbc.sql("select id from mentor_match where mentee_participant_id = :m").param("m", mentee)
                .query(Long.class).single();
        String page = mvc.perform(as(get("/me/matches"), menteePerson)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/me/matches/" + id + "/withdraw");
        mvc.perform(as(post("/api/v1/me/matches/" + id + "/withdrawal"), mentorPerson)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("matching.withdraw.notAllowed"));
        mvc.perform(as(post("/api/v1/me/matches/" + id + "/withdrawal"), fixture.person(Role.EMPLOYEE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/me/matches/" + id + "/withdraw"), menteePerson).with(csrf()).param("version", "0"))
                .andExpect(status().isFound());
        mvc.perform(as(get("/api/v1/me/matches/" + id), menteePerson))
                .andExpect(jsonPath("$.state").value("CANCELLED")).andExpect(jsonPath("$.canWithdraw").value(false));
        assertThat(jdbc.sql("select count(*) from mentee_seat where mentee_participant_id = :m").param("m", mentee)
                .query(Integer.class).single()).isZero();
        mvc.perform(as(post("/api/v1/me/matches/requests"), menteePerson).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participant\": " + mentee + ", \"mentor\": " + mentor + "}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theApiAnswersTheMenteeAndNobodyElse() throws Exception {
        mvc.perform(as(get("/api/v1/me/matches/suggestions").param("participant", "" + mentee), menteePerson))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentors[0].mentorParticipantId").value(mentor));
        Person stranger = fixture.person(Role.EMPLOYEE);
        mvc.perform(as(get("/api/v1/me/matches/suggestions").param("participant", "" + mentee), stranger))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/api/v1/me/matches/requests"), stranger).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participant\": " + mentee + ", \"mentor\": " + mentor + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/api/v1/me/matches/requests"), menteePerson).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participant\": " + mentee + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mentor"));
        mvc.perform(as(post("/api/v1/me/matches/requests"), menteePerson).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participant\": " + mentee + ", \"mentor\": " + mentor + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("REQUESTED"));
        mvc.perform(as(post("/api/v1/me/matches/requests"), menteePerson).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participant\": " + mentee + ", \"mentor\": " + mentor + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("matching.self.oneOpen"));
    }
}
