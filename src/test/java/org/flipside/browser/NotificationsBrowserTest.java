package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Choosing the weekly digest on the notifications page in a real browser. */
class NotificationsBrowserTest extends BrowserTestBase {

    @Test
    void aPersonSwitchesToTheWeeklyDigestFromTheNavigation() {
        AccountView account = newAccount("browser.notify", Role.EMPLOYEE);
        signInThroughThePage(account.username(), TestAccounts.PASSWORD);
        waitForPath("/");

        click(By.cssSelector("nav a[href='/me/notifications']"));
        waitForPath("/me/notifications");
        assertThat(heading()).isEqualTo("Notifications");
        assertThat(find(By.id("reminders-IMMEDIATE")).isSelected()).isTrue();

        click(By.cssSelector("label[for='reminders-WEEKLY_DIGEST']"));
        click(By.cssSelector("main form button[type=submit]"));

        waitForPath("/me/notifications");
        assertThat(find(By.cssSelector("main .alert-success[role=status]")).getText())
                .isEqualTo("Your notification preferences are saved.");
        assertThat(find(By.id("reminders-WEEKLY_DIGEST")).isSelected()).isTrue();
    }
}
