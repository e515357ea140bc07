package org.flipside.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.feedback.SurveyTrends;
import org.flipside.identity.Accounts;
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
 * The small-group rule against someone trying to single a person out of an anonymous survey's results, through the
 * page and the API: filtering down to one person, and filtering to everyone but one (whose answers the unfiltered
 * view minus the filtered one would give away). Free text appears only once enough people wrote some.
 */
class SurveyAnonymityWebTest extends WebTestBase {

    private static final String SECRET = "My mentee never listens to me";

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
    @Autowired
    SurveySetup setup;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    SurveyCalendar calendar;
    @Autowired
    SurveyTrends trends;

    Person manager;
    long program;
    List<Scene> scenes = new ArrayList<>();
    SurveyView survey;

    @BeforeEach
    void fivePairsAtTheirProgramsMidPoint() {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        Scene first = fixture.scene();
        manager = first.manager();
        program = first.program();
        scenes.add(first);
        for (int i = 0; i < 4; i++) {
            scenes.add(fixture.pairIn(program, manager));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("update program set start_date = :start, end_date = :end where id = :id")
                .param("start", today.minusDays(20)).param("end", today.plusDays(20)).param("id", program).update();
        survey = as(manager, () -> setup.copy(program, SurveyTemplates.MIDPOINT));
        calendar.openDue();
    }

    @Test
    void noFilterNarrowsAnAnonymousSurveyToOnePersonOrToAllButOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            answer(scenes.get(i).mentor(), i == 0 ? SECRET : null, 5);
        }
        answer(scenes.get(0).mentee(), null, 1);

        results("").andExpect(status().isOk()).andExpect(jsonPath("$.respondents").value(6))
                .andExpect(jsonPath("$.withheld").doesNotExist())
                .andExpect(jsonPath("$.questions[0].mean").value(4.33))
                .andExpect(jsonPath("$.questions[5].withheldReason").value("SMALL"))
                .andExpect(jsonPath("$.questions[5].texts.length()").value(0));
        results("?month=" + YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .andExpect(jsonPath("$.respondents").value(6));
        results("?side=MENTEE").andExpect(status().isOk()).andExpect(jsonPath("$.withheldReason").value("SMALL"))
                .andExpect(jsonPath("$.respondents").doesNotExist()).andExpect(jsonPath("$.questions.length()").value(0));
        results("?side=MENTOR").andExpect(status().isOk())
                .andExpect(jsonPath("$.withheldReason").value("COMPLEMENT"))
                .andExpect(jsonPath("$.respondents").doesNotExist()).andExpect(jsonPath("$.questions.length()").value(0));
        results("?department=Sales").andExpect(status().isBadRequest());

        String mentees = page("?side=MENTEE");
        assertThat(mentees).contains("Not shown: fewer than 5 people answered in this view").doesNotContain("mean 1");
        String mentors = page("?side=MENTOR");
        assertThat(mentors).contains("would single out fewer than 5 people").doesNotContain("mean 5");
        String all = page("");
        assertThat(all).contains("6 people answered in this view").doesNotContain(SECRET);

        for (int i = 1; i < 5; i++) {
            answer(scenes.get(i).mentee(), "Fine by me " + i, 2);
        }
        results("?side=MENTEE").andExpect(jsonPath("$.respondents").value(5))
                .andExpect(jsonPath("$.withheld").doesNotExist());
        results("").andExpect(jsonPath("$.questions[5].texts.length()").value(5))
                .andExpect(jsonPath("$.questions[5].texts[0]").value("Fine by me 1"));
        assertThat(page("")).contains(SECRET);
        SurveyTrends.SurveyTrend trend = trends.of(program).stream().filter(t -> t.surveyId() == survey.id())
                .findFirst().orElseThrow();
        assertThat(trend.months()).singleElement().satisfies(point -> {
            assertThat(point.withheld()).isFalse();
            assertThat(point.respondents()).isEqualTo(10);
            assertThat(point.figures()).hasSize(4).allSatisfy(figure -> assertThat(figure.mean()).isNotNull());
        });
        Person otherManager = new PairFixture(jdbc, accountDirectory, directory, programs, pairs).scene().manager();
        mvc.perform(as(get(resultsPath()), otherManager)).andExpect(status().isNotFound());
        mvc.perform(as(get(resultsPath().replace("/api/v1", "")), otherManager)).andExpect(status().isNotFound());
    }

    void answer(Person person, String text, int scale) {
        long invitation = jdbc.sql("select i.id from survey_invitation i join survey_instance n on n.id = i.instance_id "
                        + "where n.survey_id = :survey and i.employee_number = :number")
                .param("survey", survey.id()).param("number", person.employeeNumber()).query(Long.class).single();
        as(person, () -> {
            Map<Long, List<String>> answers = SurveyAnswers.full(answering.form(invitation).questions(), text, scale);
            answering.respond(invitation, answers);
            return null;
        });
    }

    String resultsPath() {
        return "/api/v1/programs/" + program + "/surveys/" + survey.id() + "/results";
    }

    org.springframework.test.web.servlet.ResultActions results(String query) throws Exception {
        return mvc.perform(as(get(resultsPath() + query), manager));
    }

    String page(String query) throws Exception {
        return mvc.perform(as(get(resultsPath().replace("/api/v1", "") + query), manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
