package org.flipside.browser.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.BrowserTestBase;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole product as its people use it, in one browser and only through the pages: an administrator who also runs
 * programs imports three employees, gives them accounts and starts a program from a template; a senior leader and a
 * junior colleague apply, fill in their profiles, are matched, accept, sign their agreement, meet, answer the
 * post-session pulse and raise an insight that the program's sponsor turns into an action; the program's manager then
 * finds all of it on the program dashboard.
 *
 * <p>Each step is its own ordered test method, so a failure names the step (and its screenshot under
 * {@code target/browser-failures/ProductJourneyBrowserTest-<step>.png}); a step whose predecessor failed is skipped
 * instead of failing for the wrong reason. The administrator's own account is the only thing made outside the pages:
 * somebody has to be able to sign in first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductJourneyBrowserTest extends BrowserTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Journey journey = new Journey();
    private final JourneyEmployee mentee = new JourneyEmployee("Leader", "Finance", "Chief financial officer", 11, 1968);
    private final JourneyEmployee mentor = new JourneyEmployee("Junior", "Digital", "Graduate developer", 2, 2000);
    private final JourneyEmployee sponsor = new JourneyEmployee("Sponsor", "Board", "Chief people officer", 12, 1965);
    private AccountView admin;
    private long program;
    private String programName;
    private long pair;
    private String pairPage;
    private long insight;
    private LocalDate sessionDay;

    @TempDir
    Path files;

    @Test
    @Order(1)
    void theAdministratorImportsTheDirectoryFromACsvFile() throws IOException {
        journey.step(1);
        admin = newAccount("journey.admin", Role.ADMIN, Role.PROGRAM_MANAGER);
        as(admin.username());
        Path csv = files.resolve("employees.csv");
        Files.writeString(csv, "Employee ID,Name,Work Email,Department,Job Title,Grade,Birth Year,Location,Time Zone,Languages\n"
                + mentee.csvRow(PARIS) + mentor.csvRow(PARIS) + sponsor.csvRow(PARIS));

        open("/people/imports/new");
        find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlMatches("/people/imports/\\d+/mapping$"));
        assertThat(text()).contains("employees.csv");
        assertThat(new Select(find(By.id("employeeNumber"))).getFirstSelectedOption().getText()).isEqualTo("Employee ID");
        assertThat(new Select(find(By.id("email"))).getFirstSelectedOption().getText()).isEqualTo("Work Email");
        click(By.cssSelector("main form button[type=submit]"));

        waitForText("Preview of the import");
        assertThat(find(By.id("count-rows")).getText()).isEqualTo("3");
        assertThat(find(By.id("count-created")).getText()).isEqualTo("3");
        assertThat(text()).contains("No problems found.");
        click(By.xpath("//button[normalize-space()='Import into the directory']"));
        waitForText("The directory was updated.");
        assertThat(heading()).isEqualTo("Import done");

        open("/people?q=" + mentee.number);
        waitForText(mentee.name);
        journey.done(1);
    }

    @Test
    @Order(2)
    void theAdministratorGivesTheImportedPeopleAccountsWithTheirWorkEmail() {
        journey.step(2);
        as(admin.username());
        for (JourneyEmployee person : new JourneyEmployee[] {mentee, mentor, sponsor}) {
            open("/admin/users/new");
            type("username", person.username);
            type("displayName", person.name);
            type("email", person.email);
            new Select(find(By.id("timeZone"))).selectByValue(PARIS.getId());
            type("password", TestAccounts.PASSWORD);
            click(By.cssSelector("main form button[type=submit]"));
            waitForText("Account " + person.username + " created.");
        }
        journey.done(2);
    }

    @Test
    @Order(3)
    void theAdministratorCreatesAProgramFromATemplateNamesItsSponsorAndOpensEnrolment() {
        journey.step(3);
        as(admin.username());
        open("/programs/new");
        click(By.cssSelector("main .card a.btn-primary"));
        waiting().until(ExpectedConditions.urlContains("/programs/new/form?template="));
        programName = "Reverse mentoring " + Unique.username("journey");
        type("name", programName);
        LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
        setValue(By.id("startDate"), today.plusDays(1).toString());
        setValue(By.id("endDate"), today.plusMonths(6).toString());
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlMatches("/programs/\\d+$"));
        program = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/programs/", ""));
        waitForText("Program “" + programName + "” created as a draft.");

        open("/programs/" + program + "/sponsor");
        type("q", sponsor.name);
        click(By.xpath("//button[normalize-space()='Find']"));
        click(By.id("sponsor-" + sponsor.number));
        click(By.xpath("//main//form[.//input[@name='sponsor' and @type='radio']]//button[@type='submit']"));
        waitForText("The sponsor is saved.");
        open("/programs/" + program + "/sponsor");
        waitForText("The sponsor is " + sponsor.name + " (" + sponsor.email + ").");

        moveProgramTo("ENROLLING", "Enrolling");
        journey.done(3);
    }

    @Test
    @Order(4)
    void theManagerInvitesALeaderAsMenteeAndAJuniorAsMentor() {
        journey.step(4);
        as(admin.username());
        invite(mentee, "MENTEE");
        invite(mentor, "MENTOR");
        assertThat(participantRow(mentee)).contains("Invited");
        assertThat(participantRow(mentor)).contains("Invited");
        journey.done(4);
    }

    private void invite(JourneyEmployee person, String side) {
        open("/programs/" + program + "/participants");
        find(By.id("invite-q")).sendKeys(person.name, Keys.ENTER);
        click(By.xpath("//form[input[@name='employeeNumber' and @value='" + person.number + "'] and input[@name='side' and @value='"
                + side + "']]//button"));
        waitForText("1 invited.");
        assertThat(participantRow(person)).contains(person.department).contains("Invited");
    }

    private String participantRow(JourneyEmployee person) {
        return find(By.xpath("//main//table//tr[td[contains(., '" + person.name + "')]]")).getText();
    }

    @Test
    @Order(5)
    void bothApplyWithTheirConsentAndTheManagerApprovesThem() {
        journey.step(5);
        for (JourneyEmployee person : new JourneyEmployee[] {mentee, mentor}) {
            as(person.username);
            open("/me/programs");
            assertThat(text()).contains(programName);
            click(By.linkText("Open"));
            click(By.id("consent"));
            click(By.xpath("//form[contains(@action, '/application')]//button[@type='submit']"));
            waitForText("Your application was sent.");
        }
        as(admin.username());
        for (JourneyEmployee person : new JourneyEmployee[] {mentee, mentor}) {
            open("/programs/" + program + "/participants");
            assertThat(participantRow(person)).contains("Applied");
            click(By.xpath("//tr[td[contains(., '" + person.name + "')]]//form[input[@name='decision' and @value='APPROVE']]//button"));
            waitForText(person.name + " approved.");
        }
        assertThat(participantRow(mentee)).contains("Approved");
        assertThat(participantRow(mentor)).contains("Approved");
        journey.done(5);
    }

    @Test
    @Order(6)
    void bothCompleteTheirProfiles() {
        journey.step(6);
        // the junior shares the catalogue's first skill and wants its second; the leader the other way round
        fillProfile(mentor, 2, 3);
        fillProfile(mentee, 3, 2);
        journey.done(6);
    }

    /**
     * Signs in, opens the profile from "My programs" and fills in every section: a skill to share and one to learn
     * (by their place in the catalogue), interests, the work style statements, Tuesday mornings, either meeting mode
     * and English.
     */
    private void fillProfile(JourneyEmployee person, int offered, int wanted) {
        as(person.username);
        open("/me/programs");
        click(By.linkText("Open"));
        click(By.cssSelector("main a[href$='/profile']"));
        waiting().until(ExpectedConditions.urlMatches("/participants/\\d+/profile$"));
        // option 1 is "(none)"; Select#selectByIndex would ask every option for its index, one call each
        click(By.cssSelector("select[id='offered[0].skill'] option:nth-child(" + offered + ")"));
        new Select(find(By.id("offered[0].level"))).selectByValue("4");
        click(By.cssSelector("select[id='wanted[0].skill'] option:nth-child(" + wanted + ")"));
        new Select(find(By.id("wanted[0].level"))).selectByValue("2");
        type("interests", "Cycling to work and board games.");
        // about twenty statements: one script clicks "agree" in each, as a person would, without a round trip apiece
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll(\"fieldset[id^='answers['] input[id$='-4']\")"
                + ".forEach(answer => answer.click());");
        new Select(find(By.id("timeZone"))).selectByValue(PARIS.getId());
        new Select(find(By.id("availability[0].day"))).selectByValue("TUESDAY");
        setValue(By.id("availability[0].start"), "09:00");
        setValue(By.id("availability[0].end"), "11:00");
        click(By.id("meetingMode-EITHER"));
        WebElement english = find(By.cssSelector("#languages option[value=en]"));
        if (!english.isSelected()) {
            new Select(find(By.id("languages"))).selectByValue("en");
        }
        assertThat(new Select(find(By.id("languages"))).getAllSelectedOptions()).extracting(WebElement::getText)
                .containsExactly(english.getText());
        click(By.xpath("//button[normalize-space()='Save profile']"));
        waitForText("Your profile was saved.");
        assertThat(find(By.id("completeness-label")).getText()).isEqualTo("Complete: 100%");
        assertThat(text()).contains("Everything is filled in.");
    }

    @Test
    @Order(7)
    void theManagerRunsMatchingReviewsAndPublishesIt() {
        journey.step(7);
        as(admin.username());
        moveProgramTo("MATCHING", "Matching");
        open("/programs/" + program + "/matching");
        click(By.xpath("//button[normalize-space()='Run matching']"));
        waiting().until(ExpectedConditions.urlMatches("/programs/\\d+/matching/runs/\\d+$"));
        WebElement done = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("run-done")));
        assertThat(done.getText()).contains("1");
        String proposal = find(By.id("proposals")).getText();
        assertThat(proposal).contains(mentee.name).contains(mentor.name);
        click(By.xpath("//button[normalize-space()='Publish proposals']"));
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waitForText("1 matches published.");
        moveProgramTo("RUNNING", "Running");
        journey.done(7);
    }

    @Test
    @Order(8)
    void bothAcceptTheirMatchAndBecomeAPair() {
        journey.step(8);
        as(mentee.username);
        open("/me/matches");
        assertThat(text()).contains("Your proposed mentor").contains(mentor.name).contains(programName);
        click(By.xpath("//button[normalize-space()='Accept']"));
        waitForText("You accepted the match.");

        as(mentor.username);
        open("/me/matches");
        assertThat(text()).contains("Your proposed mentee").contains(mentee.name).contains("Your partner accepted.");
        click(By.xpath("//button[normalize-space()='Accept']"));
        waitForText("You accepted the match.");

        // The pair is formed by the application after the second acceptance, a moment later.
        waiting().until(d -> {
            open("/me/pairs");
            return !d.findElements(By.cssSelector("main a[href^='/pairs/']")).isEmpty();
        });
        assertThat(text()).contains(mentee.name).contains(programName);
        click(By.cssSelector("main a[href^='/pairs/']"));
        waiting().until(ExpectedConditions.urlMatches("/pairs/\\d+$"));
        pairPage = driver.getCurrentUrl().replace(baseUrl(), "");
        pair = Long.parseLong(pairPage.replace("/pairs/", ""));
        assertThat(text()).contains(mentee.name);
        journey.done(8);
    }

    @Test
    @Order(9)
    void bothSignTheMentoringAgreement() {
        journey.step(9);
        as(mentor.username);
        open(pairPage);
        click(By.linkText("Agreement"));
        waitForPath(pairPage + "/agreement");
        type("mentorExpectations", "I show the tools I use every day and prepare each session.");
        type("menteeExpectations", "I bring real questions from the board and try one tool a fortnight.");
        click(By.cssSelector("form[action='" + pairPage + "/agreement'] button[type=submit]"));
        waitForText("Saved as version 1");
        click(By.xpath("//button[normalize-space()='Sign version 1']"));
        waitForText("You signed version 1");

        as(mentee.username);
        open(pairPage + "/agreement");
        assertThat(text()).contains("questions from the board");
        click(By.xpath("//button[normalize-space()='Sign version 1']"));
        waitForText("both of you have signed");
        journey.done(9);
    }

    @Test
    @Order(10)
    void aSessionIsScheduledAndLoggedAsHeld() {
        journey.step(10);
        as(admin.username());
        open("/programs/" + program + "/surveys");
        click(By.xpath("//input[@value='post-session-pulse']/following-sibling::button"));
        waitForText("The template was copied into the program");

        as(mentee.username);
        LocalDate day = LocalDate.ofInstant(clock.instant(), PARIS).plusDays(2);
        sessionDay = day;
        open(pairPage);
        click(By.linkText("Sessions"));
        waitForPath(pairPage + "/sessions");
        setValue(By.id("date"), day.toString());
        setValue(By.id("time"), "10:00");
        type("minutes", "45");
        type("agendaLines", "Which tools does the finance team avoid?");
        click(By.xpath("//form[@action='" + pairPage + "/sessions']//button[@type='submit']"));
        waitForText("The session is planned");
        assertThat(text()).contains(day.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));

        clock.advance(Duration.ofDays(3));
        as(mentee.username);
        open(pairPage + "/sessions");
        click(By.cssSelector("main a[href^='" + pairPage + "/sessions/']"));
        click(By.id("outcome-HELD"));
        type("actualMinutes", "50");
        click(By.cssSelector("input[name=topics]"));
        type("takeaway", "One shared dashboard beats five monthly spreadsheets.");
        click(By.xpath("//main//form[contains(@action, '/sessions/') and contains(@action, '/log')]//button[@type='submit']"));
        waitForText("One shared dashboard beats five monthly spreadsheets.");
        journey.done(10);
    }

    @Test
    @Order(11)
    void theMentorAnswersThePostSessionSurvey() {
        journey.step(11);
        as(mentor.username);
        click(By.linkText("My surveys"));
        waitForPath("/me/surveys");
        waiting().until(d -> {
            open("/me/surveys");
            return !d.findElements(By.linkText("After the session")).isEmpty();
        });
        click(By.linkText("After the session"));
        for (WebElement question : driver.findElements(By.cssSelector("main form fieldset"))) {
            List<WebElement> choices = question.findElements(By.cssSelector("input[type=radio]"));
            if (!choices.isEmpty()) {
                click(By.id(choices.get(choices.size() - 1).getAttribute("id")));
            }
        }
        for (WebElement field : driver.findElements(By.cssSelector("main form textarea"))) {
            type(field.getAttribute("id"), "A shorter agenda left more time for questions.");
        }
        click(By.xpath("//button[normalize-space()='Send answers']"));
        waitForText("Thank you: your answers are saved.");
        journey.done(11);
    }

    @Test
    @Order(12)
    void anInsightIsRaisedEndorsedAndProposedToTheSponsor() {
        journey.step(12);
        String tab = pairPage + "/insights";
        as(mentor.username);
        open(pairPage);
        click(By.linkText("Insights"));
        waitForPath(tab);
        type("title", "Spreadsheets nobody trusts");
        type("observation", "Finance keeps five monthly spreadsheets; the team trusts none of them.");
        type("significance", "Decisions wait for reconciliations that one shared dashboard would make needless.");
        click(By.id("credit-name"));
        click(By.xpath("//button[normalize-space()='Record the insight']"));
        waitForText("The insight is recorded.");
        insight = Long.parseLong(find(By.cssSelector("main article.insight")).getAttribute("id").replace("insight-", ""));

        as(mentee.username);
        open(tab);
        assertThat(find(By.id("insight-" + insight)).getText()).contains("Spreadsheets nobody trusts");
        click(By.xpath("//button[normalize-space()='Endorse']"));
        waitForText("You endorsed the insight.");
        click(By.cssSelector("#insight-" + insight + " details summary"));
        click(By.cssSelector("form[action='" + tab + "/" + insight + "/proposal'] button[type=submit]"));
        waitForText("The insight is proposed.");
        journey.done(12);
    }

    @Test
    @Order(13)
    void theSponsorTurnsTheInsightIntoAnActionAndReportsItDone() {
        journey.step(13);
        as(sponsor.username);
        open("/me/insights/owned");
        assertThat(find(By.id("insight-" + insight)).getText()).contains("Spreadsheets nobody trusts");
        click(By.id("decision-" + insight + "-ACCEPTED"));
        setValue(By.id("dueOn-" + insight), LocalDate.ofInstant(clock.instant(), PARIS).plusDays(30).toString());
        type("outcome-" + insight, "Finance works from one shared dashboard.");
        click(By.xpath("//button[normalize-space()='Respond']"));
        waitForText("Your response is recorded.");
        click(By.cssSelector("#insight-" + insight + " a[href^='/insights/actions/']"));
        new Select(find(By.id("status"))).selectByValue("DONE");
        type("outcome", "The shared dashboard replaced the five spreadsheets.");
        click(By.xpath("//button[normalize-space()='Post the update']"));
        waitForText("The update is posted.");
        assertThat(find(By.id("action-status")).getText()).isEqualTo("Done");

        as(mentor.username);
        open("/programs/" + program + "/you-said-we-did");
        assertThat(find(By.id("line-" + insight)).getText()).contains("Spreadsheets nobody trusts").contains(mentor.name)
                .contains("Done").contains("The shared dashboard replaced the five spreadsheets.");
        journey.done(13);
    }

    @Test
    @Order(14)
    void theManagerSeesTheJourneyOnTheProgramDashboard() {
        journey.step(14);
        as(admin.username());
        open("/programs/" + program);
        click(By.id("dashboard-link"));
        waitForPath("/programs/" + program + "/dashboard");
        // The first reading of this program's dashboard in the journey: its cache holds nothing older than the steps above.
        assertThat(heading()).isEqualTo("Dashboard of " + programName);

        assertThat(tableTwin(By.id("funnel-table"))).containsExactly(Map.entry("Invited", "2"), Map.entry("Applied", "2"),
                Map.entry("Approved", "2"), Map.entry("Matched", "2"), Map.entry("In an active pair", "2"));
        // Weeks start on Monday (UTC); the session began at 10:00 in Paris, the same day in UTC.
        LocalDate week = sessionDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(tableTwin(By.id("sessions-table")))
                .containsExactly(Map.entry(week.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)), "1"));
        // One answer is below the small-group minimum: the month is there, its figure withheld.
        WebElement survey = find(By.cssSelector("main section[id^='survey-'] table"));
        assertThat(survey.findElement(By.tagName("caption")).getText()).startsWith("Survey results over time:");
        assertThat(tableTwin(By.id(survey.getAttribute("id"))).values()).containsExactly("Withheld (too few people)");
        assertThat(tableTwin(By.id("insights-table"))).containsExactly(Map.entry("Raised", "1"),
                Map.entry("Answered by their owner", "1"), Map.entry("Turned into actions", "1"),
                Map.entry("Actions done", "1"));
        journey.done(14);
    }

    /** A chart's table twin, row label to the figure as the page writes it, in the page's order. */
    private Map<String, String> tableTwin(By table) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row : find(table).findElements(By.cssSelector("tbody tr"))) {
            rows.put(row.findElement(By.tagName("th")).getText(), row.findElement(By.tagName("td")).getText());
        }
        return rows;
    }

    /** A program moves on with the button of its next state, after the browser asks to confirm. */
    private void moveProgramTo(String state, String label) {
        open("/programs/" + program);
        click(By.xpath("//form[input[@name='target' and @value='" + state + "']]//button"));
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waitForText("Program “" + programName + "” is now " + label + ".");
        assertThat(find(By.cssSelector("main .state-badge")).getText()).isEqualTo(label);
    }

    private void as(String username) {
        driver.manage().deleteAllCookies();
        signInThroughThePage(username, TestAccounts.PASSWORD);
        waitForPath("/");
    }

    private String text() {
        return find(By.tagName("main")).getText();
    }

    /** Date and time inputs take keystrokes in the browser's locale format; the value itself is locale-independent. */
    private void setValue(By field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(field),
                value);
    }
}
