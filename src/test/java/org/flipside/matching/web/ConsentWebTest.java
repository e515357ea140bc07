package org.flipside.matching.web;

import org.flipside.matching.consent.MatchExpiry;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.matching.consent.ConsentFixture.pair;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.consent.ConsentFixture;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.profile.ProfileFixtures;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Publishing and answering over the pages and the API: only the two people of a match see and answer it (everyone
 * else, administrators and the program's managers included, gets 404), and the partner's confidential data never
 * reaches them.
 */
class ConsentWebTest extends WebTestBase {

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;

    ConsentFixture fixture;
    Person manager;
    Person menteePerson;
    Person mentorPerson;
    String avoidNumber;
    String secretAnswer;
    long program;
    long run;

    @Autowired
    MatchExpiry expiry;

    @BeforeEach
    void publishedRunWithAConfidentialMentorProfile() throws Exception {
        fixture = new ConsentFixture(jdbc, accountDirectory, directory, programs);
        manager = fixture.person(Role.PROGRAM_MANAGER);
        menteePerson = fixture.person(Role.EMPLOYEE);
        mentorPerson = fixture.person(Role.EMPLOYEE);
        program = fixture.program(manager, 1);
        long mentee = fixture.participant(program, menteePerson, "MENTEE");
        long mentor = fixture.participant(program, mentorPerson, "MENTOR");
        avoidNumber = ProfileFixtures.employee(directory, "Zed Avoided " + Unique.username("z"),
                Unique.username("zed") + "@example.org");
        mvc.perform(as(put("/api/v1/participants/" + mentor + "/profile"), mentorPerson)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"offered": [{"skillCode": "prompt-writing", "level": 4}], "wanted": [],
                                 "interests": "Bouldering", "answers": {"1": 5, "3": 1}, "timeZone": "Europe/Paris",
                                 "availability": [], "meetingMode": "VIDEO", "languages": ["en"],
                                 "doNotMatch": ["%s"], "version": 0}
                                """.formatted(avoidNumber)))
                .andExpect(status().isOk());
        secretAnswer = "Secret answer " + Unique.username("s");
        jdbc.sql("insert into application_question (program_id, position, kind, text, required) "
                + "values (:program, 1, 'TEXT', 'Why?', false)").param("program", program).update();
        long question = jdbc.sql("select id from application_question where program_id = :program")
                .param("program", program).query(Long.class).single();
        jdbc.sql("insert into application_answer (participant_id, question_id, answer) values (:p, :q, :a)")
                .param("p", mentor).param("q", question).param("a", secretAnswer).update();
        run = fixture.run(program, ConsentFixture.explanation(secretAnswer), pair(mentee, mentor, 712));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Person person) {
        return request.with(authentication(person.auth()));
    }

    private long publishAndFindMatch() throws Exception {
        mvc.perform(as(post("/api/v1/programs/" + program + "/matching/runs/" + run + "/publication"), manager))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.matches").value(1));
        return jdbc.sql("select id from mentor_match where run_id = :run").param("run", run).query(Long.class).single();
    }

    @Test
    void theManagerPublishesOnceOverTheApiAndOnThePage() throws Exception {
        publishAndFindMatch();
        mvc.perform(as(post("/api/v1/programs/" + program + "/matching/runs/" + run + "/publication"), manager))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("matching.publish.already"));
        mvc.perform(as(post("/programs/" + program + "/matching/runs/" + run + "/publish"), manager).with(csrf()))
                .andExpect(status().isFound());
        String page = mvc.perform(as(get("/programs/" + program + "/matching/matches"), manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Name " + menteePerson.employeeNumber()).contains("71.2")
                .contains("Waiting for answers").doesNotContain("style=");
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        mvc.perform(as(get("/api/v1/programs/" + program + "/matching/matches"), otherManager))
                .andExpect(status().isForbidden());
    }

    @Test
    void bothPeopleAreMailedALinkToTheirProposal() throws Exception {
        long id = publishAndFindMatch();
        long deadline = System.currentTimeMillis() + 20_000;
        while (mails(id) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        List<String> bodies = jdbc.sql("select body from mail_outbox where reference like :ref order by recipient")
                .param("ref", "match:" + id + ":%").query(String.class).list();
        assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(body).contains("/me/matches#match-" + id));
        assertThat(String.join("\n", bodies)).contains("Name " + mentorPerson.employeeNumber() + " is proposed as your mentor.")
                .contains("Name " + menteePerson.employeeNumber() + " is proposed as your mentee.")
                .doesNotContain(secretAnswer);
    }

    @Test
    void bothAreToldWhenTheyBecomeAPair() throws Exception {
        long confirmed = publishAndFindMatch();
        answer(confirmed, menteePerson, "accept", "", 0);
        answer(confirmed, mentorPerson, "accept", "", 1);
        long pairId = awaitPair(confirmed);
        List<String> pair = awaitMails("pair:" + pairId, 2);
        assertThat(pair).hasSize(2).allSatisfy(body -> assertThat(body).contains("/pairs/" + pairId));
        assertThat(String.join("\n", pair)).contains("Name " + mentorPerson.employeeNumber() + " is your mentor")
                .contains("Name " + menteePerson.employeeNumber() + " is your mentee");
        assertThat(mails("match-confirmed:" + confirmed + ":%")).as("one mail each, from the pair").isZero();
    }

    @Test
    void whenOneDeclinesOnlyThePartnerIsToldAndNotWhy() throws Exception {
        long declined = publishAndFindMatch();
        answer(declined, menteePerson, "accept", "", 0);
        answer(declined, mentorPerson, "decline", "Same floor, we know each other.", 1);
        List<String> told = awaitMails("match-declined:" + declined + ":%", 1);
        assertThat(told).singleElement().satisfies(body -> assertThat(body)
                .startsWith("Hello Name " + menteePerson.employeeNumber())
                .contains("the match with Name " + mentorPerson.employeeNumber())
                .doesNotContain("Same floor"));
    }

    @Test
    void bothAreToldWhenTheirProposalLapsesUnanswered() throws Exception {
        long lapsed = publishAndFindMatch();
        answer(lapsed, menteePerson, "accept", "", 0);
        clock.advance(Duration.ofDays(15));
        expiry.expireOverdue();
        List<String> told = awaitMails("match-expired:" + lapsed + ":%", 2);
        assertThat(told).hasSize(2).allSatisfy(body -> assertThat(body).contains("has lapsed")
                .contains("program's managers"));
        mvc.perform(as(get("/api/v1/me/matches/" + lapsed), mentorPerson))
                .andExpect(jsonPath("$.state").value("EXPIRED"));
    }

    private void answer(long matchId, Person person, String answer, String reason, long version) throws Exception {
        mvc.perform(as(post("/api/v1/me/matches/" + matchId + "/answer"), person)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\": \"%s\", \"reason\": \"%s\", \"version\": %d}"
                                .formatted(answer, reason, version)))
                .andExpect(status().isOk());
    }

    private List<String> awaitMails(String reference, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<String> bodies = List.of();
        while (bodies.size() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            bodies = jdbc.sql("select body from mail_outbox where reference like :ref order by recipient")
                    .param("ref", reference).query(String.class).list();
        }
        return bodies;
    }

    private long awaitPair(long matchId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<Long> pairs = List.of();
        while (pairs.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            pairs = jdbc.sql("select id from mentoring_pair where match_id = :match").param("match", matchId)
                    .query(Long.class).list();
        }
        return pairs.isEmpty() ? -1 : pairs.get(0);
    }

    private int mails(String reference) {
        return jdbc.sql("select count(*) from mail_outbox where reference like :ref").param("ref", reference)
                .query(Integer.class).single();
    }

    private int mails(long matchId) {
        return jdbc.sql("select count(*) from mail_outbox where reference like :ref")
                .param("ref", "match:" + matchId + ":%").query(Integer.class).single();
    }

    @Test
    void onlyTheTwoPeopleSeeAndAnswerTheMatch() throws Exception {
        long id = publishAndFindMatch();
        Person stranger = fixture.person(Role.EMPLOYEE);
        Person admin = fixture.person(Role.ADMIN);
        for (Person outsider : List.of(stranger, admin, manager)) {
            mvc.perform(as(get("/api/v1/me/matches/" + id), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(post("/api/v1/me/matches/" + id + "/answer"), outsider)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"accept\", \"version\": 0}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(post("/me/matches/" + id + "/answer"), outsider).with(csrf())
                    .param("answer", "accept").param("version", "0")).andExpect(status().isNotFound());
            String page = mvc.perform(as(get("/me/matches"), outsider)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("Name " + mentorPerson.employeeNumber());
        }
        mvc.perform(as(get("/api/v1/me/matches/" + id), menteePerson)).andExpect(status().isOk())
                .andExpect(jsonPath("$.partner.fullName").value("Name " + mentorPerson.employeeNumber()));
        mvc.perform(as(get("/api/v1/me/matches/" + id), mentorPerson)).andExpect(status().isOk())
                .andExpect(jsonPath("$.partner.fullName").value("Name " + menteePerson.employeeNumber()));
    }

    @Test
    void thePartnersConfidentialDataNeverReachesThePageOrTheApi() throws Exception {
        publishAndFindMatch();
        String json = mvc.perform(as(get("/api/v1/me/matches"), menteePerson)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String page = mvc.perform(as(get("/me/matches"), menteePerson)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String seen : List.of(json, page)) {
            assertThat(seen).contains("Name " + mentorPerson.employeeNumber()).contains("Analyst");
            assertThat(seen).contains("Shared interests: One interest in common: Bouldering")
                    .contains("Your answers to the program").contains("Your work styles fit 66%");
            assertThat(seen).doesNotContain(avoidNumber).doesNotContain("Zed Avoided").doesNotContain(secretAnswer)
                    .doesNotContain("doNotMatch").doesNotContain("workStyle").doesNotContain("83 and 17").doesNotContain("alike is better")
                    .doesNotContain("Both speak");
        }
        assertThat(page.split("<h1").length - 1).isEqualTo(1);
        assertThat(page).doesNotContain("style=").contains("71.2 of 100");
    }

    @Test
    void answeringOverTheApiAndThePage() throws Exception {
        long id = publishAndFindMatch();
        mvc.perform(as(post("/api/v1/me/matches/" + id + "/answer"), menteePerson)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"accept\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.myAnswer").value("ACCEPT"))
                .andExpect(jsonPath("$.state").value("PROPOSED"));
        mvc.perform(as(post("/api/v1/me/matches/" + id + "/answer"), menteePerson)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"decline\", \"version\": 1}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("matching.answer.already"));
        mvc.perform(as(post("/api/v1/me/matches/" + id + "/answer"), mentorPerson)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"maybe\", \"version\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(as(post("/me/matches/" + id + "/answer"), mentorPerson).with(csrf())
                        .param("answer", "decline").param("reason", "Same floor, we know each other.")
                        .param("version", "1"))
                .andExpect(status().isFound());
        mvc.perform(as(get("/api/v1/me/matches/" + id), menteePerson))
                .andExpect(jsonPath("$.state").value("DECLINED"))
                .andExpect(jsonPath("$.declineReason").doesNotExist());
        mvc.perform(as(get("/api/v1/programs/" + program + "/matching/matches"), manager))
                .andExpect(jsonPath("$.items[0].declineReason").value("Same floor, we know each other."))
                .andExpect(jsonPath("$.totalItems").value(1));
    }
}
