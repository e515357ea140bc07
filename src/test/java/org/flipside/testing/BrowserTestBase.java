package org.flipside.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the running application in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}).
 * One browser per test class. Without Chromium the tests are skipped with a message, unless
 * {@code FLIPSIDE_REQUIRE_BROWSER=true} (as in CI), which turns the missing browser into a failure. After every test
 * the browser console must be free of errors, which includes Content-Security-Policy violations. A failed test leaves
 * a screenshot and the page source under {@code target/browser-failures} ({@link BrowserFailureCapture}).
 */
public abstract class BrowserTestBase extends WebTestBase {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected static WebDriver driver;
    private static ChromeDriverService service;
    private static Path profile;

    @RegisterExtension
    static final BrowserFailureCapture failures = new BrowserFailureCapture(() -> driver,
            Path.of("target", "browser-failures"));

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("FLIPSIDE_REQUIRE_BROWSER"))) {
                Assertions.fail(message + "; FLIPSIDE_REQUIRE_BROWSER=true forbids skipping them");
            }
            Assumptions.abort(message + "; skipping");
        }
        profile = Files.createTempDirectory("flipside-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
            profile = null;
        }
    }

    @BeforeEach
    void startSignedOut() {
        open("/login");
        driver.manage().deleteAllCookies();
        consoleMessages(); // start each test with an empty console
    }

    @AfterEach
    void consoleStayedClean() {
        List<String> problems = consoleMessages().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
        assertThat(problems).as("browser console errors, warnings and CSP violations").isEmpty();
    }

    protected List<LogEntry> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    protected void waitForPath(String pathAndQuery) {
        waiting().until(ExpectedConditions.urlToBe(baseUrl() + pathAndQuery));
    }

    /**
     * Waits until the page's main content shows {@code text}. While a form post reloads the same address, the old
     * page's nodes vanish under the check; Chromium then reports a node that "does not belong to the document",
     * which only means: look again.
     */
    protected void waitForText(String text) {
        waiting().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    protected WebElement find(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks like a person would after scrolling to the element. Bootstrap turns on smooth scrolling, during which
     * WebDriver's own scroll-then-click can hit whatever is passing under the pointer.
     */
    protected void click(By by) {
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                element);
        element.click();
    }

    protected void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected void signInThroughThePage(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        click(By.cssSelector("main form button[type=submit]"));
    }

    protected String heading() {
        return find(By.tagName("h1")).getText();
    }
}
