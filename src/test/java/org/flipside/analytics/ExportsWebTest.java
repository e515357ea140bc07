package org.flipside.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.feedback.survey.SurveyAnswering;
import org.flipside.feedback.survey.SurveyQuestion;
import org.flipside.feedback.survey.SurveySetup;
import org.flipside.feedback.survey.SurveyTemplates;
import org.flipside.feedback.survey.SurveyView;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

/**
 * The exports of a program with five pairs whose people wrote private things everywhere they can: a private note, an
 * anonymous free-text answer to the final evaluation, a confidential message and safety-pulse answers. The files (the
 * outcomes, overview and dashboard CSV and the PDF report with its dashboard part) carry the figures and none of those
 * texts, and no cell can run as a formula.
 */
class ExportsWebTest extends WebTestBase {

    static final String NOTE = "NOTE-MARKER-7f3a";
    static final String ANONYMOUS = "ANONYMOUS-MARKER-91bc";
    static final String CONFIDENTIAL = "CONFIDENTIAL-MARKER-55d0";
    static final String SAFETY = "SAFETY-MARKER-2e81";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    SurveySetup setup;
    @Autowired
    SurveyAnswering answering;

    Person manager;
    long program;
    long survey;
    List<Scene> scenes = new ArrayList<>();
    Authentication admin;

    @BeforeEach
    void fivePairsWhoWroteThingsNobodyElseMayRead() {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        Scene first = fixture.scene();
        manager = first.manager();
        program = first.program();
        scenes.add(first);
        for (int i = 0; i < 4; i++) {
            scenes.add(fixture.pairIn(program, manager));
        }
        admin = ProgramTestUsers.signedIn(Unique.username("admin"), Role.ADMIN);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("update program set start_date = :start, end_date = :end where id = :id")
                .param("start", today.minusDays(90)).param("end", today).param("id", program).update();
        SurveyView survey = as(manager, () -> setup.copy(program, SurveyTemplates.FINAL));
        as(manager, () -> setup.sendNow(program, survey.id()));
        for (Scene scene : scenes) {
            answer(survey, scene.mentor(), ANONYMOUS + " " + scene.pairId());
        }
        this.survey = survey.id();
        Instant now = clock.instant();
        Scene one = scenes.get(0);
        jdbc.sql("insert into private_note (pair_id, author_participant_id, body, created_at, updated_at, version) "
                        + "values (:pair, :author, :body, :at, :at, 0)")
                .param("pair", one.pairId()).param("author", one.menteeParticipant()).param("body", NOTE)
                .param("at", now.atOffset(ZoneOffset.UTC)).update();
        long conversation = jdbc.sql("insert into confidential_conversation (program_id, author_participant_id, "
                        + "author_employee_number, author_name, pair_id, kind, subject, state, opened_at, "
                        + "last_activity_at, version) values (:program, :author, :number, :name, :pair, 'CONCERN', "
                        + ":subject, 'OPEN', :at, :at, 0)")
                .param("program", program).param("author", one.mentorParticipant())
                .param("number", one.mentor().employeeNumber()).param("name", "Someone")
                .param("pair", one.pairId()).param("subject", CONFIDENTIAL + " subject")
                .param("at", now.atOffset(ZoneOffset.UTC)).update() == 1
                ? jdbc.sql("select max(id) from confidential_conversation where program_id = :p").param("p", program)
                .query(Long.class).single() : -1;
        jdbc.sql("insert into confidential_message (conversation_id, from_manager, written_by, body, posted_at) "
                        + "values (:c, false, 'Someone', :body, :at)")
                .param("c", conversation).param("body", CONFIDENTIAL).param("at", now.atOffset(ZoneOffset.UTC))
                .update();
        for (int i = 0; i < 5; i++) {
            jdbc.sql("insert into safety_answer (id, program_id, round_number, answered_on, statement_1, statement_2, "
                            + "statement_3, statement_4, statement_5) values (:id, :program, 1, :on, 1, 2, 1, 2, 1)")
                    .param("id", SAFETY + "-" + program + "-" + i).param("program", program).param("on", today).update();
        }
    }

