package org.flipside.browser.journey;

import org.junit.jupiter.api.Assumptions;

/**
 * The steps of an ordered browser journey: a step runs only when every step before it passed, so one broken step is
 * reported once, with its own name and screenshot, and the later steps are skipped rather than failing on its account.
 */
final class Journey {

    private int passed;

    void step(int number) {
        Assumptions.assumeTrue(passed == number - 1,
                () -> "step " + number + " needs step " + (passed + 1) + ", which did not pass");
    }

    void done(int number) {
        passed = number;
    }
}
