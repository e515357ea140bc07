package org.flipside.training.guide.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.flipside.training.GuideView;
import org.flipside.training.guide.GuideFixture;
import org.flipside.training.guide.GuideService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The guides API with real personal tokens: the same per-record rules as the pages, problems that name fields. */
class GuideApiTest extends WebTestBase {

    @Autowired
    GuideService guides;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;

    GuideFixture fixture;
    ProgramView program;
    GuideView guide;
    String base;

    @BeforeEach
    void aProgramWithAGuide() {
        fixture = new GuideFixture(accounts, directory, programs, jdbc);
        program = fixture.program(List.of("Customers under 30"), ObjectiveChoice.of(Objective.INNOVATION));
        actAs(fixture.manager.auth());
        guide = guides.ofProgram(program.id()).get(0);
        SecurityContextHolder.clearContext();
        base = "/api/v1/programs/" + program.id() + "/guides";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void participantsAndManagersReadTheGuidesOthersGet404() throws Exception {
        Person mentor = fixture.participant(program, "MENTOR", "APPROVED");
        mvc.perform(as(mentor, get(base))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(guide.id()))
                .andExpect(jsonPath("$[0].topic").value("Customers under 30"))
                .andExpect(jsonPath("$[0].title").value("Understanding younger customers"))
                .andExpect(jsonPath("$[0].items[0].kind").value("OPENING_QUESTION"))
                .andExpect(jsonPath("$[0].version").value(0));
        mvc.perform(as(fixture.manager, get(base + "/" + guide.id()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(guide.items().size()));

        mvc.perform(as(fixture.outsider(), get(base))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://flipside.example/problems/not-found"));
        mvc.perform(as(fixture.participant(program, "MENTEE", "APPLIED"), get(base + "/" + guide.id())))
                .andExpect(status().isNotFound());
        mvc.perform(as(fixture.otherManager(), get(base))).andExpect(status().isNotFound());
    }

    @Test
    void aManagerReplacesAGuideWithTheVersionTheyRead() throws Exception {
        long kept = guide.items().get(1).position();
        String body = """
                {"title": "For our customers", "introduction": "Look at it through their phones.", "version": 0,
                 "items": [{"position": %d, "kind": "OPENING_QUESTION", "text": "Kept, reworded?"},
                           {"kind": "EXERCISE", "text": "Shop together\\nPick a product\\nBuy it on the phone"}]}
                """.formatted(kept);
        mvc.perform(as(fixture.manager, put(base + "/" + guide.id())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.items[0].position").value(kept))
                .andExpect(jsonPath("$.items[1].position").value(guide.items().size() + 1))
                .andExpect(jsonPath("$.items.length()").value(2));

        mvc.perform(as(fixture.manager, put(base + "/" + guide.id())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://flipside.example/problems/stale-edit"));

        mvc.perform(as(fixture.manager, put(base + "/" + guide.id())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \" \", \"introduction\": \"I\", \"version\": 1, "
                                + "\"items\": [{\"kind\": \"EXERCISE\", \"text\": \"\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[1].field").value("items[0].text"))
                .andExpect(jsonPath("$.errors[1].message").value("Item 1 has no text."));
        mvc.perform(as(fixture.manager, put(base + "/" + guide.id())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"T\", \"introduction\": \"I\", \"version\": 1, "
                                + "\"items\": [{\"kind\": \"SPEECH\", \"text\": \"Hello\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].kind"));
        mvc.perform(as(fixture.manager, put(base + "/" + guide.id())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"T\", \"introduction\": \"I\", \"items\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        mvc.perform(as(fixture.manager, post(base + "/" + guide.id() + "/reset")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.title").value("Understanding younger customers"));
    }

    @Test
    void aParticipantMayNotChangeAGuide() throws Exception {
        Person mentee = fixture.participant(program, "MENTEE", "APPROVED");
        mvc.perform(as(mentee, put(base + "/" + guide.id())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"T\", \"introduction\": \"I\", \"version\": 0, "
                                + "\"items\": [{\"kind\": \"EXERCISE\", \"text\": \"A\\nB\\nC\"}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(mentee, post(base + "/" + guide.id() + "/reset")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isForbidden());
        actAs(fixture.manager.auth());
        assertThat(guides.get(program.id(), guide.id())).isEqualTo(guide);
    }

    private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        long accountId = accounts.findByUsername(person.username()).orElseThrow().id();
        String token = tokens.issue(accountId, person.username(), "guides", null).secret();
        return request.accept(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token);
    }
}
