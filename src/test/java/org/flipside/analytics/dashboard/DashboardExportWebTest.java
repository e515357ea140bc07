package org.flipside.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * The dashboard of {@link DashboardScene} as CSV and as the first part of the PDF report: every section with the
 * scene's figures, the withheld safety round as a word, the at-risk pairs as counts per reason without names, and the
 * dashboard's readers.
 */
class DashboardExportWebTest extends WebTestBase {

    private static final String WITHHELD = "Withheld (too few people)";

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

    DashboardScene scene;

    @BeforeEach
    void program() {
        scene = new DashboardScene(new PairFixture(jdbc, accountDirectory, directory, programs, pairs), jdbc,
                clock.instant());
    }

    @Test
    void theCsvHasOneSectionPerChartWithTheScenesFigures() throws Exception {
        String csv = mvc.perform(as(get("/programs/" + scene.program() + "/dashboard.csv"), scene.first.manager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"dashboard-" + scene.program() + ".csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        String funnel = "Enrolment funnel: people who reached each stage";
        String matches = "Match quality: confirmed matches by score";
        String sessions = "Sessions held per week";
        String cadence = "Cadence of the active pairs";
        String atRisk = "Active pairs at risk per reason (a pair with two reasons counts under each)";
        String goals = "Goal progress by side: mean progress of the key results";
        String safety = "Psychological safety of the junior mentors by round (1 to 5)";
        String insights = "Insights raised and acted upon";
        String training = "Role training completed by approved participants";

        assertThat(lines.get(0)).isEqualTo("Program dashboard," + programName());
        assertThat(lines.get(1)).matches("Figures as of,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");
        assertThat(lines).contains("Section,Stage,People", funnel + ",Invited,13", funnel + ",Applied,11",
                funnel + ",Approved,10", funnel + ",Matched,10", funnel + ",In an active pair,10",
                "Section,Score (points),Confirmed matches", matches + ",0 to 20,1", matches + ",20 to 40,0",
                matches + ",40 to 60,1", matches + ",60 to 80,1", matches + ",80 to 100,2",
                "Section,Week starting,Sessions held",
                sessions + "," + scene.monday.atZone(ZoneOffset.UTC).toLocalDate().minusWeeks(1) + ",1",
                sessions + "," + scene.monday.atZone(ZoneOffset.UTC).toLocalDate() + ",1",
                "Section,Cadence,Active pairs", cadence + ",On track,1", cadence + ",Meeting due,1",
                cadence + ",Overdue,0", cadence + ",At risk,3",
                "Section,Reason,Active pairs", atRisk + ",No session held for too long,1",
                atRisk + ",The senior cancelled sessions,1", atRisk + ",The mentoring agreement waits for signatures,1",
                "Section,Side,Mean progress (%),Key results reached,Key results,Goals",
                goals + ",Senior mentees,75,1,2,1", goals + ",Junior mentors,No key results yet,0,0,0",
                "Section,Round,Invited,Answered,Mean (1 to 5)",
                safety + ",Round 1,5," + SmallGroups.MINIMUM + ",4.0",
                safety + ",Round 2,5," + (SmallGroups.MINIMUM - 1) + "," + WITHHELD,
                "Section,Survey,Month,People,Mean agreement (1 to 5)",
                "Section,What became of them,Insights", insights + ",Raised,0", insights + ",Actions done,0",
                insights + ",Median days to an answer,None answered yet",
                "Section,Side,Approved,Completed,Completed (%)");
        assertThat(lines).anyMatch(line -> line.startsWith(training + ",Senior mentees,5,"))
                .anyMatch(line -> line.startsWith(training + ",Junior mentors,5,"));
        // the withheld round carries no mean: its only figures are who was asked and how many answered
        assertThat(lines.stream().filter(line -> line.startsWith(safety + ",Round 2")).findFirst().orElseThrow())
                .doesNotContain("2.0");
        assertNoPairAndNoName(csv);
    }

    @Test
    void theApiCsvAndThePdfReportCarryTheSameDashboard() throws Exception {
        Authentication sponsor = ProgramTestUsers.signedIn(Unique.username("sponsor"), Role.SPONSOR);
        String csv = mvc.perform(get("/api/v1/programs/" + scene.program() + "/dashboard/csv")
                        .with(authentication(sponsor)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Cadence of the active pairs,At risk,3");

        byte[] pdf = mvc.perform(as(get("/programs/" + scene.program() + "/report.pdf"), scene.first.manager()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Report on " + programName(), "Figures as of ", "Dashboard of " + programName(),
                "Enrolment funnel: people who reached each stage", "Invited 13", "At risk 3",
                "No session held for too long 1", "The senior cancelled sessions 1",
                "Senior mentees 75 1 2 1", "Round 1 5 " + SmallGroups.MINIMUM + " 4.0",
                "Round 2 5 " + (SmallGroups.MINIMUM - 1) + " " + WITHHELD,
                "Role training completed by approved participants", "Two-way learning", "Level 1: reaction");
        assertThat(text.indexOf("Dashboard of ")).isLessThan(text.indexOf("Outcomes of "))
                .isLessThan(text.indexOf("Evaluation of "));
        assertNoPairAndNoName(text);
    }

    @Test
    void theDashboardsReadersDownloadAndNobodyElse() throws Exception {
        String tag = Unique.username("x");
        Authentication otherManager = ProgramTestUsers.signedIn("pm." + tag, Role.PROGRAM_MANAGER);
        for (String path : List.of("/programs/%d/dashboard.csv", "/api/v1/programs/%d/dashboard/csv")) {
            String url = path.formatted(scene.program());
            for (Authentication reader : List.of(scene.first.manager().auth(),
                    ProgramTestUsers.signedIn("admin." + tag, Role.ADMIN),
                    ProgramTestUsers.signedIn("sponsor." + tag, Role.SPONSOR))) {
                mvc.perform(get(url).with(authentication(reader))).andExpect(status().isOk());
            }
            mvc.perform(get(url).with(authentication(otherManager))).andExpect(status().isNotFound());
            mvc.perform(as(get(url), scene.first.mentee())).andExpect(status().isForbidden());
            mvc.perform(as(get(url), scene.first.mentor())).andExpect(status().isForbidden());
            mvc.perform(as(get(path.formatted(987654321L)), scene.first.manager())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/programs/" + scene.program() + "/report.pdf").with(authentication(otherManager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDashboardPageLinksToBothFiles() throws Exception {
        String page = mvc.perform(as(get("/programs/" + scene.program() + "/dashboard"), scene.first.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/programs/" + scene.program() + "/dashboard.csv\"", "Download CSV",
                "href=\"/programs/" + scene.program() + "/report.pdf\"", "Download PDF report");
    }

    /** The files name no one: neither the people of the pairs at risk nor the pairs' addresses. */
    private void assertNoPairAndNoName(String content) throws Exception {
        String json = mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/dashboard"), scene.first.manager()))
                .andReturn().getResponse().getContentAsString();
        List<String> names = new ArrayList<>(JsonPath.<List<String>>read(json, "$.atRisk[*].menteeName"));
        names.addAll(JsonPath.<List<String>>read(json, "$.atRisk[*].mentorName"));
        assertThat(names).hasSize(6).allMatch(name -> !name.isBlank());
        assertThat(content).doesNotContain(names).doesNotContain("/pairs/");
    }

    private String programName() {
        return jdbc.sql("select name from program where id = :id").param("id", scene.program()).query(String.class)
                .single();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
