package org.flipside.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.matching.consent.ConsentFixture.pair;

import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.consent.ConsentFixture;
import org.flipside.matching.consent.Publication;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** A mentee opens "My matches" from their programs page, reads the proposal and accepts it, in the browser. */
class ConsentBrowserTest extends BrowserTestBase {

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Publication publication;

    @Test
    void anEmployeeOpensMyMatchesAndAccepts() {
        ConsentFixture fixture = new ConsentFixture(jdbc, accountDirectory, directory, programs);
        Person manager = fixture.person(Role.PROGRAM_MANAGER);
        Person mentee = fixture.person(Role.EMPLOYEE);
        Person mentor = fixture.person(Role.EMPLOYEE);
        long program = fixture.program(manager, 1);
        long run = fixture.run(program, pair(fixture.participant(program, mentee, "MENTEE"),
                fixture.participant(program, mentor, "MENTOR"), 640));
        ProgramTestUsers.actAs(manager.auth());
        publication.publish(program, run);
        SecurityContextHolder.clearContext();

        signInThroughThePage(mentee.username(), TestAccounts.PASSWORD);
        waitForPath("/");
        open("/me/programs");
        click(By.cssSelector("main a[href='/me/matches']"));
        waitForPath("/me/matches");
        assertThat(find(By.tagName("main")).getText()).contains("Name " + mentor.employeeNumber())
                .contains("64.0 of 100").contains("Waiting for answers");
        click(By.xpath("//form[input[@name='answer' and @value='accept']]//button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You accepted the match."));
        assertThat(jdbc.sql("select mentee_answer from mentor_match where run_id = :run").param("run", run)
                .query(String.class).single()).isEqualTo("ACCEPT");
    }
}
