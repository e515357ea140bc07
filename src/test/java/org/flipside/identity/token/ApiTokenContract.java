package org.flipside.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal API tokens: issued once, stored only as a hash, usable until revoked or expired. */
abstract class ApiTokenContract {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    AccountView owner;

    @BeforeEach
    void openOwner() {
        owner = TestAccounts.open(accounts, "token", Role.EMPLOYEE);
    }

    @Test
    void anIssuedTokenAuthenticatesItsOwnerAndOnlyItsHashIsStored() {
        IssuedToken issued = tokens.issue(owner.id(), owner.username(), "  CI script  ", null);

        assertThat(issued.secret()).startsWith("fs_").hasSizeGreaterThan(40);
        assertThat(issued.token().name()).isEqualTo("CI script");
        assertThat(issued.token().expiresAt()).isNull();
        assertThat(issued.secret()).startsWith(issued.token().prefix());
        String storedHash = jdbc.sql("select token_hash from api_token where id = :id").param("id", issued.token().id())
                .query(String.class).single();
        assertThat(storedHash).isEqualTo(ApiTokenService.hash(issued.secret())).doesNotContain(issued.secret());

        ApiToken authenticated = tokens.authenticate(issued.secret()).orElseThrow();
        assertThat(authenticated.id()).isEqualTo(issued.token().id());
        assertThat(authenticated.userId()).isEqualTo(owner.id());
        assertThat(tokens.tokensOf(owner.id())).singleElement()
                .satisfies(listed -> assertThat(listed.lastUsedAt()).isNotNull());
    }

    @Test
    void unknownOrMalformedSecretsAuthenticateNobody() {
        IssuedToken issued = tokens.issue(owner.id(), owner.username(), "real", null);
        String secret = issued.secret();
        char last = secret.charAt(secret.length() - 1);

        assertThat(tokens.authenticate(secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(tokens.authenticate(secret.substring(3))).isEmpty();
        assertThat(tokens.authenticate(ApiTokenService.hash(secret))).isEmpty();
        assertThat(tokens.authenticate("fs_" + "x".repeat(200))).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate(secret)).isPresent();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        IssuedToken kept = tokens.issue(owner.id(), owner.username(), "kept", null);
        IssuedToken revoked = tokens.issue(owner.id(), owner.username(), "revoked", null);

        tokens.revoke(owner.id(), revoked.token().id());
        tokens.revoke(owner.id(), revoked.token().id()); // revoking twice is harmless

        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(tokens.authenticate(kept.secret())).isPresent();
        assertThat(tokens.tokensOf(owner.id())).filteredOn(token -> token.id() == revoked.token().id()).singleElement()
                .satisfies(token -> assertThat(token.revokedAt()).isNotNull());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        AccountView stranger = TestAccounts.open(accounts, "stranger", Role.EMPLOYEE);
        IssuedToken issued = tokens.issue(owner.id(), owner.username(), "mine", null);

        assertThatThrownBy(() -> tokens.revoke(stranger.id(), issued.token().id())).isInstanceOf(NotFoundException.class);
        assertThat(tokens.authenticate(issued.secret())).isPresent();
    }

    @Test
    void revokingAllTokensOfAnAccountStopsEveryOne() {
        IssuedToken first = tokens.issue(owner.id(), owner.username(), "one", null);
        IssuedToken second = tokens.issue(owner.id(), owner.username(), "two", 30);

        assertThat(tokens.revokeAll(owner.id())).isEqualTo(2);

        assertThat(tokens.authenticate(first.secret())).isEmpty();
        assertThat(tokens.authenticate(second.secret())).isEmpty();
    }

    @Test
    void aTokenExpiresAfterItsValidity() {
        IssuedToken issued = tokens.issue(owner.id(), owner.username(), "short", 1);
        Instant expiresAt = issued.token().expiresAt();
        assertThat(Duration.between(issued.token().createdAt(), expiresAt)).isEqualTo(Duration.ofDays(1));
        assertThat(tokens.authenticate(issued.secret())).isPresent();

        clock.advance(Duration.between(clock.instant(), expiresAt).plusSeconds(1));

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void refusesAMissingNameAndAValidityOutsideOneToThreeHundredSixtySixDays() {
        assertThatThrownBy(() -> tokens.issue(owner.id(), owner.username(), "  ", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("token.name.invalid"));
        assertThatThrownBy(() -> tokens.issue(owner.id(), owner.username(), "n".repeat(101), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tokens.issue(owner.id(), owner.username(), "zero", 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("token.validDays.range"));
        assertThatThrownBy(() -> tokens.issue(owner.id(), owner.username(), "too long", 367))
                .isInstanceOf(InvalidInputException.class);
        assertThat(tokens.issue(owner.id(), owner.username(), "a year", 366).token().expiresAt()).isNotNull();
        assertThat(tokens.tokensOf(owner.id())).hasSize(1);
    }

    @Test
    void anAccountHasAtMostTwentyActiveTokens() {
        for (int i = 1; i <= 20; i++) {
            tokens.issue(owner.id(), owner.username(), "token " + i, null);
        }
        assertThatThrownBy(() -> tokens.issue(owner.id(), owner.username(), "one too many", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("token.tooMany"));

        tokens.revoke(owner.id(), tokens.tokensOf(owner.id()).get(0).id());
        assertThat(tokens.issue(owner.id(), owner.username(), "after revoking one", null).secret()).isNotBlank();
    }
}
