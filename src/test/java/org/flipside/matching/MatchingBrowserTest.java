package org.flipside.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.program.profile.ProfileService;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A program manager opens matching from the program, runs it, watches it finish and reads the proposals. */
class MatchingBrowserTest extends BrowserTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerRunsMatchingAndSeesTheProposalsWithTheirReasons() {
        MatchingFixture fixture = new MatchingFixture(accounts, directory, programs, profiles, jdbc);
        String department = "Ops " + Unique.username("d");
        fixture.mentor(department, "cloud-files");
        fixture.mentor(department, "video-editing");
        fixture.mentee(department, "cloud-files");
        fixture.mentee(department, "video-editing");

        signInThroughThePage(fixture.manager.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/programs/" + fixture.program.id());
        click(By.id("matching-link"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Matching"));
        click(By.cssSelector("form[action$='/matching/runs'] button[type=submit]"));

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("run-done")));
        assertThat(find(By.id("run-done")).getText()).contains("2 of 2 mentees matched");
        assertThat(driver.findElements(By.cssSelector("#proposals > tbody > tr"))).hasSize(2);
        assertThat(find(By.id("proposals")).getText()).contains("Person ");
    }
}
