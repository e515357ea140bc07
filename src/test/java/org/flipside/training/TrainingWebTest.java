package org.flipside.training;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.WebTestBase;
import org.flipside.training.module.CheckQuestion;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.module.TrainingModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Training over the pages and the API: a participant reads and answers modules; a manager reads figures and sets the rule. */
class TrainingWebTest extends WebTestBase {

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    ModuleCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    TrainingFixture fixture;
    Person manager;
    Person mentor;
    long program;
    long participant;
    TrainingModule first;

    @BeforeEach
    void approvedMentor() {
        fixture = new TrainingFixture(jdbc, accountDirectory, directory, programs);
        manager = fixture.person(Role.PROGRAM_MANAGER);
        mentor = fixture.person(Role.EMPLOYEE);
        program = fixture.program(manager, "MATCHING");
        participant = fixture.approved(program, mentor, Side.MENTOR, clock.instant());
        first = catalogue.forSide(Side.MENTOR).get(0);
    }

    @Test
    void aParticipantSeesTheirModulesReadsOneAndIsToldWhichAnswersWereWrong() throws Exception {
        String overview = page(get("/me/training"), mentor);
        assertThat(overview).contains(first.title(), "0 of " + catalogue.forSide(Side.MENTOR).size() + " modules passed",
                "/me/training/" + participant + "/modules/" + first.code());

        String module = page(get(modulePath()), mentor);
        assertThat(module).contains("<h2>You are the mentor here</h2>", "Check your understanding",
                "name=\"q1\"", first.questions().get(0).options().get(0));

        CheckQuestion last = first.questions().get(first.questions().size() - 1);
        String failed = page(answer(last.number(), (last.correct() + 1) % last.options().size()), mentor);
        assertThat(failed).contains("One answer was not right", "Not right.", last.explanation());

        String passed = page(answer(-1, -1), mentor);
        assertThat(passed).contains("Module passed.").doesNotContain("Not right.");
        assertThat(page(get("/me/training"), mentor)).contains("1 of " + catalogue.forSide(Side.MENTOR).size());
    }

    @Test
    void anUnansweredQuestionIsNamedOnThePageAndNothingIsRecorded() throws Exception {
        String page = page(post(modulePath()).with(csrf()).param("q1", "0"), mentor);

        assertThat(page).contains("Choose an answer to question 2.");
        assertThat(jdbc.sql("select count(*) from training_attempt where participant_id = :id")
                .param("id", participant).query(Long.class).single()).isZero();
    }

