package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A program manager's first program, from template to open enrolment, in the browser. */
class ProgramBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProgramManagerCreatesAProgramFromATemplateEditsItAndOpensEnrolment() {
        AccountView manager = newAccount("browser.manager", Role.PROGRAM_MANAGER);
        signInThroughThePage(manager.username(), TestAccounts.PASSWORD);
        waitForPath("/");

        // create from the first template
        open("/programs/new");
        click(By.cssSelector("main .card a.btn-primary"));
        waiting().until(ExpectedConditions.urlContains("/programs/new/form?template="));
        assertThat(find(By.id("name")).getAttribute("value")).as("name from the template").isNotBlank();
        assertThat(driver.findElements(By.cssSelector("input[name=objectives]:checked"))).as("objectives from the template")
                .isNotEmpty();
        String name = "Digital fluency " + Unique.username("cohort");
        type("name", name);
        submit();

        waiting().until(ExpectedConditions.urlMatches("/programs/\\d+$"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/programs/", ""));
        assertThat(heading()).isEqualTo(name);
        assertThat(find(By.cssSelector("main .alert-success")).getText()).isEqualTo("Program “" + name + "” created as a draft.");
        assertThat(stateBadge()).isEqualTo("Draft");

        // edit: rename and give it the dates it needs before enrolment opens
        click(By.linkText("Edit"));
        waitForPath("/programs/" + id + "/edit");
        String renamed = name + " (edited)";
        type("name", renamed);
        setDate("startDate", "2031-03-01");
        setDate("endDate", "2031-09-30");
        submit();

        waitForPath("/programs/" + id);
        assertThat(heading()).isEqualTo(renamed);
        assertThat(find(By.cssSelector("main .alert-success")).getText()).isEqualTo("Program “" + renamed + "” saved.");

        // DRAFT -> ENROLLING, confirming the browser's question
        click(By.xpath("//main//button[normalize-space()='Open enrolment']"));
        waiting().until(ExpectedConditions.alertIsPresent()).accept();

        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main .state-badge"), "Enrolling"));
        assertThat(find(By.cssSelector("main .alert-success")).getText()).isEqualTo("Program “" + renamed + "” is now Enrolling.");
        assertThat(driver.findElements(By.cssSelector("main table tbody tr td")).stream().map(WebElement::getText))
                .contains("Created as Draft", "Draft → Enrolling", manager.username());
        assertThat(jdbc.sql("select name, state, start_date, end_date from program where id = :id").param("id", id)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single())
                .containsExactly(renamed, "ENROLLING", "2031-03-01", "2031-09-30");
    }

    @Test
    void anEmployeeSeesNoProgramActions() {
        AccountView employee = newAccount("browser.employee", Role.EMPLOYEE);
        signInThroughThePage(employee.username(), TestAccounts.PASSWORD);
        waitForPath("/");

        open("/programs");
        assertThat(heading()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("a[href='/programs/new']"))).isEmpty();
    }

    private String stateBadge() {
        return find(By.cssSelector("main .state-badge")).getText();
    }

    private void submit() {
        click(By.cssSelector("main form button[type=submit]"));
    }

    /** Date inputs take keystrokes in the browser's locale format; setting the value is locale-independent. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(By.id(id)), isoDate);
    }
}
