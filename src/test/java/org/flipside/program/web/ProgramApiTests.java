package org.flipside.program.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The JSON API: status codes, problem documents that name the fields, and per-record visibility. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:program-api;DB_CLOSE_DELAY=-1", "flipside.demo=false"})
@AutoConfigureMockMvc
class ProgramApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Programs programs;

    private String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ProgramView existing(String name, ProgramState state) {
        actAs(ProgramTestUsers.manager());
        try {
            ProgramView program = programs.create(new ProgramDraft(name + " " + tag, "Purpose",
                    List.of(ObjectiveChoice.of(Objective.BRIDGING_GENERATIONS)), List.of("Hybrid work"),
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 1), Cadence.MONTHLY, 1, null));
            if (state == ProgramState.ENROLLING) {
                program = programs.transition(program.id(), ProgramState.ENROLLING, program.version());
            }
            return program;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void createAnswers201WithLocationAndTheProgram() throws Exception {
        String body = """
                {"name": "API program %s", "purpose": "Why",
                 "objectives": [{"catalogue": "DIGITAL_FLUENCY"}, {"custom": "Learn short video"}],
                 "focusTopics": ["AI", "Video"], "startDate": "2026-03-01", "endDate": "2026-09-01",
                 "cadence": "WEEKLY", "mentorCapacity": 2, "templateCode": "digital-leaders"}
                """.formatted(tag);

        mvc.perform(json(post("/api/v1/programs"), body).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/programs/")))
                .andExpect(jsonPath("$.name").value("API program " + tag))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.objectives[0].catalogue").value("DIGITAL_FLUENCY"))
                .andExpect(jsonPath("$.objectives[1].custom").value("Learn short video"))
                .andExpect(jsonPath("$.startDate").value("2026-03-01"))
                .andExpect(jsonPath("$.history", hasSize(1)));
    }

    @Test
    void invalidInputAnswers400NamingEveryField() throws Exception {
        String body = """
                {"name": "", "purpose": "Why", "objectives": [{"custom": "%s"}], "cadence": "WEEKLY", "mentorCapacity": 7}
                """.formatted("x".repeat(301));

        mvc.perform(json(post("/api/v1/programs"), body).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "customObjectives", "mentorCapacity")))
                .andExpect(jsonPath("$.errors[?(@.field == 'mentorCapacity')].code").value("program.mentorCapacity.range"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        mvc.perform(json(post("/api/v1/programs"), """
                        {"name": "n", "purpose": "p", "cadence": "HOURLY", "mentorCapacity": 1}
                        """).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cadence"))
                .andExpect(jsonPath("$.errors[0].code").value("program.value.oneOf"))
                .andExpect(jsonPath("$.errors[0].message").value("'HOURLY' is not one of: WEEKLY, FORTNIGHTLY, MONTHLY."));
        mvc.perform(json(post("/api/v1/programs"), """
                        {"name": "n", "purpose": "p", "objectives": [{"catalogue": "GOLF"}], "cadence": "WEEKLY", "mentorCapacity": 1}
                        """).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("objectives[0].catalogue"));
        mvc.perform(json(post("/api/v1/programs"), """
                        {"name": "n", "purpose": "p", "startDate": "next week", "cadence": "WEEKLY", "mentorCapacity": 1}
                        """).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
        mvc.perform(json(post("/api/v1/programs"), "{not json").with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(get("/api/v1/programs").param("state", "PAUSED").with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }

    @Test
    void employeesGet404ForDraftsAnd200OncePublished() throws Exception {
        ProgramView draft = existing("Draft", ProgramState.DRAFT);
        ProgramView enrolling = existing("Enrolling", ProgramState.ENROLLING);

        mvc.perform(get("/api/v1/programs/{id}", draft.id()).with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programs/{id}", enrolling.id()).with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENROLLING"));
        mvc.perform(get("/api/v1/programs/{id}", draft.id()).with(authentication(ProgramTestUsers.sponsor())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/programs").param("q", tag).with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(enrolling.id()));
        mvc.perform(get("/api/v1/programs/{id}", Long.MAX_VALUE).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyProgramManagersWrite() throws Exception {
        ProgramView program = existing("Guarded", ProgramState.DRAFT);

        mvc.perform(json(post("/api/v1/programs"), "{}").with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs/{id}/copy", program.id()).with(authentication(ProgramTestUsers.sponsor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anIllegalTransitionAnswers409NamingBothStates() throws Exception {
        ProgramView program = existing("Jumping", ProgramState.DRAFT);

        mvc.perform(json(post("/api/v1/programs/{id}/transitions", program.id()),
                        "{\"target\": \"CLOSED\", \"version\": " + program.version() + "}")
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("program.transition.illegal"))
                .andExpect(jsonPath("$.detail").value("A program cannot move from DRAFT to CLOSED."));
    }

    @Test
    void aLegalTransitionAnswers200WithTheNewStateAndVersion() throws Exception {
        ProgramView program = existing("Opening", ProgramState.DRAFT);

        mvc.perform(json(post("/api/v1/programs/{id}/transitions", program.id()),
                        "{\"target\": \"ENROLLING\", \"version\": " + program.version() + "}")
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENROLLING"))
                .andExpect(jsonPath("$.version").value(program.version() + 1))
                .andExpect(jsonPath("$.history[1].from").value("DRAFT"))
                .andExpect(jsonPath("$.history[1].by").value("pm.anna"));
    }

    @Test
    void anIncompleteDraftAnswers409ListingTheMissingFields() throws Exception {
        actAs(ProgramTestUsers.manager());
        ProgramView bare = programs.create(new ProgramDraft("Bare " + tag, "p", List.of(), List.of(), null, null,
                Cadence.WEEKLY, 1, null));
        SecurityContextHolder.clearContext();

        mvc.perform(json(post("/api/v1/programs/{id}/transitions", bare.id()), "{\"target\": \"ENROLLING\", \"version\": 0}")
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("program.incomplete"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("startDate", "endDate", "objectives")));
    }

    @Test
    void aTransitionWithoutTargetOrVersionAnswers400() throws Exception {
        ProgramView program = existing("Vague", ProgramState.DRAFT);

        mvc.perform(json(post("/api/v1/programs/{id}/transitions", program.id()), "{}")
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("target", "version")));
        mvc.perform(json(post("/api/v1/programs/{id}/transitions", program.id()), "{\"target\": \"LAUNCHED\", \"version\": 0}")
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target"));
    }

    @Test
    void updateAnswers200AndAStaleVersionAnswers409() throws Exception {
        ProgramView program = existing("Updated", ProgramState.DRAFT);
        String body = """
                {"name": "Renamed %s", "purpose": "p", "cadence": "MONTHLY", "mentorCapacity": 3, "version": %d}
                """;

        mvc.perform(json(put("/api/v1/programs/{id}", program.id()), body.formatted(tag, program.version()))
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed " + tag))
                .andExpect(jsonPath("$.version").value(program.version() + 1));
        mvc.perform(json(put("/api/v1/programs/{id}", program.id()), body.formatted(tag + " again", program.version()))
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
        mvc.perform(json(put("/api/v1/programs/{id}", program.id()), """
                        {"name": "No version", "purpose": "p", "cadence": "MONTHLY", "mentorCapacity": 3}
                        """).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void copyAnswers201WithANewDraft() throws Exception {
        ProgramView source = existing("Source", ProgramState.ENROLLING);

        var response = mvc.perform(post("/api/v1/programs/{id}/copy", source.id()).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Source " + tag + " (copy)"))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.copiedFromId").value(source.id()))
                .andExpect(jsonPath("$.startDate").value(nullValue()))
                .andReturn().getResponse();
        Number id = com.jayway.jsonpath.JsonPath.read(response.getContentAsString(), "$.id");
        assertThat(id.longValue()).isNotEqualTo(source.id());
        assertThat(response.getHeader("Location")).endsWith("/api/v1/programs/" + id);
    }

    @Test
    void listPagesAndFiltersByState() throws Exception {
        for (int i = 0; i < 3; i++) {
            existing("Paged " + i, ProgramState.DRAFT);
        }
        existing("Enrolling", ProgramState.ENROLLING);

        mvc.perform(get("/api/v1/programs").param("q", tag).param("state", "DRAFT").param("size", "2").param("page", "1")
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].state").value("DRAFT"));
    }

    @Test
    void templatesAndObjectivesCarryTheirTexts() throws Exception {
        mvc.perform(get("/api/v1/program-templates").with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(4))))
                .andExpect(jsonPath("$[*].name", hasItem("Digital fluency for leaders")));
        mvc.perform(get("/api/v1/objectives").with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(Objective.values().length)))
                .andExpect(jsonPath("$[0].code").value("DIGITAL_FLUENCY"))
                .andExpect(jsonPath("$[0].label").value("Digital fluency of leaders"));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programs'].post.summary").value("Create a program as a draft"))
                .andExpect(jsonPath("$.paths['/api/v1/programs/{id}/transitions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/programs/{id}/copy'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/program-templates'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/objectives'].get").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem("Programs")));
    }
}
