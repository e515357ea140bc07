package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.flipside.identity.AccountView;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.ProgramView;
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
import org.springframework.security.core.context.SecurityContextHolder;

/** Invitation, application with consent and approval, each by the person whose job it is, in the browser. */
class EnrollmentBrowserTest extends BrowserTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerInvitesAnEmployeeWhoAppliesAndIsApproved() {
        AccountView manager = newAccount("browser.enrol.pm", Role.PROGRAM_MANAGER);
        String username = Unique.username("browser.invitee");
        String email = username + "@example.org";
        String name = "Invitee " + username.replace('.', ' ');
        accounts.open(new NewAccount(username, name, email, "UTC", Set.of(Role.EMPLOYEE), TestAccounts.PASSWORD));
        String number = ProfileFixtures.employee(directory, name, email);
        long program = enrollingProgramManagedBy(manager.username());

        // the manager invites the employee as a mentor
        signInThroughThePage(manager.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/programs/" + program + "/participants");
        find(By.id("invite-q")).sendKeys(name, Keys.ENTER);
        click(By.xpath("//form[input[@name='employeeNumber' and @value='" + number + "'] and input[@name='side' and @value='MENTOR']]//button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), name));
        assertThat(state(program, number)).isEqualTo("INVITED");

        // the employee applies with consent
        switchTo(username);
        open("/me/programs");
        click(By.linkText("Open"));
        click(By.id("consent"));
        click(By.xpath("//form[contains(@action, '/application')]//button[@type='submit']"));
        waiting().until(d -> "APPLIED".equals(state(program, number)));

        // the manager approves
        switchTo(manager.username());
        open("/programs/" + program + "/participants");
        click(By.xpath("//form[input[@name='decision' and @value='APPROVE']]//button"));
        waiting().until(d -> "APPROVED".equals(state(program, number)));
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signInThroughThePage(username, TestAccounts.PASSWORD);
        waitForPath("/");
    }

    private String state(long program, String number) {
        return jdbc.sql("select state from participant where program_id = :program and employee_number = :number")
                .param("program", program).param("number", number).query(String.class).optional().orElse("none");
    }

    private long enrollingProgramManagedBy(String managerUsername) {
        var before = SecurityContextHolder.getContext();
        try {
            ProgramTestUsers.actAs(ProgramTestUsers.signedIn(managerUsername, Role.PROGRAM_MANAGER));
            ProgramView draft = programs.create(new ProgramDraft("Enrolment " + Unique.username("p"),
                    "Juniors share digital skills.", List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)), List.of("AI"),
                    LocalDate.now().plusWeeks(2), LocalDate.now().plusMonths(6), Cadence.FORTNIGHTLY, 2, null));
            return programs.transition(draft.id(), ProgramState.ENROLLING, draft.version()).id();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
