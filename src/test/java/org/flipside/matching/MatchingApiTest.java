package org.flipside.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.program.profile.ProfileService;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The matching API with real personal tokens: problems name their fields, runs report progress and totals. */
class MatchingApiTest extends WebTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcClient jdbc;

    MatchingFixture fixture;
    String token;
    String base;

    @BeforeEach
    void managerWithAToken() {
        fixture = new MatchingFixture(accounts, directory, programs, profiles, jdbc);
        AccountView manager = accounts.findByUsername(fixture.manager.username()).orElseThrow();
        token = tokens.issue(manager.id(), manager.username(), "api test", null).secret();
        base = "/api/v1/programs/" + fixture.program.id() + "/matching";
    }

    @Test
    void badSettingsAnswer400WithEveryFieldAndAStaleVersion409() throws Exception {
        String settings = mvc.perform(bearer(get(base + "/settings"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0)).andReturn().getResponse().getContentAsString();
        String bad = settings.replace("\"chainLevels\":0", "\"chainLevels\":99")
                .replace("\"responseDays\":14", "\"responseDays\":0");
        mvc.perform(bearer(put(base + "/settings")).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'chainLevels')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'responseDays')]").exists());
        mvc.perform(bearer(put(base + "/settings")).contentType(MediaType.APPLICATION_JSON).content(settings))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(bearer(put(base + "/settings")).contentType(MediaType.APPLICATION_JSON).content(settings))
                .andExpect(status().isConflict());
    }

    @Test
    void aRunStartedOverTheApiFinishesWithItsProposalsUnmatchedAndFairness() throws Exception {
        var mentor = fixture.mentor("Ops", "cloud-files");
        var mentee = fixture.mentee("Ops", "cloud-files");
        fixture.mentee("Ops", "video-editing");
        mvc.perform(bearer(post(base + "/rules")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentee\":" + mentee.id() + ",\"mentor\":" + mentor.id() + ",\"kind\":\"LOCK\"}"))
                .andExpect(status().isCreated());

        String started = mvc.perform(bearer(post(base + "/runs"))).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        long runId = Long.parseLong(started.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        String state = "QUEUED";
        for (int i = 0; i < 300 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
            Thread.sleep(50);
            state = mvc.perform(bearer(get(base + "/runs/" + runId))).andReturn().getResponse()
                    .getContentAsString().replaceAll(".*\"state\":\"([A-Z]+)\".*", "$1");
        }
        assertThat(state).isEqualTo("DONE");
        mvc.perform(bearer(get(base + "/runs/" + runId))).andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.matched").value(1)).andExpect(jsonPath("$.certified").value(true));
        mvc.perform(bearer(get(base + "/runs/" + runId + "/proposals")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].mentorId").value(mentor.id()))
                .andExpect(jsonPath("$.items[0].locked").value(true))
                .andExpect(jsonPath("$.items[0].criteria.length()").value(11));
        mvc.perform(bearer(get(base + "/runs/" + runId + "/unmatched")))
                .andExpect(jsonPath("$[0].reason").value("OUTSCORED"));
        mvc.perform(bearer(get(base + "/runs/" + runId + "/fairness")))
                .andExpect(jsonPath("$.withheld").value(true));
        mvc.perform(bearer(delete(base + "/rules")).param("mentee", String.valueOf(mentee.id()))
                .param("mentor", String.valueOf(mentor.id()))).andExpect(status().isNoContent());
    }

    @Test
    void managersOfOtherProgramsAreRefusedAndOtherProgramsRunsAreNotFound() throws Exception {
        AccountView other = newAccount("other.pm", Role.PROGRAM_MANAGER);
        String otherToken = tokens.issue(other.id(), other.username(), "api test", null).secret();
        mvc.perform(get(base + "/settings").header("Authorization", "Bearer " + otherToken))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get(base + "/runs/987654321"))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token);
    }
}
