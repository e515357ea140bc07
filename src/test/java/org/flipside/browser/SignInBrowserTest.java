package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out through the real pages in a real browser. */
class SignInBrowserTest extends BrowserTestBase {

    @Test
    void signingInLandsOnTheHomePageWithTheUsersName() {
        AccountView account = newAccount("browser", Role.EMPLOYEE);

        signInThroughThePage(account.username(), TestAccounts.PASSWORD);

        waitForPath("/");
        assertThat(heading()).contains(account.displayName());
        assertThat(find(By.cssSelector("nav a[href='/account']")).getText()).isEqualTo(account.displayName());
        assertThat(driver.getTitle()).contains("Flipside");
    }

    @Test
    void aWrongPasswordShowsAnErrorOnTheSignInPage() {
        AccountView account = newAccount("browser.wrong", Role.EMPLOYEE);

        signInThroughThePage(account.username(), "this is not the password");

        waitForPath("/login?error");
        assertThat(find(By.cssSelector("main .alert-danger[role=alert]")).getText())
                .isEqualTo("The username or password is not correct, or the account is deactivated.");
    }

    @Test
    void signingOutEndsTheSession() {
        AccountView account = newAccount("browser.out", Role.SPONSOR);
        signInThroughThePage(account.username(), TestAccounts.PASSWORD);
        waitForPath("/");

        click(By.cssSelector("nav form[action='/logout'] button"));

        waitForPath("/login?signedOut");
        assertThat(find(By.cssSelector("main .alert-info")).getText()).isEqualTo("You have signed out.");
        open("/");
        waitForPath("/login");
    }
}
