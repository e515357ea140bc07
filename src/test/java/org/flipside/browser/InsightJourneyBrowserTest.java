package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramSponsors;
import org.flipside.program.Programs;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An insight's way in the browser: the junior mentor records it in the pair's workspace and asks to be credited by
 * name, the senior mentee endorses it and proposes it to the program's sponsor, the sponsor accepts it as an action and
 * later marks it done with the outcome, and the program's "You said, we did" shows it, credited as the junior chose.
 */
class InsightJourneyBrowserTest extends BrowserTestBase {

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    ProgramSponsors sponsors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fromTheWorkspaceToYouSaidWeDid() {
        PairFixture fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        Scene scene = fixture.scene();
        Person sponsor = fixture.senior(Role.EMPLOYEE);
        PairFixture.as(scene.manager(), () -> sponsors.set(scene.program(), sponsor.employeeNumber(),
                programs.get(scene.program()).version()));
        String tab = "/pairs/" + scene.pairId() + "/insights";

        signInThroughThePage(scene.mentor().username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/pairs/" + scene.pairId());
        click(By.linkText("Insights"));
        waitForPath(tab);
        type("title", "Release notes nobody reads");
        type("observation", "Our team skims the monthly release notes; the chat summary gets read.");
        type("significance", "Changes land unnoticed and support calls follow.");
        click(By.id("credit-name"));
        click(By.xpath("//button[normalize-space()='Record the insight']"));
        waitForText("The insight is recorded.");
        long insight = jdbc.sql("select id from insight where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single();

        switchTo(scene.mentee());
        open(tab);
        click(By.xpath("//button[normalize-space()='Endorse']"));
        waitForText("You endorsed the insight.");
        click(By.cssSelector("#insight-" + insight + " details summary"));
        click(By.cssSelector("form[action='" + tab + "/" + insight + "/proposal'] button[type=submit]"));
        waitForText("The insight is proposed.");

        switchTo(sponsor);
        open("/me/insights/owned");
        click(By.id("decision-" + insight + "-ACCEPTED"));
        WebElement due = find(By.id("dueOn-" + insight));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", due,
                LocalDate.now(clock).plusDays(14).toString());
        type("outcome-" + insight, "Release notes become a short chat summary.");
        click(By.xpath("//button[normalize-space()='Respond']"));
        waitForText("Your response is recorded.");
        click(By.cssSelector("#insight-" + insight + " a[href^='/insights/actions/']"));
        new Select(find(By.id("status"))).selectByValue("DONE");
        type("outcome", "The chat summary replaced the release notes in March.");
        click(By.xpath("//button[normalize-space()='Post the update']"));
        waitForText("The update is posted.");
        assertThat(find(By.id("action-status")).getText()).isEqualTo("Done");

        switchTo(scene.mentor());
        open("/programs/" + scene.program() + "/you-said-we-did");
        String row = find(By.id("line-" + insight)).getText();
        String juniorName = jdbc.sql("select full_name from employee where employee_number = :n")
                .param("n", scene.mentor().employeeNumber()).query(String.class).single();
        assertThat(row).contains("Release notes nobody reads").contains(juniorName).contains("Done")
                .contains("The chat summary replaced the release notes in March.");
        assertThat(find(By.id("figure-done")).getText()).isEqualTo("1");
    }

    private void switchTo(Person person) {
        driver.manage().deleteAllCookies();
        signInThroughThePage(person.username(), TestAccounts.PASSWORD);
        waitForPath("/");
    }
}
