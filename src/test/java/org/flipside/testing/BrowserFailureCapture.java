package org.flipside.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Keeps what the browser showed when a browser test failed: {@code <test>-<step>.png} and {@code <test>-<step>.html}
 * (the page source) in one folder, {@code target/browser-failures} for the suite. The test is the class, the step the
 * test method, so an ordered journey names the step that broke. A failing assertion text alone rarely tells whether
 * the page showed an error, a sign-in form or nothing at all; the picture does.
 *
 * <p>It runs after the test's own clean-up, which leaves the page alone, so the files show the page as the step left
 * it. Saving must never hide the failure itself: a browser that cannot answer any more is reported on standard error.
 */
public final class BrowserFailureCapture implements TestWatcher {

    private final Supplier<WebDriver> browser;
    private final Path folder;

    public BrowserFailureCapture(Supplier<WebDriver> browser, Path folder) {
        this.browser = browser;
        this.folder = folder;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver driver = browser.get();
        if (driver == null) {
            return; // the browser never started: the failure says why, and there is no page to keep
        }
        String name = nameOf(context);
        try {
            save(driver, name);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not keep the browser's page for " + name + ": " + e);
        }
    }

    /** The files written for a failed step, for the test of this class and for messages. */
    public Path screenshotOf(String name) {
        return folder.resolve(name + ".png");
    }

    public Path pageSourceOf(String name) {
        return folder.resolve(name + ".html");
    }

    static String nameOf(ExtensionContext context) {
        String test = context.getTestClass().map(Class::getSimpleName).orElse("browser");
        String step = context.getTestMethod().map(Method::getName).orElse(context.getDisplayName());
        return (test + "-" + step).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private void save(WebDriver driver, String name) throws IOException {
        Files.createDirectories(folder);
        byte[] picture = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshotOf(name), picture);
        String source = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
        Files.writeString(pageSourceOf(name), source, StandardCharsets.UTF_8);
        System.err.println("Browser page kept for " + name + ": " + screenshotOf(name).toAbsolutePath());
    }
}
