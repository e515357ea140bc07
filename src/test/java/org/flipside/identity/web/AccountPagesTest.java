package org.flipside.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.flipside.testing.WebTestBase;
import org.springframework.test.web.servlet.MvcResult;

class AccountPagesTest extends WebTestBase {


    private FlipsideUser me;

    @BeforeEach
    void signIn() {
        AccountView view = accounts.open(new NewAccount("me" + UUID.randomUUID().toString().substring(0, 8), "Me Myself",
                null, "UTC", Set.of(Role.EMPLOYEE), "my own passphrase"));
        me = new FlipsideUser(view.id(), view.username(), view.displayName(), ZoneId.of("UTC"), view.roles(), true, null);
    }

    @Test
    void aPersonChangesTheirOwnTimeZone() throws Exception {
        mvc.perform(post("/account/profile").with(user(me)).with(csrf())
                        .param("displayName", "Me Myself").param("email", "").param("timeZone", "America/Chicago"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Profile saved."));

        assertThat(accounts.get(me.id()).timeZone()).isEqualTo("America/Chicago");
    }

    @Test
    void anUnknownTimeZoneIsExplained() throws Exception {
        mvc.perform(post("/account/profile").with(user(me)).with(csrf())
                        .param("displayName", "Me Myself").param("timeZone", "Europe/Atlantis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&#39;Europe/Atlantis&#39; is not a known time zone")));

        assertThat(accounts.get(me.id()).timeZone()).isEqualTo("UTC");
    }

    @Test
    void aNewTokenIsShownOnceAndThenOnlyByItsPrefix() throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").with(user(me)).with(csrf())
                        .param("name", "reporting script").param("validDays", "30"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String secret = (String) created.getFlashMap().get("issuedSecret");
        assertThat(secret).startsWith("fs_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(secret)).isPresent();

        String page = mvc.perform(get("/account/tokens").with(user(me))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("reporting script").contains(secret.substring(0, 10)).doesNotContain(secret);
    }

    @Test
    void aTokenWithABadLifetimeIsRefused() throws Exception {
        mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "x").param("validDays", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A token can be valid for 1 to 366 days")));

        assertThat(tokens.tokensOf(me.id())).isEmpty();
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        AccountView other = accounts.open(new NewAccount("other" + UUID.randomUUID().toString().substring(0, 8), "Other",
                null, "UTC", Set.of(Role.EMPLOYEE), "their own passphrase"));
        long theirs = tokens.issue(other.id(), other.username(), "theirs", null).token().id();

        mvc.perform(post("/account/tokens/{id}/revoke", theirs).with(user(me)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(tokens.tokensOf(other.id())).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNull());
    }
}
