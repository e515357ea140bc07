package org.flipside.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.RunService;
import org.flipside.matching.run.RunStore;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.program.profile.ProfileService;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every matching page renders for the program's manager, and forms answer with their outcome. */
class MatchingPagesTest extends WebTestBase {

    @Autowired
    RunService runs;
    @Autowired
    RunStore runStore;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSettingsRunReviewCompareAndFairnessPagesRenderTheirContent() throws Exception {
        MatchingFixture fixture = new MatchingFixture(accounts, directory, programs, profiles, jdbc);
        MatchingFixture.Participant mentor = null;
        MatchingFixture.Participant mentee = null;
        MatchingFixture.Participant firstMentor = null;
        MatchingFixture.Participant firstMentee = null;
        for (int k = 0; k < 5; k++) {
            mentor = fixture.mentor("Ops", "cloud-files");
            mentee = fixture.mentee("Ops", "cloud-files");
            if (k == 0) {
                firstMentor = mentor;
                firstMentee = mentee;
            }
        }
        long id = fixture.program.id();
        String base = "/programs/" + id + "/matching";
        fixture.actAsManager();
        MatchingRun first = finished(runs.start(id));
        MatchingRun second = finished(runs.start(id));
        SecurityContextHolder.clearContext();

        assertThat(page(fixture, base)).contains("Run matching", "#" + first.id(), "#" + second.id(),
                "No pair is locked or forbidden.");
        mvc.perform(as(fixture, post("/programs/" + id + "/matching/rules")).with(csrf())
                        .param("mentee", String.valueOf(mentee.id())).param("mentor", String.valueOf(mentor.id()))
                        .param("kind", "FORBID").param("run", String.valueOf(first.id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Pair forbidden: no run proposes it."));
        assertThat(page(fixture, base)).contains("Forbidden: Person " + mentee.number() + " with Person " + mentor.number())
                .contains("id=\"rule-mentee\"", "id=\"rule-mentor\"");
        mvc.perform(as(fixture, post("/programs/" + id + "/matching/rules")).with(csrf())
                        .param("mentee", String.valueOf(firstMentee.id()))
                        .param("mentor", String.valueOf(firstMentor.id())).param("kind", "LOCK"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/programs/" + id + "/matching"))
                .andExpect(flash().attribute("flash", "Pair locked: every run keeps it."));
        assertThat(page(fixture, base))
                .contains("Locked: Person " + firstMentee.number() + " with Person " + firstMentor.number());
        assertThat(page(fixture, base + "/settings")).contains("Matching settings", "Crossing departments");
        assertThat(page(fixture, base + "/runs/" + first.id())).contains("5 of 5 mentees matched", "All criteria",
                "Publish proposals", "/matching/runs/" + first.id() + "/publish");
        assertThat(page(fixture, base + "/runs/" + first.id() + "?sort=MENTOR&minimumScore=101"))
                .contains("No proposals match.");
        assertThat(page(fixture, base + "/compare?left=" + first.id() + "&right=" + second.id()))
                .contains("Kept (same mentor)");
        assertThat(page(fixture, base + "/runs/" + first.id() + "/fairness")).contains("Mentees by department",
                "Score distribution", "<svg");
        mvc.perform(as(fixture, get(base + "/runs/" + first.id() + "/progress")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true"));

        MatchingRun running = runStore.create(id, first.settings(), first.startedAt(), fixture.manager.username());
        runStore.started(running.id(), "checking optimality");
        runStore.progress(running.id(), "checking optimality", 84);
        String progress = mvc.perform(as(fixture, get(base + "/runs/" + running.id() + "/progress"))
                        .header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Refresh")).andReturn().getResponse().getContentAsString();
        assertThat(progress).contains("Running: checking optimality (84%)", "hx-trigger=\"every 1s\"",
                "aria-valuenow=\"84\"", "w-pct-80");
        runStore.failed(running.id(), "stopped by the test", first.startedAt());
    }

    @Test
    void aSettingsFormWithBadValuesShowsEveryProblemAndAValidOneIsSaved() throws Exception {
        MatchingFixture fixture = new MatchingFixture(accounts, directory, programs, profiles, jdbc);
        String base = "/programs/" + fixture.program.id() + "/matching/settings";
        String page = mvc.perform(as(fixture, post(base)).with(csrf()).param("version", "0")
                        .param("weight.SKILLS", "ten").param("priority", "MOST_MATCHES_FIRST"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ten", "is not a valid value here.");

        page = mvc.perform(as(fixture, post(base)).with(csrf()).param("version", "0").param("weight.SKILLS", "12")
                        .param("priority", "MOST_MATCHES_FIRST").param("responseDays", "14"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A weight is from 0 to 10, not 12.");

        mvc.perform(as(fixture, post(base)).with(csrf()).param("version", "0").param("weight.SKILLS", "8")
                        .param("priority", "SCORE_FIRST").param("responseDays", "10").param("minimumGradeGap", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Matching settings saved."));
    }

    private String page(MatchingFixture fixture, String path) throws Exception {
        return mvc.perform(as(fixture, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(MatchingFixture fixture, MockHttpServletRequestBuilder request) {
        return request.with(authentication(fixture.manager.auth()));
    }

    private MatchingRun finished(MatchingRun run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        MatchingRun now = runs.get(run.programId(), run.id());
        while (!now.state().finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = runs.get(run.programId(), run.id());
        }
        return now;
    }
}
