package org.flipside.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.shared.privacy.SmallGroups;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

/** The dashboard of {@link DashboardScene}: every figure as built, the table twins, the JSON twin and who may read. */
class DashboardWebTest extends WebTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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

    PairFixture fixture;
    DashboardScene scene;

    @BeforeEach
    void program() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = new DashboardScene(fixture, jdbc, clock.instant());
    }

    @Test
    void theJsonTwinCarriesEveryFigureOfTheConstructedProgram() throws Exception {
        String week = scene.monday.atZone(ZoneOffset.UTC).toLocalDate().toString();
        String weekBefore = scene.monday.atZone(ZoneOffset.UTC).toLocalDate().minusWeeks(1).toString();
        LocalDate dueWeek = day(scene.now.minus(Duration.ofDays(20)))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        boolean dueInNextWeek = dueWeek.equals(day(scene.monday).plusWeeks(1));
        String body = mvc.perform(as(get(url()), scene.first.manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.heldPerWeek[0].weekStart").value(weekBefore))
                .andExpect(jsonPath("$.heldPerWeek[0].held").value(1))
                .andExpect(jsonPath("$.heldPerWeek[1].weekStart").value(week))
                .andExpect(jsonPath("$.heldPerWeek[1].held").value(1))
                .andExpect(jsonPath("$.heldPerWeek[2].held").value(dueInNextWeek ? 1 : 0))
                .andExpect(jsonPath("$.atRisk[0].reasons[0].code").value("NO_HELD_SESSION"))
                .andExpect(jsonPath("$.atRisk[1].reasons[0].code").value("SENIOR_CANCELLED"))
                .andExpect(jsonPath("$.atRisk[2].reasons[0].code").value("AGREEMENT_UNSIGNED"))
                .andExpect(jsonPath("$.goals[0].side").value("MENTEE"))
                .andExpect(jsonPath("$.goals[0].goals").value(1))
                .andExpect(jsonPath("$.goals[0].keyResults").value(2))
                .andExpect(jsonPath("$.goals[0].reached").value(1))
                .andExpect(jsonPath("$.goals[0].meanProgress").value(75))
                .andExpect(jsonPath("$.goals[1].keyResults").value(0))
                .andExpect(jsonPath("$.safety[0].respondents").value(SmallGroups.MINIMUM))
                .andExpect(jsonPath("$.safety[0].mean").value(4.0))
                .andExpect(jsonPath("$.safety[1].respondents").value(SmallGroups.MINIMUM - 1))
                .andExpect(jsonPath("$.safety[1].mean").doesNotExist())
                .andExpect(jsonPath("$.insights.raised").value(0))
                .andExpect(jsonPath("$.training[0].people").value(5))
                .andExpect(jsonPath("$.minimum").value(SmallGroups.MINIMUM))
                .andExpect(jsonPath("$.asOf").exists()).andReturn().getResponse().getContentAsString();
        assertThat(read(body, "$.funnel[*].stage")).containsExactly("INVITED", "APPLIED", "APPROVED", "MATCHED",
                "ACTIVE");
        assertThat(read(body, "$.funnel[*].people")).containsExactly(13, 11, 10, 10, 10);
        assertThat(read(body, "$.matches[*].matches")).containsExactly(1, 0, 1, 1, 2);
        assertThat(read(body, "$.cadence[*].state")).containsExactly("ON_TRACK", "DUE", "OVERDUE", "AT_RISK");
        assertThat(read(body, "$.cadence[*].pairs")).containsExactly(1, 1, 0, 3);
        assertThat(read(body, "$.atRisk[*].pairId")).containsExactly((int) scene.first.pairId(),
                (int) scene.cancelling.pairId(), (int) scene.unsigned.pairId());
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(body, "$.atRiskPairs")).isEqualTo(3);
        assertThat(read(body, "$.atRiskReasons[*].code")).containsExactly("AGREEMENT_UNSIGNED", "NO_HELD_SESSION",
                "SENIOR_CANCELLED");
        assertThat(read(body, "$.atRiskReasons[*].pairs")).containsExactly(1, 1, 1);
    }

    @Test
    void aLongAtRiskListNamesTheWorstTenAndLinksTheProgramsManagersToEveryOne() throws Exception {
        PairFixture.Scene first = fixture.scene();
        List<Long> ids = new java.util.ArrayList<>(List.of(first.pairId()));
        for (int i = 0; i < ProgramDashboard.AT_RISK_NAMED + 1; i++) {
            ids.add(fixture.pairIn(first.program(), first.manager()).pairId());
        }
        // formed three weeks ago and nobody signed the agreement: every pair is at risk for that one reason
        ids.forEach(id -> jdbc.sql("update mentoring_pair set formed_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(21)))).param("id", id)
                .update());
        long program = first.program();

        String json = mvc.perform(as(get("/api/v1/programs/" + program + "/dashboard"), first.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(json, "$.atRiskPairs")).isEqualTo(ids.size());
        assertThat(read(json, "$.atRiskReasons[*].code")).containsExactly("AGREEMENT_UNSIGNED");
        assertThat(read(json, "$.atRiskReasons[*].pairs")).containsExactly(ids.size());
        assertThat(read(json, "$.atRisk[*].pairId")).containsExactlyElementsOf(
                ids.stream().sorted().limit(ProgramDashboard.AT_RISK_NAMED).map(Long::intValue).toList());

        String page = mvc.perform(as(get("/programs/" + program + "/dashboard"), first.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pairs at risk (" + ids.size() + ")",
                "href=\"/programs/" + program + "/pairs?atRisk=true\"", "All " + ids.size() + " pairs at risk",
                "<th scope=\"row\">The mentoring agreement waits for signatures</th>");
        assertThat(page.split("<li class=\"mb-2\" id=\"at-risk-", -1)).hasSize(ProgramDashboard.AT_RISK_NAMED + 1);
        String list = mvc.perform(as(get("/programs/" + program + "/pairs").param("atRisk", "true"), first.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(ids.stream().map(id -> "href=\"/pairs/" + id + "\"").toArray(String[]::new));

        // a sponsor reads the dashboard but not the managers' pair list, so is not offered the link
        String sponsorPage = mvc.perform(get("/programs/" + program + "/dashboard").with(authentication(
                        ProgramTestUsers.signedIn("sponsor." + Unique.username("d"), Role.SPONSOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sponsorPage).contains("Pairs at risk (" + ids.size() + ")").doesNotContain("id=\"at-risk-all\"");
    }

    @Test
    void everyChartHasAnAccessibleNameAndATableTwin() throws Exception {
        String page = mvc.perform(as(get("/programs/" + scene.program() + "/dashboard"), scene.first.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (String chart : List.of("funnel", "matches", "sessions", "cadence", "reasons", "goals", "safety",
                "insights", "training")) {
            assertThat(page).contains("id=\"" + chart + "-chart\"", "aria-labelledby=\"" + chart + "-name\"",
                    "<title id=\"" + chart + "-name\"", "<table class=\"table table-sm\" id=\"" + chart + "-table\"");
        }
        assertThat(page).contains("role=\"img\"", "<caption>Enrolment funnel: people who reached each stage</caption>",
                "<th scope=\"col\">Stage</th>", "<th scope=\"row\">Invited</th>", "<td>13</td>",
                "<th scope=\"row\">At risk</th>",
                "<th scope=\"row\">" + DAY.format(scene.monday.atZone(ZoneOffset.UTC).toLocalDate()) + "</th>",
                "75 % (1 of 2 key results reached, 1 goals)", "4.0 (" + SmallGroups.MINIMUM + " of 5 answered)",
                "Withheld: " + (SmallGroups.MINIMUM - 1) + " of 5 answered",
                "Figures as of ");
        long weeks = Duration.between(scene.monday.plusSeconds(1800), scene.now).toDays() / 7;
        assertThat(page).contains("href=\"/pairs/" + scene.first.pairId() + "\"",
                "No session held for " + weeks + " weeks.",
                "The senior cancelled 2 of the last 2 sessions.",
                "The mentoring agreement has waited for both signatures since");
    }

    @Test
    void managersOfTheProgramAdministratorsAndSponsorsReadItAndNobodyElse() throws Exception {
        String tag = Unique.username("d");
        List<Authentication> readers = List.of(scene.first.manager().auth(),
                ProgramTestUsers.signedIn("admin." + tag, Role.ADMIN),
                ProgramTestUsers.signedIn("sponsor." + tag, Role.SPONSOR));
        for (Authentication reader : readers) {
            mvc.perform(get(url()).with(authentication(reader))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.programId").value(scene.program()));
            mvc.perform(get("/programs/" + scene.program() + "/dashboard").with(authentication(reader)))
                    .andExpect(status().isOk());
        }
        Authentication otherManager = ProgramTestUsers.signedIn("pm." + tag, Role.PROGRAM_MANAGER);
        mvc.perform(get(url()).with(authentication(otherManager))).andExpect(status().isNotFound());
        mvc.perform(get("/programs/" + scene.program() + "/dashboard").with(authentication(otherManager)))
                .andExpect(status().isNotFound());
        mvc.perform(as(get(url()), scene.first.mentor())).andExpect(status().isForbidden());
        mvc.perform(as(get("/programs/" + scene.program() + "/dashboard"), scene.first.mentee()))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/programs/987654321/dashboard"), scene.first.manager()))
                .andExpect(status().isNotFound());
    }

    private static List<Object> read(String body, String path) {
        return com.jayway.jsonpath.JsonPath.read(body, path);
    }

    private String url() {
        return "/api/v1/programs/" + scene.program() + "/dashboard";
    }

    static LocalDate day(java.time.Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
