package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pair's first steps in the browser: the program manager pairs two people by hand, the junior mentor finds the
 * pair under "My pairs", writes and signs the mentoring agreement; the senior mentee signs it too, plans their first
 * session with an item of the program's conversation guide on the agenda, and logs it as held afterwards.
 */
class PairJourneyBrowserTest extends BrowserTestBase {

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
    void aManagerPairsTwoPeopleAndBothSignTheirAgreement() {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        Scene existing = fixture.scene();
        Person mentee = fixture.senior(Role.EMPLOYEE);
        Person mentor = fixture.person(Role.EMPLOYEE);
        long menteeId = fixture.participant(existing.program(), mentee, "MENTEE");
        long mentorId = fixture.participant(existing.program(), mentor, "MENTOR");

        signInThroughThePage(existing.manager().username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/programs/" + existing.program());
        click(By.id("pairs-link"));
        waitForPath("/programs/" + existing.program() + "/pairs");
        click(By.id("pair-by-hand"));
        waitForPath("/programs/" + existing.program() + "/pairs/new");
        new Select(find(By.id("mentee"))).selectByValue(String.valueOf(menteeId));
        new Select(find(By.id("mentor"))).selectByValue(String.valueOf(mentorId));
        click(By.cssSelector("#by-hand + p + form button[type=submit]"));
        waitForText("You paired");
        long pairId = jdbc.sql("select id from mentoring_pair where mentee_participant_id = :m").param("m", menteeId)
                .query(Long.class).single();

        driver.manage().deleteAllCookies();
        signInThroughThePage(mentor.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/me/pairs");
        click(By.cssSelector("main a[href='/pairs/" + pairId + "']"));
        waitForPath("/pairs/" + pairId);
        assertThat(find(By.tagName("main")).getText()).contains("Name " + mentee.employeeNumber())
                .contains("Paired by a program manager");
        click(By.linkText("Agreement"));
        waitForPath("/pairs/" + pairId + "/agreement");
        type("mentorExpectations", "I bring honest examples from the front line and prepare each session.");
        type("menteeExpectations", "I listen first, try one new tool a fortnight and report back.");
        click(By.cssSelector("form[action='/pairs/" + pairId + "/agreement'] button[type=submit]"));
        waitForText("Saved as version 1");
        click(By.xpath("//button[normalize-space()='Sign version 1']"));
        waitForText("You signed version 1");

        driver.manage().deleteAllCookies();
        signInThroughThePage(mentee.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/pairs/" + pairId);
        assertThat(find(By.tagName("main")).getText()).containsIgnoringCase("sign");
        open("/pairs/" + pairId + "/agreement");
        assertThat(find(By.tagName("main")).getText()).contains("front line");
        click(By.xpath("//button[normalize-space()='Sign version 1']"));
        waitForText("both of you have signed");
        assertThat(jdbc.sql("select count(*) from pair_agreement_signature s join pair_agreement_version v "
                        + "on v.id = s.version_id where v.pair_id = :pair").param("pair", pairId)
                .query(Long.class).single()).isEqualTo(2);

        // The mentee plans their first session with an item of the program's guide on the agenda.
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2);
        click(By.linkText("Sessions"));
        waitForPath("/pairs/" + pairId + "/sessions");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('date').value = arguments[0];"
                + "document.getElementById('time').value = '10:00';", day.toString());
        type("minutes", "45");
        click(By.cssSelector("input[name=guideItems]"));
        type("agendaLines", "Which tools do you use every day?");
        click(By.xpath("//form[@action='/pairs/" + pairId + "/sessions']//button[@type='submit']"));
        waitForText("The session is planned");
        assertThat(find(By.tagName("main")).getText()).contains(
                day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
        long sessionId = jdbc.sql("select id from pair_session where pair_id = :pair").param("pair", pairId)
                .query(Long.class).single();
        assertThat(jdbc.sql("select agenda from pair_session where id = :id").param("id", sessionId)
                .query(String.class).single()).contains("Which tools do you use every day?");
        assertThat(jdbc.sql("select count(*) from mail_outbox where dedup_key like :key")
                .param("key", "session:" + sessionId + ":0:%").query(Long.class).single())
                .as("a calendar invitation for each of the two").isEqualTo(2);

        // After the session, the mentee logs that it was held.
        clock.advance(Duration.ofDays(3));
        driver.manage().deleteAllCookies();
        signInThroughThePage(mentee.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/pairs/" + pairId + "/sessions/" + sessionId);
        click(By.id("outcome-HELD"));
        type("actualMinutes", "50");
        click(By.cssSelector("input[name=topics]"));
        type("takeaway", "Short daily experiments beat a big training plan.");
        click(By.xpath("//form[@action='/pairs/" + pairId + "/sessions/" + sessionId + "/log']//button[@type='submit']"));
        waitForText("Short daily experiments");
        assertThat(jdbc.sql("select status from pair_session where id = :id").param("id", sessionId)
                .query(String.class).single()).isEqualTo("HELD");
    }
}
