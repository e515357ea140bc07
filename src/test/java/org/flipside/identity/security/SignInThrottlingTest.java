package org.flipside.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.audit.AuditEntry;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.Outcome;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.HttpUser;
import org.flipside.testing.HttpUser.Response;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Too many failed sign-ins for one account or from one address answer 429, even for the right password. */
class SignInThrottlingTest extends WebTestBase {

    @Autowired
    SecurityProperties properties;

    int perAccount;
    int perAddress;

    @BeforeEach
    void limits() {
        perAccount = properties.throttle().maxFailuresPerAccount();
        perAddress = properties.throttle().maxFailuresPerAddress();
    }

    @Test
    void anAccountIsBlockedAfterItsFailureLimitEvenForTheRightPassword() {
        AccountView account = newAccount("guessed", Role.EMPLOYEE);
        HttpUser attacker = newHttpUser();
        for (int i = 1; i <= perAccount; i++) {
            assertThat(attacker.signIn(account.username(), "wrong-guess-number-" + i).location())
                    .as("attempt %d", i).endsWith("/login?error");
        }

        HttpUser owner = newHttpUser();
        Response response = owner.signIn(account.username(), TestAccounts.PASSWORD);

        assertThat(response.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(response.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(properties.throttle().window().toSeconds());
        assertThat(response.body()).contains("Too many failed sign-ins");
        assertThat(owner.get("/").location()).as("not signed in").endsWith("/login");
        AuditEntry throttled = auditTrail.search(
                new AuditSearch(account.username(), "SIGN_IN_THROTTLED", Outcome.DENIED, null, null, null), 0, 5).items().get(0);
        assertThat(throttled.remoteAddress()).isEqualTo(owner.clientAddress());
        assertThat(throttled.details()).isEqualTo("retryAfterSeconds=" + retryAfter);
        assertThat(auditCount(account.username(), "SIGN_IN", null)).as("throttled attempts are not password checks")
                .isEqualTo(perAccount);
    }

    @Test
    void anAddressIsBlockedAfterItsFailureLimitAcrossUsernames() {
        HttpUser sprayer = newHttpUser();
        for (int i = 1; i <= perAddress; i++) {
            assertThat(sprayer.signIn(Unique.username("nobody"), "wrong-guess-number-" + i).location())
                    .as("attempt %d", i).endsWith("/login?error");
        }
        AccountView account = newAccount("sprayed", Role.EMPLOYEE);

        Response response = sprayer.signIn(account.username(), TestAccounts.PASSWORD);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("Retry-After")).isPresent();
        assertThat(auditCount(account.username(), "SIGN_IN_THROTTLED", null)).isEqualTo(1);
        // The same account from another address is fine: only the address is blocked.
        newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);
    }

    @Test
    void fewerFailuresThanTheLimitStillLetTheOwnerIn() {
        AccountView account = newAccount("almost", Role.EMPLOYEE);
        HttpUser user = newHttpUser();
        for (int i = 1; i < perAccount; i++) {
            user.signIn(account.username(), "wrong-guess-number-" + i);
        }
        user.signedInAs(account.username(), TestAccounts.PASSWORD);
        assertThat(user.get("/").status()).isEqualTo(200);
    }
}
