package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flipside.feedback.survey.HeldSessions;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The post-session pulse in the browser: the program manager copies it into the program, a session of a pair is
 * logged as held, and the junior mentor finds the pulse under "My surveys" and answers it.
 */
class SurveyBrowserTest extends BrowserTestBase {

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

    @Test
    void aMentorAnswersThePulseAfterALoggedSession() throws Exception {
        Scene scene = new PairFixture(jdbc, accountDirectory, directory, programs, pairs).scene();
        signInThroughThePage(scene.manager().username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/programs/" + scene.program());
        click(By.id("surveys-link"));
        waitForPath("/programs/" + scene.program() + "/surveys");
        click(By.xpath("//input[@value='post-session-pulse']/following-sibling::button"));
        waitForText("The template was copied into the program");

        HeldSessions.logOne(mvc, clock, jdbc, programs, scene);

        driver.manage().deleteAllCookies();
        signInThroughThePage(scene.mentor().username(), TestAccounts.PASSWORD);
        waitForPath("/");
        click(By.linkText("My surveys"));
        waitForPath("/me/surveys");
        click(By.linkText("After the session"));
        List<Long> questions = jdbc.sql("select q.id from survey_question q join survey_version v "
                        + "on v.id = q.survey_version_id join survey s on s.id = v.survey_id "
                        + "where s.program_id = :program order by q.place")
                .param("program", scene.program()).query(Long.class).list();
        click(By.id("q" + questions.get(0) + "-4"));
        click(By.id("q" + questions.get(1) + "-0"));
        type("q" + questions.get(2) + "-text", "Shorter agenda, more questions.");
        click(By.cssSelector("main form button[type=submit]"));
        waitForText("Thank you: your answers are saved.");

        assertThat(jdbc.sql("select a.text_value from survey_answer a where a.question_id = :question")
                .param("question", questions.get(2)).query(String.class).list())
                .containsExactly("Shorter agenda, more questions.");
        assertThat(jdbc.sql("select answered from survey_invitation i join survey_instance n on n.id = i.instance_id "
                        + "join survey s on s.id = n.survey_id where s.program_id = :program "
                        + "and i.employee_number = :number")
                .param("program", scene.program()).param("number", scene.mentor().employeeNumber())
                .query(Boolean.class).single()).isTrue();
    }
}
