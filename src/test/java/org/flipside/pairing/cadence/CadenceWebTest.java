package org.flipside.pairing.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cadence on the managers' list of a program's pairs and over the API, and in the workspace: managers see who is at
 * risk and why; the pair's people are told it is time to meet, never that they are "at risk" or what their partner
 * did.
 */
class CadenceWebTest extends WebTestBase {

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;

    Scene risky;
    Scene fine;
    Scene due;

    @BeforeEach
    void threePairsOfAWeeklyProgram() {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        SessionRows sessions = new SessionRows(jdbc);
        risky = fixture.scene();
        fine = fixture.pairIn(risky.program(), risky.manager());
        due = fixture.pairIn(risky.program(), risky.manager());
        jdbc.sql("update program set cadence = 'WEEKLY' where id = :id").param("id", risky.program()).update();
        Instant now = clock.instant();
        sessions.activatedAt(risky.pairId(), now.minus(Duration.ofDays(30)));
        sessions.cancelledBy(risky.pairId(), now.minus(Duration.ofDays(12)), "MENTEE");
        sessions.cancelledBy(risky.pairId(), now.minus(Duration.ofDays(5)), "MENTEE");
        sessions.held(fine.pairId(), now.minus(Duration.ofDays(1)));
        sessions.activatedAt(due.pairId(), now.minus(Duration.ofDays(8)));
    }

    String page(String path, Person person) throws Exception {
        return mvc.perform(as(get(path), person)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theManagersListShowsEachPairsCadenceAndTheAtRiskPairsWithTheirReasonsOnTop() throws Exception {
        String list = page("/programs/" + risky.program() + "/pairs", risky.manager());
        assertThat(list).contains("At risk (1)")
                .contains("No session held since the pair started 4 weeks ago.")
                .contains("The senior cancelled 2 of the last 2 sessions.")
                .contains("On track").contains("Meeting due")
                .contains("/pairs/" + fine.pairId() + "\"").contains("/pairs/" + due.pairId() + "\"");

        String onlyAtRisk = page("/programs/" + risky.program() + "/pairs?atRisk=true", risky.manager());
        assertThat(onlyAtRisk).contains("/pairs/" + risky.pairId() + "\"")
                .doesNotContain("/pairs/" + fine.pairId() + "\"").doesNotContain("/pairs/" + due.pairId() + "\"");
    }

    @Test
    void manyPairsAtRiskShowTheFirstTenOnTopAndAllOfThemPageByPage() throws Exception {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        SessionRows sessions = new SessionRows(jdbc);
        for (int i = 0; i < 25; i++) {
            Scene more = fixture.pairIn(risky.program(), risky.manager());
            sessions.activatedAt(more.pairId(), clock.instant().minus(Duration.ofDays(40)));
        }

        String list = page("/programs/" + risky.program() + "/pairs", risky.manager());
        assertThat(list).contains("At risk (26)").contains("Show all, 16 more").contains("At risk as of ");
        assertThat(list.split("No session held since the pair started", -1)).hasSize(11);

        String first = page("/programs/" + risky.program() + "/pairs?atRisk=true", risky.manager());
        String second = page("/programs/" + risky.program() + "/pairs?atRisk=true&page=1", risky.manager());
        assertThat(first).contains("Page 1 of 2").contains("atRisk=true&amp;page=1")
                .doesNotContain("/pairs/" + fine.pairId() + "\"");
        assertThat(second).contains("Page 2 of 2").doesNotContain("/pairs/" + fine.pairId() + "\"");
        assertThat(rows(first) + rows(second)).isEqualTo(26);
    }

    private static int rows(String page) {
        return page.split("<th scope=\"row\"", -1).length - 1;
    }

    @Test
    void theApiGivesEveryActivePairsStateAndTheAtRiskPairsReasons() throws Exception {
        mvc.perform(as(get("/api/v1/programs/" + risky.program() + "/pairs/cadence"), risky.manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.pairId == %d)].state".formatted(risky.pairId())).value("AT_RISK"))
                .andExpect(jsonPath("$[?(@.pairId == %d)].state".formatted(fine.pairId())).value("ON_TRACK"))
                .andExpect(jsonPath("$[?(@.pairId == %d)].state".formatted(due.pairId())).value("DUE"))
                .andExpect(jsonPath("$[?(@.pairId == %d)].atRisk".formatted(fine.pairId())).value(false));
        mvc.perform(as(get("/api/v1/programs/" + risky.program() + "/pairs/at-risk"), risky.manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].pairId").value(risky.pairId()))
                .andExpect(jsonPath("$[0].cadence.reasons[0].code").value("NO_HELD_SESSION"))
                .andExpect(jsonPath("$[0].cadence.reasons[1].code").value("SENIOR_CANCELLED"))
                .andExpect(jsonPath("$[0].cadence.reasons[1].text")
                        .value("The senior cancelled 2 of the last 2 sessions."));
    }

    @Test
    void onlyTheProgramsManagersFollowItsPairsCadence() throws Exception {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        mvc.perform(as(get("/api/v1/programs/" + risky.program() + "/pairs/cadence"), otherManager))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/programs/" + risky.program() + "/pairs/at-risk"), otherManager))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/programs/" + risky.program() + "/pairs"), otherManager))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/programs/" + risky.program() + "/pairs/at-risk"), risky.mentee()))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersAreToldItIsTimeToMeetAndNeverThatTheyAreAtRiskOrWhatTheSeniorDid() throws Exception {
        for (Person member : new Person[]{risky.mentee(), risky.mentor()}) {
            String workspace = page("/pairs/" + risky.pairId(), member);
            assertThat(workspace).contains("Time to meet: your meeting was due by")
                    .doesNotContain("At risk").doesNotContain("at risk").doesNotContain("cancelled")
                    .doesNotContain("did not show up");
        }
        assertThat(page("/pairs/" + due.pairId(), due.mentor())).contains("Time to meet: your next meeting is due by");
        assertThat(page("/pairs/" + fine.pairId(), fine.mentee())).doesNotContain("Time to meet");
        assertThat(page("/pairs/" + risky.pairId(), risky.manager())).contains("Cadence: At risk")
                .contains("The senior cancelled 2 of the last 2 sessions.");
    }
}
