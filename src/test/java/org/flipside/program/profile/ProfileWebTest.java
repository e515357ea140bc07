package org.flipside.program.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The profile pages and API with who-may-see-what: participants see and edit only their own profile, the program's
 * managers read profiles without the do-not-match list, sponsors and other managers see nothing.
 */
class ProfileWebTest extends WebTestBase {

    @Autowired
    Programs programs;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProfileStore store;

    AccountView owner;
    AccountView colleague;
    AccountView manager;
    String ownerNumber;
    String colleagueNumber;
    String avoidNumber;
    String avoidName;
    long programId;
    long participantId;
    long colleagueParticipantId;

    @BeforeEach
    void programWithParticipants() {
        owner = newAccount("owner", Role.EMPLOYEE);
        colleague = newAccount("colleague", Role.EMPLOYEE);
        manager = newAccount("pm", Role.PROGRAM_MANAGER);
        ownerNumber = ProfileFixtures.employee(directory, "Owen Owner " + owner.username(), owner.email());
        colleagueNumber = ProfileFixtures.employee(directory, "Cora Colleague " + colleague.username(), colleague.email());
        avoidName = "Zed Quinlan " + Unique.username("z");
        avoidNumber = ProfileFixtures.employee(directory, avoidName, Unique.username("zed") + "@example.org");
        programId = ProfileFixtures.program(programs, manager.username());
        participantId = ProfileFixtures.participant(jdbc, programId, ownerNumber, "MENTEE", "APPROVED");
        colleagueParticipantId = ProfileFixtures.participant(jdbc, programId, colleagueNumber, "MENTOR", "APPLIED");
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, AccountView account) {
        return request.with(authentication(ProgramTestUsers.signedIn(account.username(),
                account.roles().toArray(Role[]::new))));
    }

    private String profileJson(long version) {
        return """
                {"offered": [{"skillCode": "prompt-writing", "level": 4}], "wanted": [{"skillCode": "delegation", "level": 2}],
                 "interests": "Bouldering", "answers": {"1": 5, "3": 1}, "timeZone": "Europe/Paris",
                 "availability": [{"day": "MONDAY", "start": "09:00", "end": "10:30"}], "meetingMode": "VIDEO",
                 "languages": ["en", "fr"], "doNotMatch": ["%s"], "version": %d}
                """.formatted(avoidNumber, version);
    }

    private void ownerSavesProfile() throws Exception {
        mvc.perform(as(put("/api/v1/participants/" + participantId + "/profile"), owner)
                        .contentType(MediaType.APPLICATION_JSON).content(profileJson(0)))
                .andExpect(status().isOk());
    }

