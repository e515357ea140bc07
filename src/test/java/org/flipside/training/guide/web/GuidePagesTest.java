package org.flipside.training.guide.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;
import org.flipside.training.GuideView;
import org.flipside.training.guide.GuideFixture;
import org.flipside.training.guide.GuideService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The guide pages render for the people who may see them, and the edit form keeps what a manager typed. */
class GuidePagesTest extends WebTestBase {

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
    void aProgramWithGuides() {
        fixture = new GuideFixture(accounts, directory, programs, jdbc);
        program = fixture.program(List.of("AI assistants", "Listening"), ObjectiveChoice.of(Objective.INNOVATION));
        actAs(fixture.manager.auth());
        guide = guides.ofProgram(program.id()).get(0);
        SecurityContextHolder.clearContext();
        base = "/programs/" + program.id() + "/guides";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theManagerReadsTheListAGuideLaidOutForPrintingAndItsEditPage() throws Exception {
        assertThat(page(fixture.manager, base)).contains("Conversation guides · " + program.name(), "AI assistants",
                "Listening", "Digital tools and working habits", "Innovation and new ideas",
                "href=\"" + base + "/" + guide.id() + "/edit\"");
        assertThat(page(fixture.manager, base + "/" + guide.id())).contains("Digital tools and working habits",
                "Questions to open with", "Exercise 1: Fix one real annoyance live",
                "<li class=\"text-break\">The senior repeats the task alone",
                "Giving feedback upward (for the junior mentor)", "Receiving feedback (for the senior mentee)",
                "d-print-none");
        assertThat(page(fixture.manager, base + "/" + guide.id() + "/edit")).contains(
                "Edit the guide for &quot;AI assistants&quot;", "id=\"items[0].text\"", "for=\"items[0].text\"",
                "value=\"up:1\"", "value=\"remove:0\"", "Reset to the library text",
                "name=\"version\" value=\"0\"");
    }

    @Test
    void aParticipantReadsButDoesNotEditAndAnOutsiderFindsNothing() throws Exception {
        Person mentee = fixture.participant(program, "MENTEE", "APPROVED");
        assertThat(page(mentee, base)).contains("AI assistants").doesNotContain("/edit\"");
        assertThat(page(mentee, base + "/" + guide.id())).contains("Fix one real annoyance live")
                .doesNotContain("/edit\"");
        mvc.perform(as(mentee, get(base + "/" + guide.id() + "/edit"))).andExpect(status().isForbidden());

        Person outsider = fixture.outsider();
        mvc.perform(as(outsider, get(base))).andExpect(status().isNotFound());
        mvc.perform(as(outsider, get(base + "/" + guide.id()))).andExpect(status().isNotFound());
    }

    @Test
    void theProgramPageLinksItsManagersAndAnApprovedParticipantsPageLinksThemToTheGuides() throws Exception {
        assertThat(page(fixture.manager, "/programs/" + program.id())).contains("id=\"guides-link\"",
                "href=\"" + base + "\"");
        Person mentor = fixture.participant(program, "MENTOR", "APPROVED");
        long participantId = jdbc.sql("select id from participant where program_id = :program and employee_number = :number")
                .param("program", program.id()).param("number", mentor.employeeNumber()).query(Long.class).single();
        assertThat(page(mentor, "/me/programs/" + participantId)).contains("Open the conversation guides",
                "href=\"" + base + "\"");
    }

    @Test
    void everyButtonSavesTheWholeFormAndSaysWhatItDid() throws Exception {
        mvc.perform(form(guide, "Renamed", "remove:0", "A new question?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base + "/" + guide.id() + "/edit"))
                .andExpect(flash().attribute("flash", "Item removed and guide saved."));

        GuideView saved = guides(fixture.manager).get(program.id(), guide.id());
        assertThat(saved.title()).isEqualTo("Renamed");
        assertThat(saved.items()).hasSize(guide.items().size());
        assertThat(saved.items()).doesNotContain(guide.items().get(0));
        long questions = guide.items().stream().filter(i -> i.kind() == GuideItemKind.OPENING_QUESTION).count();
        assertThat(saved.items().get((int) questions - 1)).as("the new question comes last among the questions")
                .isEqualTo(new GuideItem(guide.items().size() + 1, GuideItemKind.OPENING_QUESTION, "A new question?"));

        mvc.perform(form(saved, "Renamed", "down:0", ""))
                .andExpect(flash().attribute("flash", "Item moved down and guide saved."));
        GuideView moved = guides(fixture.manager).get(program.id(), guide.id());
        assertThat(moved.items().get(0)).isEqualTo(saved.items().get(1));
        assertThat(moved.items().get(1)).isEqualTo(saved.items().get(0));
    }

    @Test
    void aProblemOrAStaleEditShowsThePageAgainWithEverythingTheManagerTyped() throws Exception {
        String invalid = mvc.perform(form(guide, "Kept title", "save", "Kept new item").param("text", "")
                        .param("position", "").param("kind", "OPENING_QUESTION"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("id=\"error-summary\"", "has no text.", "value=\"Kept title\"", "Kept new item");
        assertThat(guides(fixture.manager).get(program.id(), guide.id())).isEqualTo(guide);

        mvc.perform(form(guide, "Saved by someone else", "save", "")).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(form(guide, "My late title", "save", "My late question?"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("id=\"stale\"", "What is saved now", "Saved by someone else",
                "value=\"My late title\"", "My late question?", "name=\"version\" value=\"1\"");
        assertThat(guides(fixture.manager).get(program.id(), guide.id()).title()).isEqualTo("Saved by someone else");
    }

    @Test
    void theManagerResetsAGuideFromItsEditPage() throws Exception {
        mvc.perform(form(guide, "Ours", "save", "")).andExpect(status().is3xxRedirection());
        mvc.perform(as(fixture.manager, post(base + "/" + guide.id() + "/reset")).with(csrf()).param("version", "0"))
                .andExpect(flash().attribute("flashError", "Someone else saved this guide after you opened it, so it "
                        + "was not reset. Look at their changes and reset again if you still want to."));
        mvc.perform(as(fixture.manager, post(base + "/" + guide.id() + "/reset")).with(csrf()).param("version", "1"))
                .andExpect(flash().attribute("flash", "The guide has the library's text again."));
        assertThat(guides(fixture.manager).get(program.id(), guide.id()).title())
                .isEqualTo("Digital tools and working habits");
    }

    private MockHttpServletRequestBuilder form(GuideView from, String title, String action, String newText) {
        MockHttpServletRequestBuilder request = as(fixture.manager, post(base + "/" + from.id())).with(csrf())
                .param("version", String.valueOf(from.version())).param("title", title)
                .param("introduction", from.introduction()).param("action", action)
                .param("newKind", "OPENING_QUESTION").param("newText", newText);
        for (GuideItem item : from.items()) {
            request.param("position", String.valueOf(item.position())).param("kind", item.kind().name())
                    .param("text", item.text());
        }
        return request;
    }

    private GuideService guides(Person person) {
        actAs(person.auth());
        return guides;
    }

    private String page(Person person, String path) throws Exception {
        return mvc.perform(as(person, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.with(authentication(person.auth()));
    }
}
