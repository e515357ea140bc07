package org.flipside.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure hook writes real files from the real browser: a PNG of the page and its source, named after the test
 * class and step. Called directly, because a test that fails on purpose would fail the build.
 */
class BrowserFailureCaptureTest extends BrowserTestBase {

    @TempDir
    Path folder;

    @Test
    void aFailedStepLeavesAScreenshotAndThePageSource() throws Exception {
        open("/login");
        waitForPath("/login");
        BrowserFailureCapture capture = new BrowserFailureCapture(() -> driver, folder.resolve("browser-failures"));

        capture.testFailed(contextOf("aFailedStepLeavesAScreenshotAndThePageSource"), new AssertionError("forced"));

        Path picture = folder.resolve("browser-failures/BrowserFailureCaptureTest-aFailedStepLeavesAScreenshotAndThePageSource.png");
        assertThat(picture).isEqualTo(capture.screenshotOf(
                "BrowserFailureCaptureTest-aFailedStepLeavesAScreenshotAndThePageSource"));
        byte[] png = Files.readAllBytes(picture);
        assertThat(png.length).as("a picture, not an empty file").isGreaterThan(1000);
        assertThat(Arrays.copyOf(png, 8)).as("PNG signature")
                .containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        String source = Files.readString(capture.pageSourceOf(
                "BrowserFailureCaptureTest-aFailedStepLeavesAScreenshotAndThePageSource"), StandardCharsets.UTF_8);
        assertThat(source).contains(baseUrl() + "/login").contains("id=\"username\"").contains("id=\"password\"");
    }

    @Test
    void aPassingStepOrAMissingBrowserLeavesNothing() throws Exception {
        BrowserFailureCapture capture = new BrowserFailureCapture(() -> driver, folder);
        capture.testSuccessful(contextOf("aPassingStepOrAMissingBrowserLeavesNothing"));
        new BrowserFailureCapture(() -> null, folder)
                .testFailed(contextOf("aPassingStepOrAMissingBrowserLeavesNothing"), new AssertionError("no browser"));

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void everyBrowserTestHasTheHookForTheSuiteFolder() {
        assertThat(BrowserTestBase.failures.screenshotOf("X-y"))
                .isEqualTo(Path.of("target", "browser-failures", "X-y.png"));
    }

    private static ExtensionContext contextOf(String methodName) throws NoSuchMethodException {
        Method method = BrowserFailureCaptureTest.class.getDeclaredMethod(methodName);
        ExtensionContext context = mock(ExtensionContext.class);
        when(context.getTestClass()).thenReturn(Optional.of(BrowserFailureCaptureTest.class));
        when(context.getTestMethod()).thenReturn(Optional.of(method));
        when(context.getDisplayName()).thenReturn(methodName + "()");
        return context;
    }
}
