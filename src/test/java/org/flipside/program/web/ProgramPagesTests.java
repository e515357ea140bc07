package org.flipside.program.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The program pages as a browser sees them: rendering, forms, refusals and redirects. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:program-pages;DB_CLOSE_DELAY=-1", "flipside.demo=false"})
@AutoConfigureMockMvc
class ProgramPagesTests {

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
            ProgramView program = programs.create(new ProgramDraft(name + " " + tag, "Leaders learn from juniors.",
                    List.of(ObjectiveChoice.of(Objective.INNOVATION), ObjectiveChoice.custom("Ship one experiment")),
                    List.of("Start-ups", "Prototypes"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 30),
                    Cadence.MONTHLY, 2, null));
            for (ProgramState next : List.of(ProgramState.ENROLLING, ProgramState.MATCHING, ProgramState.RUNNING,
                    ProgramState.CLOSED)) {
                if (program.state() == state) {
                    break;
                }
                program = programs.transition(program.id(), next, program.version());
            }
            return program;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void assertCspFriendly(String html) {
        assertThat(html).doesNotContain(" style=").doesNotContain(" onclick=").doesNotContain("<script>");
        assertThat(html.split("<h1", -1)).as("exactly one h1").hasSize(2);
        assertThat(html).contains("<main id=\"main\"");
    }

