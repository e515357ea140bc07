package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.flipside.identity.AccountView;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.program.profile.ProfileFixtures;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A participant looks for a colleague to keep out of their matches, on their own profile page. */
class ProfileBrowserTest extends BrowserTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void enterInTheColleagueSearchSearchesAndDoesNotSaveTheProfile() {
        String username = Unique.username("browser.mentor");
        String email = username + "@example.org";
        AccountView me = accounts.open(new NewAccount(username, "Mentor In Browser", email, "UTC", Set.of(Role.EMPLOYEE),
                TestAccounts.PASSWORD));
        String myNumber = ProfileFixtures.employee(directory, "Mentor In Browser", email);
        String colleague = "Zorawar " + Unique.username("colleague").replace('.', ' ');
        ProfileFixtures.employee(directory, colleague, Unique.username("zora") + "@example.org");
        long program = ProfileFixtures.program(programs, Unique.username("browser.pm"));
        long participant = ProfileFixtures.participant(jdbc, program, myNumber, "MENTOR", "APPROVED");

        signInThroughThePage(me.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/participants/" + participant + "/profile");
        String profilePage = driver.getCurrentUrl();
        find(By.id("people-q")).sendKeys("Zorawar", Keys.ENTER);

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-results"), colleague));
        assertThat(driver.getCurrentUrl()).isEqualTo(profilePage);
        assertThat(jdbc.sql("select count(*) from profile p join participant t on t.id = p.participant_id where t.id = :id")
                .param("id", participant).query(Long.class).single()).as("nothing was saved").isZero();
    }
}
