package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An administrator's work in the browser. */
class AdminBrowserTest extends BrowserTestBase {

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        AccountView admin = newAccount("browser.admin", Role.ADMIN);
        signInThroughThePage(admin.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        String username = Unique.username("created.in.browser");

        click(By.cssSelector("nav a[href='/admin/users']"));
        waitForPath("/admin/users");
        open("/admin/users/new");
        type("username", username);
        type("displayName", "Nadia Newcomer");
        type("email", "nadia@example.org");
        new Select(find(By.id("timeZone"))).selectByValue("Europe/Paris");
        setChecked("role-EMPLOYEE", false);
        setChecked("role-PROGRAM_MANAGER", true);
        type("password", "a fresh passphrase for nadia");
        click(By.cssSelector("main form button[type=submit]"));

        waiting().until(ExpectedConditions.urlMatches("/admin/users/\\d+$"));
        assertThat(find(By.cssSelector("main .alert-success")).getText()).contains(username);
        AccountView created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Nadia Newcomer");
        assertThat(created.roles()).containsExactly(Role.PROGRAM_MANAGER);
        assertThat(created.timeZone()).isEqualTo("Europe/Paris");

        click(By.cssSelector("nav form[action='/logout'] button"));
        waitForPath("/login?signedOut");
        signInThroughThePage(username, "a fresh passphrase for nadia");
        waitForPath("/");
        assertThat(heading()).contains("Nadia Newcomer");
    }

    @Test
    void aFormWithProblemsListsThemAndKeepsWhatWasTyped() {
        AccountView admin = newAccount("browser.admin2", Role.ADMIN);
        signInThroughThePage(admin.username(), TestAccounts.PASSWORD);
        waitForPath("/");

        open("/admin/users/new");
        type("username", "Bad Name!");
        type("displayName", "Kept Name");
        setChecked("role-EMPLOYEE", false);
        type("password", "short");
        click(By.cssSelector("main form button[type=submit]"));

        assertThat(find(By.id("error-summary")).getText()).contains("Please fix these 3 problems")
                .contains("Username").contains("Password").contains("Roles");
        assertThat(find(By.id("displayName")).getAttribute("value")).isEqualTo("Kept Name");
        assertThat(find(By.id("password")).getAttribute("value")).isEmpty();
        assertThat(accounts.findByUsername("bad name!")).isEmpty();
    }

    private void setChecked(String id, boolean checked) {
        var box = find(By.id(id));
        if (box.isSelected() != checked) {
            box.click();
        }
        assertThat(box.isSelected()).isEqualTo(checked);
    }
}