    @Test
    void theListShowsProgramsWithStateBadgesAndFilters() throws Exception {
        ProgramView running = existing("Listed", ProgramState.RUNNING);

        String html = mvc.perform(get("/programs").param("q", tag).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Listed " + tag), containsString("state-RUNNING"),
                        containsString("href=\"/programs/" + running.id() + "\""), containsString("hx-get=\"/programs\""),
                        containsString("New program"))))
                .andReturn().getResponse().getContentAsString();
        assertCspFriendly(html);
    }

    @Test
    void anHtmxFilterRequestGetsOnlyTheResults() throws Exception {
        existing("Fragment", ProgramState.ENROLLING);

        mvc.perform(get("/programs").param("q", tag).param("state", "ENROLLING").header("HX-Request", "true")
                        .with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("Fragment " + tag),
                        not(containsString("<html")), not(containsString("<h1")))));
        mvc.perform(get("/programs").param("q", tag).param("state", "DRAFT").with(authentication(ProgramTestUsers.manager())))
                .andExpect(content().string(allOf(containsString("No programs match."), not(containsString("Fragment " + tag)))));
    }

    @Test
    void employeesSeeNoDraftsAndNoManagerButtons() throws Exception {
        ProgramView draft = existing("Secret draft", ProgramState.DRAFT);
        existing("Public", ProgramState.ENROLLING);

        mvc.perform(get("/programs").param("q", tag).with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Public " + tag), not(containsString("Secret draft")),
                        not(containsString("New program")))));
        mvc.perform(get("/programs/{id}", draft.id()).with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programs/new").with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programs").param("name", "x").with(csrf()).with(authentication(ProgramTestUsers.employee())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNewPageOffersTemplatesAndScratch() throws Exception {
        String html = mvc.perform(get("/programs/new").with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Digital fluency for leaders"),
                        containsString("Social media and younger customers"), containsString("Bridging generations and inclusion"),
                        containsString("Innovation with fresh eyes"), containsString("/programs/new/form?template=digital-leaders"),
                        containsString("Start from scratch"))))
                .andReturn().getResponse().getContentAsString();
        assertCspFriendly(html);
    }

    @Test
    void aTemplatePrefillsTheForm() throws Exception {
        String html = mvc.perform(get("/programs/new/form").param("template", "social-customers")
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Social media and younger customers\""),
                        containsString("name=\"templateCode\" value=\"social-customers\""),
                        containsString("Creators and influencers"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("value=\"SOCIAL_MEDIA_LITERACY\"[^>]*checked");
        assertThat(html).containsPattern("value=\"UNDERSTANDING_YOUNGER_CUSTOMERS\"[^>]*checked");
        assertThat(html).doesNotContainPattern("value=\"INNOVATION\"[^>]*checked");
        assertThat(html).containsPattern("<label[^>]*for=\"name\"").containsPattern("<label[^>]*for=\"focusTopics\"");
        assertCspFriendly(html);
    }

    @Test
    void creatingRedirectsToTheNewProgramWithAFlashMessage() throws Exception {
        MvcResult result = mvc.perform(post("/programs").with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("name", "Created " + tag).param("purpose", "Why we do it")
                        .param("objectives", "DIGITAL_FLUENCY", "INNOVATION")
                        .param("customObjectives", "Own goal", "", "")
                        .param("focusTopics", "AI, Data\nHybrid work")
                        .param("startDate", "2026-04-01").param("endDate", "2026-10-01")
                        .param("cadence", "WEEKLY").param("mentorCapacity", "3").param("templateCode", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/programs/*"))
                .andExpect(flash().attribute("flash", "Program “Created " + tag + "” created as a draft."))
                .andReturn();

        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/programs/".length()));
        String html = mvc.perform(get("/programs/{id}", id).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Created " + tag), containsString("Own goal"),
                        containsString("Digital fluency of leaders"), containsString("Hybrid work"),
                        containsString("state-DRAFT"), containsString("Created as Draft"), containsString("Open enrolment"),
                        containsString("data-confirm=\""), not(containsString("Start the program")))))
                .andReturn().getResponse().getContentAsString();
        assertCspFriendly(html);
        ProgramView saved = programsAsManager(id);
        assertThat(saved.focusTopics()).containsExactly("AI", "Data", "Hybrid work");
        assertThat(saved.objectives()).hasSize(3);
    }

    @Test
    void invalidInputShowsEveryProblemLinkedToItsInput() throws Exception {
        mvc.perform(post("/programs").with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("name", "").param("purpose", "Keep this text").param("focusTopics", "AI\nai")
                        .param("startDate", "2026-04-01").param("endDate", "2026-03-01")
                        .param("cadence", "WEEKLY").param("mentorCapacity", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("Please fix these 4 problems"),
                        containsString("href=\"#name\""), containsString("Enter a name for the program."),
                        containsString("href=\"#focusTopics\""), containsString("The focus topic &#39;ai&#39; is listed twice"),
                        containsString("href=\"#endDate\""), containsString("The end date must be after the start date."),
                        containsString("href=\"#mentorCapacity\""), containsString("A mentor takes 1 to 5 mentees."),
                        containsString("Keep this text"), containsString("aria-invalid=\"true\""))));
    }

    @Test
    void valuesThatAreNotEvenTheRightTypeAreReportedToo() throws Exception {
        mvc.perform(post("/programs").with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("name", "Typed " + tag).param("purpose", "p").param("cadence", "HOURLY")
                        .param("mentorCapacity", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("href=\"#mentorCapacity\""),
                        containsString("&#39;lots&#39; is not a valid value here."), containsString("href=\"#cadence\""))));
    }

    @Test
    void editingSavesAndRedirects() throws Exception {
        ProgramView program = existing("Editable", ProgramState.ENROLLING);

        mvc.perform(get("/programs/{id}/edit", program.id()).with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Editable " + tag + "\""),
                        containsString("name=\"version\" value=\"" + program.version() + "\""),
                        containsString("value=\"2026-05-01\""), containsString("Ship one experiment"))));

        mvc.perform(post("/programs/{id}", program.id()).with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("version", String.valueOf(program.version())).param("name", "Edited " + tag)
                        .param("purpose", "New purpose").param("objectives", "INNOVATION")
                        .param("startDate", "2026-05-01").param("endDate", "2026-12-01")
                        .param("cadence", "MONTHLY").param("mentorCapacity", "2"))
                .andExpect(redirectedUrl("/programs/" + program.id()))
                .andExpect(flash().attribute("flash", "Program “Edited " + tag + "” saved."));
        assertThat(programsAsManager(program.id()).name()).isEqualTo("Edited " + tag);
    }

    @Test
    void aStaleEditShowsTheCurrentValuesAndKeepsWhatTheUserTyped() throws Exception {
        ProgramView program = existing("Contested", ProgramState.DRAFT);
        actAs(ProgramTestUsers.manager());
        programs.update(program.id(), new ProgramDraft("Saved by someone else " + tag, "Their purpose", List.of(),
                List.of(), null, null, Cadence.WEEKLY, 1, null), program.version());
        SecurityContextHolder.clearContext();

        mvc.perform(post("/programs/{id}", program.id()).with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("version", String.valueOf(program.version())).param("name", "My late change " + tag)
                        .param("purpose", "My purpose").param("cadence", "WEEKLY").param("mentorCapacity", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Someone else saved this program after you opened it."),
                        containsString("value=\"Saved by someone else " + tag + "\""),
                        containsString("name=\"version\" value=\"" + (program.version() + 1) + "\""),
                        containsString("Your unsaved changes"), containsString("My late change " + tag))));
        assertThat(programsAsManager(program.id()).name()).isEqualTo("Saved by someone else " + tag);
    }

    @Test
    void transitionsMoveTheProgramAndRefusalsExplainWhy() throws Exception {
        ProgramView program = existing("Moving", ProgramState.DRAFT);

        mvc.perform(post("/programs/{id}/transitions", program.id()).with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("target", "RUNNING").param("version", String.valueOf(program.version())))
                .andExpect(redirectedUrl("/programs/" + program.id()))
                .andExpect(flash().attribute("flashError", "A program in state Draft cannot move to Running."));
        mvc.perform(post("/programs/{id}/transitions", program.id()).with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("target", "ENROLLING").param("version", String.valueOf(program.version())))
                .andExpect(flash().attribute("flash", "Program “Moving " + tag + "” is now Enrolling."));
        mvc.perform(post("/programs/{id}/transitions", program.id()).with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("target", "MATCHING").param("version", String.valueOf(program.version())))
                .andExpect(flash().attribute("flashError", startsWith("Someone else saved this program")));

        mvc.perform(get("/programs/{id}", program.id()).with(authentication(ProgramTestUsers.manager())))
                .andExpect(content().string(allOf(containsString("state-ENROLLING"), containsString("Draft → Enrolling"),
                        containsString("Close enrolment and start matching"), not(containsString("Open enrolment")),
                        containsString("CET"))));
    }

    @Test
    void anIncompleteDraftNamesWhatIsMissing() throws Exception {
        actAs(ProgramTestUsers.manager());
        ProgramView bare = programs.create(new ProgramDraft("Bare " + tag, "p", List.of(), List.of(), null, null,
                Cadence.WEEKLY, 1, null));
        SecurityContextHolder.clearContext();

        mvc.perform(post("/programs/{id}/transitions", bare.id()).with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("target", "ENROLLING").param("version", "0"))
                .andExpect(flash().attribute("flashError",
                        "Before the program can leave the draft state, complete: Start date, End date, Objectives."));
    }

    @Test
    void aClosedProgramHasNoEditButtonAndCannotBeEdited() throws Exception {
        ProgramView closed = existing("Closed", ProgramState.CLOSED);

        mvc.perform(get("/programs/{id}", closed.id()).with(authentication(ProgramTestUsers.manager())))
                .andExpect(content().string(allOf(containsString("This program is closed"),
                        not(containsString("/programs/" + closed.id() + "/edit")), containsString("/copy"))));
        mvc.perform(get("/programs/{id}/edit", closed.id()).with(authentication(ProgramTestUsers.manager())))
                .andExpect(redirectedUrl("/programs/" + closed.id()))
                .andExpect(flash().attribute("flashError", "Program 'Closed " + tag + "' is closed and can no longer be changed."));
        mvc.perform(post("/programs/{id}", closed.id()).with(csrf()).with(authentication(ProgramTestUsers.manager()))
                        .param("version", String.valueOf(closed.version())).param("name", "Reopened")
                        .param("purpose", "p").param("cadence", "WEEKLY").param("mentorCapacity", "1"))
                .andExpect(redirectedUrl("/programs/" + closed.id()))
                .andExpect(flash().attribute("flashError", containsString("is closed")));
        assertThat(programsAsManager(closed.id()).name()).isEqualTo("Closed " + tag);
    }

    @Test
    void copyingCreatesADraftAndOpensIt() throws Exception {
        ProgramView closed = existing("Last year", ProgramState.CLOSED);

        MvcResult result = mvc.perform(post("/programs/{id}/copy", closed.id()).with(csrf())
                        .with(authentication(ProgramTestUsers.manager())))
                .andExpect(redirectedUrlPattern("/programs/*"))
                .andExpect(flash().attribute("flash", containsString("Last year " + tag + " (copy)")))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/programs/".length()));
        assertThat(id).isNotEqualTo(closed.id());
        assertThat(programsAsManager(id).state()).isEqualTo(ProgramState.DRAFT);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/programs").param("name", "Forged").with(authentication(ProgramTestUsers.manager())))
                .andExpect(status().isForbidden());
    }

    private ProgramView programsAsManager(long id) {
        actAs(ProgramTestUsers.manager());
        try {
            return programs.get(id);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