    @Test
    void theCsvAndThePdfCarryFiguresButNoPrivateText() throws Exception {
        String csv = mvc.perform(get("/programs/" + program + "/outcomes.csv").with(authentication(manager.auth())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"outcomes-" + program + ".csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Skill or growth area", "This program has not started running yet");
        assertNoMarker(csv);

        byte[] pdf = mvc.perform(get("/api/v1/programs/" + program + "/report/pdf").with(authentication(admin)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Level 1: reaction", "Level 4: results",
                "5 people answered the survey", "Taking part in this program was worth my time.",
                "I do at least one thing differently at work because of this program.");
        assertNoMarker(text);

        assertThat(text).contains("Dashboard of " + programName(), "Survey results over time",
                surveyTitle() + " " + YearMonth.now(clock) + " 5 ", "Psychological safety of the junior mentors");
        assertThat(text.indexOf("Dashboard of ")).isLessThan(text.indexOf("Level 1: reaction"));

        String overview = mvc.perform(get("/insight/organisation.csv").with(authentication(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(overview).contains(programName());
        assertNoMarker(overview);

        String dashboard = mvc.perform(get("/programs/" + program + "/dashboard.csv")
                        .with(authentication(manager.auth())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("Program dashboard," + programName(),
                "Survey results over time," + surveyTitle() + "," + YearMonth.now(clock) + ",5,",
                "Psychological safety of the junior mentors by round (1 to 5),Round 1");
        assertNoMarker(dashboard);
        String dashboardApi = mvc.perform(get("/api/v1/programs/" + program + "/dashboard/csv")
                        .with(authentication(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertNoMarker(dashboardApi);

        String page = mvc.perform(get("/programs/" + program + "/evaluation").with(authentication(manager.auth())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("5 people answered the survey", "<th scope=\"col\">Question</th>", "Figures as of ");
        assertNoMarker(page);
        mvc.perform(get("/api/v1/programs/" + program + "/evaluation").with(authentication(manager.auth())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survey.respondents").value(5))
                .andExpect(jsonPath("$.reaction[0].mean").value(5.0))
                .andExpect(jsonPath("$.behaviour.length()").value(1))
                .andExpect(jsonPath("$.goals[0].withheld").value(true));
    }

    @Test
    void aFinalEvaluationAnsweredByTooFewShowsNoFigure() throws Exception {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        Scene first = fixture.scene();
        List<Scene> few = new ArrayList<>(List.of(first));
        for (int i = 0; i < 3; i++) {
            few.add(fixture.pairIn(first.program(), first.manager()));
        }
        SurveyView survey = as(first.manager(), () -> setup.copy(first.program(), SurveyTemplates.FINAL));
        as(first.manager(), () -> setup.sendNow(first.program(), survey.id()));
        for (Scene scene : few) {
            answer(survey, scene.mentor(), ANONYMOUS);
        }

        mvc.perform(get("/api/v1/programs/" + first.program() + "/evaluation")
                        .with(authentication(first.manager().auth())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survey.present").value(true))
                .andExpect(jsonPath("$.survey.withheld").value(true))
                .andExpect(jsonPath("$.reaction.length()").value(0))
                .andExpect(jsonPath("$.behaviour.length()").value(0));
        String text = text(mvc.perform(get("/programs/" + first.program() + "/report.pdf")
                        .with(authentication(first.manager().auth())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Fewer than 5 people have answered the final evaluation survey")
                .doesNotContain("Taking part in this program was worth my time.");
        assertNoMarker(text);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        String formula = "=HYPERLINK(\"http://example.test\")" + Unique.username("p");
        jdbc.sql("update program set name = :name where id = :id").param("name", formula).param("id", program)
                .update();

        String csv = mvc.perform(get("/api/v1/programs/" + program + "/outcomes/csv").with(authentication(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Outcomes,\"'" + formula.replace("\"", "\"\"") + "\"");

        String overview = mvc.perform(get("/api/v1/insight/organisation/csv").with(authentication(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(overview).contains("\"'" + formula.replace("\"", "\"\"") + "\"")
                .doesNotContain("\n\"" + formula.replace("\"", "\"\"") + "\"");

        String title = "=1+2 " + Unique.username("s");
        jdbc.sql("update survey set title = :title where id = :id").param("title", title).param("id", survey).update();
        String dashboard = mvc.perform(get("/api/v1/programs/" + program + "/dashboard/csv")
                        .with(authentication(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard.lines().findFirst().orElseThrow())
                .isEqualTo("Program dashboard,\"'" + formula.replace("\"", "\"\"") + "\"");
        assertThat(dashboard).contains("Survey results over time,'" + title + ",").doesNotContain("," + title);
    }

    @Test
    void theExportsAnswerWhomTheirPagesAnswer() throws Exception {
        Person otherManager = new PairFixture(jdbc, accountDirectory, directory, programs, pairs).scene().manager();
        for (String path : List.of("/programs/%d/outcomes.csv", "/programs/%d/report.pdf",
                "/api/v1/programs/%d/outcomes/csv", "/api/v1/programs/%d/report/pdf", "/programs/%d/evaluation",
                "/api/v1/programs/%d/evaluation", "/programs/%d/dashboard.csv", "/api/v1/programs/%d/dashboard/csv")) {
            mvc.perform(get(path.formatted(program)).with(authentication(otherManager.auth())))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path.formatted(program)).with(authentication(
                    ProgramTestUsers.signedIn(Unique.username("sp"), Role.SPONSOR)))).andExpect(status().isOk());
        }
        for (String path : List.of("/insight/organisation", "/insight/organisation.csv", "/api/v1/insight/organisation",
                "/api/v1/insight/organisation/csv")) {
            mvc.perform(get(path).with(authentication(manager.auth()))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(authentication(scenes.get(0).mentor().auth())))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).with(authentication(
                    ProgramTestUsers.signedIn(Unique.username("sp"), Role.SPONSOR)))).andExpect(status().isOk());
        }
    }

    private String programName() {
        return jdbc.sql("select name from program where id = :id").param("id", program).query(String.class).single();
    }

    private String surveyTitle() {
        return jdbc.sql("select title from survey where id = :id").param("id", survey).query(String.class).single();
    }

    private void answer(SurveyView survey, Person person, String text) {
        long invitation = jdbc.sql("select i.id from survey_invitation i join survey_instance n on n.id = i.instance_id "
                        + "where n.survey_id = :survey and i.employee_number = :number")
                .param("survey", survey.id()).param("number", person.employeeNumber()).query(Long.class).single();
        as(person, () -> {
            Map<Long, List<String>> answers = new LinkedHashMap<>();
            for (SurveyQuestion q : answering.form(invitation).questions()) {
                String value = q.kind().scale() ? String.valueOf(q.kind().high()) : q.kind().choice() ? "0" : text;
                answers.put(q.id(), List.of(value));
            }
            answering.respond(invitation, answers);
            return null;
        });
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertNoMarker(String content) {
        assertThat(content).doesNotContain(NOTE, ANONYMOUS, CONFIDENTIAL, SAFETY);
    }
}
