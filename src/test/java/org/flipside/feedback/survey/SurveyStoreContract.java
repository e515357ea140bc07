package org.flipside.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.pairing.PairFixture.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flipside.feedback.SurveyTrends;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.shared.RuleViolationException;
import org.flipside.testing.Race;
import org.flipside.testing.Race.Contender;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Surveys against each database: a program's mid-point opens one instance (however often the calendar runs), edits
 * after that add a version the open instance does not use, an anonymous response leaves no trace of its person, two
 * simultaneous answers store one, and an unanswered invitation is reminded once.
 */
abstract class SurveyStoreContract {

    @Autowired
    Accounts accounts;
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
    TestClock clock;
    @Autowired
    SurveyTrends trends;

    Scene scene;
    SurveyView survey;

    @BeforeEach
    void aProgramAtItsMidPointWithTheHealthSurvey() {
        scene = new PairFixture(jdbc, accounts, directory, programs, pairs).scene();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("update program set start_date = :start, end_date = :end where id = :id")
                .param("start", today.minusDays(30)).param("end", today.plusDays(30)).param("id", scene.program())
                .update();
        survey = as(scene.manager(), () -> setup.copy(scene.program(), SurveyTemplates.MIDPOINT));
    }

    @Test
    void theMidPointOpensOneInstanceForBothPeopleHoweverOftenTheCalendarRuns() {
        calendar.openDue();
        calendar.openDue();

        assertThat(instances()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_invitation i join survey_instance n on n.id = i.instance_id "
                + "where n.survey_id = :survey").param("survey", survey.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(as(scene.mentor(), answering::mine)).extracting(OpenSurvey::title).contains(survey.title());
    }

    @Test
    void anEditAfterSendingAddsAVersionWhileTheOpenInstanceKeepsItsQuestions() {
        SurveyView renamed = edit(survey, "Renamed before sending", survey.questions().size());
        assertThat(renamed.versionNumber()).isEqualTo(1);
        calendar.openDue();
        long invitation = invitation(scene.mentor());

        SurveyView shorter = edit(renamed, "Shorter", 2);

        assertThat(shorter.versionNumber()).isEqualTo(2);
        assertThat(shorter.questions()).hasSize(2);
        assertThat(as(scene.mentor(), () -> answering.form(invitation)).questions())
                .hasSize(survey.questions().size());
    }

    @Test
    void anAnonymousResponseKeepsNoPersonNoInvitationAndOnlyTheDay() {
        calendar.openDue();
        long invitation = invitation(scene.mentor());

        as(scene.mentor(), () -> {
            answering.respond(invitation, fullAnswers(invitation, scene.mentor()));
            return null;
        });

        Map<String, Object> row = jdbc.sql("select * from survey_response where survey_id = :survey")
                .param("survey", survey.id()).query().singleRow();
        assertThat(row.keySet().stream().map(String::toLowerCase)).containsExactlyInAnyOrder("id", "survey_id",
                "instance_id", "invitation_id", "side", "department", "period", "answered_on");
        assertThat(row.entrySet().stream().filter(e -> e.getValue() == null).map(e -> e.getKey().toLowerCase()))
                .as("no instance, invitation or department").containsExactlyInAnyOrder("instance_id", "invitation_id",
                        "department");
        assertThat(row.values().stream().filter(java.util.Objects::nonNull).map(Object::getClass))
                .as("no timestamp").noneMatch(type -> type.getName().contains("Timestamp")
                        || type.getName().contains("OffsetDateTime"));
        assertThat(jdbc.sql("select answered from survey_invitation where id = :id").param("id", invitation)
                .query(Boolean.class).single()).isTrue();
        assertThat(trends.of(scene.program())).singleElement().satisfies(trend -> assertThat(trend.months())
                .singleElement().satisfies(point -> {
                    assertThat(point.withheld()).as("one respondent").isTrue();
                    assertThat(point.respondents()).isNull();
                    assertThat(point.figures()).isEmpty();
                }));
    }

    @Test
    void twoSimultaneousAnswersStoreOneAndRefuseTheOther() throws Exception {
        calendar.openDue();
        long invitation = invitation(scene.mentor());
        Map<Long, List<String>> answers = fullAnswers(invitation, scene.mentor());
        Contender<String> contender = new Contender<>(() -> ProgramTestUsers.actAs(scene.mentor().auth()), () -> {
            try {
                answering.respond(invitation, answers);
                return "stored";
            } catch (RuleViolationException e) {
                return e.code();
            }
        });

        List<String> outcomes = Race.run(contender, contender);

        assertThat(outcomes).containsExactlyInAnyOrder("stored", "survey.answered");
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :survey")
                .param("survey", survey.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnansweredInvitationIsRemindedOnceAfterThreeDaysAndAnAnsweredOneNever() {
        calendar.openDue();
        long answered = invitation(scene.mentor());
        long waiting = invitation(scene.mentee());
        as(scene.mentor(), () -> {
            answering.respond(answered, fullAnswers(answered, scene.mentor()));
            return null;
        });
        calendar.remind();
        assertThat(reminded(waiting)).isZero();

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        calendar.remind();
        calendar.remind();

        assertThat(reminded(waiting)).isEqualTo(1);
        assertThat(reminded(answered)).isZero();
    }

    @Test
    void aClosedInstanceTakesNoAnswer() {
        calendar.openDue();
        long invitation = invitation(scene.mentor());
        Map<Long, List<String>> answers = fullAnswers(invitation, scene.mentor());
        jdbc.sql("update survey_instance set closes_at = opened_at where survey_id = :survey")
                .param("survey", survey.id()).update();

        assertThatThrownBy(() -> as(scene.mentor(), () -> {
            answering.respond(invitation, answers);
            return null;
        })).isInstanceOf(RuleViolationException.class).hasMessageContaining("closed");
        assertThat(jdbc.sql("select answered from survey_invitation where id = :id").param("id", invitation)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void theFinalEvaluationGoesOutOnTheEndDateButNotLongAfterIt() {
        SurveyView last = as(scene.manager(), () -> setup.copy(scene.program(), SurveyTemplates.FINAL));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("update program set end_date = :end where id = :id").param("end", today.minusDays(20))
                .param("id", scene.program()).update();
        calendar.openDue();
        assertThat(instancesOf(last)).as("the window after the end is over").isZero();

        jdbc.sql("update program set end_date = :end where id = :id").param("end", today)
                .param("id", scene.program()).update();
        calendar.openDue();
        calendar.openDue();

        assertThat(instancesOf(last)).isEqualTo(1);
        assertThat(jdbc.sql("select occasion from survey_instance where survey_id = :survey")
                .param("survey", last.id()).query(String.class).single()).isEqualTo("end:" + today);
    }

    long instancesOf(SurveyView which) {
        return jdbc.sql("select count(*) from survey_instance where survey_id = :survey").param("survey", which.id())
                .query(Long.class).single();
    }

    SurveyView edit(SurveyView current, String title, int questions) {
        return as(scene.manager(), () -> setup.edit(scene.program(), current.id(), new SurveyDraft(title,
                current.anonymous(), current.audience(), current.enabled(), current.questions().subList(0, questions)
                .stream().map(SurveyQuestion::draft).toList(), current.version())));
    }

    long instances() {
        return jdbc.sql("select count(*) from survey_instance where survey_id = :survey").param("survey", survey.id())
                .query(Long.class).single();
    }

    long invitation(Person person) {
        return jdbc.sql("select i.id from survey_invitation i join survey_instance n on n.id = i.instance_id "
                        + "where n.survey_id = :survey and i.employee_number = :number")
                .param("survey", survey.id()).param("number", person.employeeNumber()).query(Long.class).single();
    }

    long reminded(long invitation) {
        return jdbc.sql("select count(*) from reminder_log where reminder_key = :key")
                .param("key", "survey-waiting:" + invitation).query(Long.class).single();
    }

    /** An answer to every question of the invitation's form: the top of each scale, the first choice, some text. */
    Map<Long, List<String>> fullAnswers(long invitation, Person person) {
        return SurveyAnswers.full(as(person, () -> answering.form(invitation)).questions(), "Fine");
    }
}
