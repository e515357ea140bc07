package org.flipside.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.flipside.identity.security.SecurityProperties;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failed sign-ins are counted in the database per account and per address, within a sliding window. */
abstract class SignInThrottleContract {

    @Autowired
    SignInThrottle throttle;
    @Autowired
    SecurityProperties properties;
    @Autowired
    TestClock clock;

    int perAccount;
    int perAddress;
    Duration window;

    @BeforeEach
    void readLimits() {
        perAccount = properties.throttle().maxFailuresPerAccount();
        perAddress = properties.throttle().maxFailuresPerAddress();
        window = properties.throttle().window();
        assertThat(perAccount).isLessThan(perAddress);
    }

    @Test
    void blocksAnAccountAtItsFailureLimitWhateverTheCaseOfTheName() {
        String username = Unique.username("throttled");
        for (int i = 1; i < perAccount; i++) {
            throttle.recordFailure(i % 2 == 0 ? username.toUpperCase() : " " + username, Unique.address());
            assertThat(throttle.blockFor(username, Unique.address())).as("after %d failures", i).isEmpty();
        }
        throttle.recordFailure(username, Unique.address());

        assertThat(throttle.blockFor(username, Unique.address())).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(window));
        assertThat(throttle.blockFor(username.toUpperCase(), Unique.address())).isPresent();
        assertThat(throttle.blockFor(Unique.username("other"), Unique.address())).isEmpty();
    }

    @Test
    void blocksAnAddressAtItsFailureLimitAcrossDifferentAccounts() {
        String address = Unique.address();
        for (int i = 1; i < perAddress; i++) {
            throttle.recordFailure(Unique.username("spray"), address);
        }
        assertThat(throttle.blockFor(Unique.username("fresh"), address)).isEmpty();

        throttle.recordFailure(Unique.username("spray"), address);

        assertThat(throttle.blockFor(Unique.username("fresh"), address)).isPresent();
        assertThat(throttle.blockFor(Unique.username("fresh"), Unique.address())).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String username = Unique.username("patient");
        for (int i = 0; i < perAccount; i++) {
            throttle.recordFailure(username, Unique.address());
        }
        assertThat(throttle.blockFor(username, Unique.address())).isPresent();

        clock.advance(window.plusSeconds(1));

        assertThat(throttle.blockFor(username, Unique.address())).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailuresButNotTheAddresss() {
        String username = Unique.username("recovered");
        for (int i = 0; i < perAccount - 1; i++) {
            throttle.recordFailure(username, Unique.address());
        }
        String address = Unique.address();
        for (int i = 0; i < perAddress - 1; i++) {
            throttle.recordFailure(Unique.username("other"), address);
        }

        throttle.recordSuccess(username.toUpperCase());
        throttle.recordFailure(username, address);

        assertThat(throttle.blockFor(username, Unique.address())).as("account count restarted").isEmpty();
        assertThat(throttle.blockFor(Unique.username("fresh"), address)).as("address count kept").isPresent();
    }
}