    @Test
    void theApiGivesQuestionsWithoutTheirAnswersAndChecksAnAttempt() throws Exception {
        mvc.perform(as(get("/api/v1/me/training"), mentor)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].participantId").value(participant))
                .andExpect(jsonPath("$[0].complete").value(false));
        String module = mvc.perform(as(get("/api/v1/participants/" + participant + "/training/modules/"
                        + first.code()), mentor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].options.length()").value(first.questions().get(0).options().size()))
                .andReturn().getResponse().getContentAsString();
        assertThat(module).doesNotContain("\"correct\"", first.questions().get(0).explanation());

        StringBuilder answers = new StringBuilder();
        for (CheckQuestion q : first.questions()) {
            answers.append(answers.isEmpty() ? "" : ",").append('"').append(q.number()).append("\":").append(q.correct());
        }
        mvc.perform(as(post("/api/v1/participants/" + participant + "/training/modules/" + first.code() + "/attempts"),
                        mentor).contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{" + answers + "}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.outcomes[0].explanation").value(first.questions().get(0).explanation()));
        mvc.perform(as(post("/api/v1/participants/" + participant + "/training/modules/" + first.code() + "/attempts"),
                        mentor).contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"1\":0}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/v1/participants/" + participant + "/training"), mentor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.modules[0].passed").value(true));
    }

    @Test
    void someoneElsesTrainingDoesNotExistForThem() throws Exception {
        Person other = fixture.person(Role.EMPLOYEE);
        for (Person outsider : List.of(other, manager)) {
            mvc.perform(as(get(modulePath()), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(post(modulePath()).with(csrf()).param("q1", "0"), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/participants/" + participant + "/training"), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/participants/" + participant + "/training/modules/" + first.code()), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(as(post("/api/v1/participants/" + participant + "/training/modules/" + first.code()
                    + "/attempts"), outsider).contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{}}"))
                    .andExpect(status().isNotFound());
        }
        String menteeModule = catalogue.forSide(Side.MENTEE).get(0).code();
        mvc.perform(as(get("/api/v1/participants/" + participant + "/training/modules/" + menteeModule), mentor))
                .andExpect(status().isNotFound());
    }

    @Test
    void theManagerSeesFiguresAndWhoIsNotDoneAndSetsTheRequirement() throws Exception {
        String page = page(get("/programs/" + program + "/training"), manager);
        assertThat(page).contains("Completion per side", "Name " + mentor.employeeNumber(), "not-done-" + participant,
                first.title(), "Require role training before a pair becomes active");

        mvc.perform(as(post("/programs/" + program + "/training/settings").with(csrf()).param("required", "true")
                .param("version", "0"), manager)).andExpect(status().is3xxRedirection());
        mvc.perform(as(get("/api/v1/programs/" + program + "/training/settings"), manager)).andExpect(status().isOk())
                .andExpect(jsonPath("$.requiredBeforePairing").value(true)).andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(put("/api/v1/programs/" + program + "/training/settings"), manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requiredBeforePairing\":false,\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(as(put("/api/v1/programs/" + program + "/training/settings"), manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(put("/api/v1/programs/" + program + "/training/settings"), manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requiredBeforePairing\":false,\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(as(get("/api/v1/programs/" + program + "/training/completion"), manager))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sides[0].side").value("MENTOR"))
                .andExpect(jsonPath("$.sides[0].participants").value(1))
                .andExpect(jsonPath("$.sides[0].completed").value(0));
        mvc.perform(as(get("/api/v1/programs/" + program + "/training/not-done?size=5"), manager))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].participantId").value(participant))
                .andExpect(jsonPath("$.totalItems").value(1));
        assertThat(auditCount(manager.username(), "TRAINING_REQUIREMENT_CHANGED", String.valueOf(program)))
                .isEqualTo(2);
    }

    @Test
    void anotherProgramsManagerIsToldTheProgramsTrainingDoesNotExist() throws Exception {
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);

        mvc.perform(as(get("/programs/" + program + "/training"), otherManager)).andExpect(status().isNotFound());
        mvc.perform(as(post("/programs/" + program + "/training/settings").with(csrf()).param("required", "true")
                .param("version", "0"), otherManager)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/programs/" + program + "/training/completion"), otherManager))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/programs/" + program + "/training/not-done"), otherManager))
                .andExpect(status().isNotFound());
        mvc.perform(as(put("/api/v1/programs/" + program + "/training/settings"), otherManager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requiredBeforePairing\":true,\"version\":0}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from training_setting where program_id = :id").param("id", program)
                .query(Long.class).single()).isZero();
    }

    private String modulePath() {
        return "/me/training/" + participant + "/modules/" + first.code();
    }

    /** Every question of the first module answered right, except {@code question} which gets {@code option}. */
    private MockHttpServletRequestBuilder answer(int question, int option) {
        MockHttpServletRequestBuilder request = post(modulePath()).with(csrf());
        for (CheckQuestion q : first.questions()) {
            request.param("q" + q.number(), String.valueOf(q.number() == question ? option : q.correct()));
        }
        return request;
    }

    private String page(MockHttpServletRequestBuilder request, Person person) throws Exception {
        return mvc.perform(as(request, person)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Person person) {
        return request.with(authentication(person.auth()));
    }
}