    @Test
    void theParticipantEditsTheirOwnProfileOnThePage() throws Exception {
        String page = mvc.perform(as(get("/participants/" + participantId + "/profile"), owner))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Your profile")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("<h1").length - 1).as("one h1").isEqualTo(1);
        assertThat(page).doesNotContain("style=").contains("<legend").contains("I like to agree on an agenda");

        mvc.perform(as(post("/participants/" + participantId + "/profile"), owner).with(csrf())
                        .param("offered[0].skill", "prompt-writing").param("offered[0].level", "4")
                        .param("offered[1].skill", "").param("offered[2].skill", "short-video").param("offered[2].level", "2")
                        .param("interests", "Bouldering").param("answers[1]", "5").param("answers[3]", "1")
                        .param("timeZone", "Europe/Paris").param("availability[0].day", "MONDAY")
                        .param("availability[0].start", "09:00").param("availability[0].end", "10:30")
                        .param("meetingMode", "VIDEO").param("languages", "en", "fr").param("doNotMatch", avoidNumber)
                        .param("version", "0"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/participants/" + participantId + "/profile"));

        mvc.perform(as(get("/api/v1/participants/" + participantId + "/profile"), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(true))
                .andExpect(jsonPath("$.offered", hasSize(2)))
                .andExpect(jsonPath("$.offered[1].skillCode").value("short-video"))
                .andExpect(jsonPath("$.availability[0].end").value("10:30:00"))
                .andExpect(jsonPath("$.doNotMatch[0]").value(avoidNumber))
                .andExpect(jsonPath("$.completeness.missing").value(org.hamcrest.Matchers.contains("WANTED", "WORK_STYLE")))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aRefusedPageSaveShowsEveryProblemAndSavesNothing() throws Exception {
        mvc.perform(as(post("/participants/" + participantId + "/profile"), owner).with(csrf())
                        .param("offered[0].skill", "prompt-writing").param("timeZone", "Europe/Paris")
                        .param("availability[0].day", "MONDAY").param("availability[0].start", "10:00")
                        .param("availability[0].end", "09:00").param("languages", "xx").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a level from 1 to 5.")))
                .andExpect(content().string(containsString("The end must be after the start.")))
                .andExpect(content().string(containsString("Use a two-letter language code")));

        assertThat(store.load(participantId).version()).isZero();
    }

    @Test
    void aStaleSaveIsRefusedWithAClearMessageAndOverwritesNothing() throws Exception {
        ownerSavesProfile();

        mvc.perform(as(post("/participants/" + participantId + "/profile"), owner).with(csrf())
                        .param("interests", "Chess").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Nothing was overwritten")));
        mvc.perform(as(put("/api/v1/participants/" + participantId + "/profile"), owner)
                        .contentType(MediaType.APPLICATION_JSON).content(profileJson(0).replace("Bouldering", "Chess")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://flipside.example/problems/stale-edit"));

        assertThat(store.load(participantId).content().interests()).isEqualTo("Bouldering");
    }

    @Test
    void theApiNamesEveryInvalidField() throws Exception {
        String body = """
                {"offered": [{"skillCode": "prompt-writing", "level": 9}], "answers": {"2": 7},
                 "availability": [{"day": "MONDAY", "start": "09:10", "end": "10:00"}], "languages": ["en"],
                 "doNotMatch": ["%s"], "version": 0}
                """.formatted(ownerNumber);

        mvc.perform(as(put("/api/v1/participants/" + participantId + "/profile"), owner)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("offered[0].level",
                        "answers[2]", "timeZone", "availability[0].start", "doNotMatch[0]")));
        mvc.perform(as(put("/api/v1/participants/" + participantId + "/profile"), owner)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void anotherEmployeesProfileDoesNotExistForThem() throws Exception {
        mvc.perform(as(get("/participants/" + participantId + "/profile"), colleague)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/participants/" + participantId + "/profile"), colleague)).andExpect(status().isNotFound());
        mvc.perform(as(put("/api/v1/participants/" + participantId + "/profile"), colleague)
                .contentType(MediaType.APPLICATION_JSON).content(profileJson(0))).andExpect(status().isNotFound());
        mvc.perform(as(get("/participants/" + participantId + "/profile/people").param("q", "Quinlan"), colleague))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/participants/987654321/profile"), owner)).andExpect(status().isNotFound());

        assertThat(store.load(participantId).version()).isZero();
    }

    @Test
    void theProgramsManagerReadsProfilesWithoutTheDoNotMatchList() throws Exception {
        ownerSavesProfile();

        mvc.perform(as(get("/api/v1/participants/" + participantId + "/profile"), manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(false))
                .andExpect(jsonPath("$.offered[0].skillCode").value("prompt-writing"))
                .andExpect(jsonPath("$.doNotMatch").doesNotExist())
                .andExpect(content().string(not(containsString(avoidNumber))));
        mvc.perform(as(get("/participants/" + participantId + "/profile"), manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Owen Owner")))
                .andExpect(content().string(not(containsString(avoidNumber))))
                .andExpect(content().string(not(containsString(avoidName))));
        mvc.perform(as(get("/api/v1/programs/" + programId + "/profiles"), manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(content().string(not(containsString(avoidNumber))));
    }

    @Test
    void theProgramsManagerCannotChangeAProfileOrSearchForIt() throws Exception {
        mvc.perform(as(put("/api/v1/participants/" + participantId + "/profile"), manager)
                .contentType(MediaType.APPLICATION_JSON).content(profileJson(0))).andExpect(status().isForbidden());
        mvc.perform(as(post("/participants/" + participantId + "/profile"), manager).with(csrf())
                .param("interests", "x").param("version", "0")).andExpect(status().isForbidden());

        assertThat(store.load(participantId).version()).isZero();
    }

    @Test
    void managersOfOtherProgramsSeeNothing() throws Exception {
        AccountView other = newAccount("pm-other", Role.PROGRAM_MANAGER);

        mvc.perform(as(get("/api/v1/participants/" + participantId + "/profile"), other)).andExpect(status().isNotFound());
        mvc.perform(as(get("/participants/" + participantId + "/profile"), other)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/programs/" + programId + "/profiles"), other)).andExpect(status().isNotFound());
        mvc.perform(as(get("/programs/" + programId + "/profiles"), other)).andExpect(status().isNotFound());
    }

    @Test
    void sponsorsSeeNoPersonalProfileData() throws Exception {
        AccountView sponsor = newAccount("sponsor", Role.SPONSOR);
        AccountView sponsorAndEmployee = newAccount("sponsor-emp", Role.SPONSOR, Role.EMPLOYEE);

        mvc.perform(as(get("/participants/" + participantId + "/profile"), sponsor)).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/participants/" + participantId + "/profile"), sponsor)).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/participants/" + participantId + "/profile"), sponsorAndEmployee))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/programs/" + programId + "/profiles"), sponsor)).andExpect(status().isForbidden());
    }

    @Test
    void managersSeeWhoHasNotFinishedAndCanFilterTheIncompleteOnes() throws Exception {
        store.save(colleagueParticipantId, CompletenessTestProfiles.complete(), 0, Instant.now(), "test");

        mvc.perform(as(get("/api/v1/programs/" + programId + "/profiles").param("incomplete", "true"), manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].participantId").value(participantId))
                .andExpect(jsonPath("$[0].completeness.percent").value(0));
        mvc.perform(as(get("/programs/" + programId + "/profiles"), manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Owen Owner")))
                .andExpect(content().string(containsString("Cora Colleague")))
                .andExpect(content().string(containsString("100%")));
        mvc.perform(as(get("/programs/" + programId + "/profiles").param("incomplete", "true"), manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Owen Owner")))
                .andExpect(content().string(not(containsString("Cora Colleague"))));
    }

    @Test
    void theParticipantFindsColleaguesForTheirDoNotMatchList() throws Exception {
        mvc.perform(as(get("/participants/" + participantId + "/profile/people").param("q", avoidName), owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(avoidName)))
                .andExpect(content().string(containsString("value=\"" + avoidNumber + "\"")));
        mvc.perform(as(get("/participants/" + participantId + "/profile/people").param("q", "Owen Owner " + owner.username()), owner))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ownerNumber))));
    }

    @Test
    void theStatementsAreServedWithTheirKeying() throws Exception {
        mvc.perform(as(get("/api/v1/work-style/statements"), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(20)))
                .andExpect(jsonPath("$[2].number").value(3))
                .andExpect(jsonPath("$[2].reverseKeyed").value(true))
                .andExpect(jsonPath("$[2].dimension").value("STRUCTURE"))
                .andExpect(jsonPath("$[2].text").value(containsString("without a plan")));
    }
}
