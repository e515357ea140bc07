package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.feedback.safety.SafetyInvitations;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The safety pulse in the browser: a junior mentor sees the notice in their pair's workspace, answers the pulse with
 * a low score and agrees to be contacted; the program's manager finds the flag naming the pair and opens it.
 */
class SafetyPulseBrowserTest extends BrowserTestBase {

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
    SafetyInvitations invitations;

    @Test
    void aJuniorReportsALowScoreWithConsentAndTheManagerSeesTheIdentifiedFlag() {
        Scene scene = new PairFixture(jdbc, accountDirectory, directory, programs, pairs).scene();
        invitations.invite();
        PairView pair = PairFixture.as(scene.manager(), () -> pairs.get(scene.pairId()));

        signInThroughThePage(scene.mentor().username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/pairs/" + scene.pairId());
        click(By.cssSelector("main a[href='/me/safety-pulse']"));
        waitForPath("/me/safety-pulse");
        assertThat(heading()).isEqualTo("Safety pulse");
        // Submitting with a statement left out keeps everything else chosen and names what is missing.
        for (int n = 1; n <= 4; n++) {
            click(By.cssSelector("input[name='statement" + n + "'][value='" + (n == 3 ? 1 : 2) + "']"));
        }
        click(By.cssSelector("input[name='contact'][value='yes']"));
        click(By.cssSelector("main form button[type=submit]"));
        waitForText("Choose a value from 1 to 5 for this statement.");
        assertThat(find(By.cssSelector("input[name='contact'][value='yes']")).isSelected()).isTrue();
        // The refused post answers 400, which Chromium logs; that one entry is expected, and only that one.
        assertThat(consoleMessages()).extracting(LogEntry::getMessage)
                .allMatch(message -> message.contains("/me/safety-pulse/") && message.contains("status of 400"));
        click(By.cssSelector("input[name='statement5'][value='2']"));
        click(By.cssSelector("main form button[type=submit]"));
        waitForText("Thank you: your answers are in.");
        assertThat(find(By.tagName("main")).getText()).contains("Answered: thank you.");

        driver.manage().deleteAllCookies();
        signInThroughThePage(scene.manager().username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/programs/" + scene.program());
        click(By.id("safety-link"));
        waitForPath("/programs/" + scene.program() + "/safety-pulse");
        String flags = find(By.cssSelector(".safety-flag")).getText();
        assertThat(flags).contains(pair.mentor().fullName()).contains(pair.mentee().fullName()).contains("1.8");
        // One respondent: the results stay withheld even for the manager who sees the flag.
        assertThat(find(By.id("trend-table")).getText()).contains("Withheld");
        click(By.cssSelector(".safety-flag a[href='/pairs/" + scene.pairId() + "']"));
        waitForPath("/pairs/" + scene.pairId());
    }
}
