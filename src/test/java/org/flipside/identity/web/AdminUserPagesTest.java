package org.flipside.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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

class AdminUserPagesTest extends WebTestBase {


    private FlipsideUser admin;

    @BeforeEach
    void signInAnAdministrator() {
        AccountView view = accounts.open(new NewAccount("pages" + suffix(), "Page Admin", null, "Asia/Tokyo",
                Set.of(Role.ADMIN), "the admin passphrase"));
        admin = new FlipsideUser(view.id(), view.username(), view.displayName(), ZoneId.of("Asia/Tokyo"), view.roles(), true, null);
    }

    @Test
    void aBadNewUserIsShownWithEveryProblemAndNoPasswordEcho() throws Exception {
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", "no spaces allowed").param("displayName", "")
                        .param("email", "nope").param("timeZone", "Moon/Base").param("password", "tiny-secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("Use at least 12 characters (this one has 11).")))
                .andExpect(content().string(containsString("Give the account at least one role.")))
                .andExpect(content().string(containsString("&#39;Moon/Base&#39; is not a known time zone")))
                .andExpect(content().string(not(containsString("tiny-secret"))))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aGoodNewUserIsCreatedAndShown() throws Exception {
        String username = "newbie" + suffix();
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username).param("displayName", "New Person")
                        .param("email", username + "@example.org").param("timeZone", "Europe/Madrid")
                        .param("roles", "EMPLOYEE", "SPONSOR").param("password", "a sensible passphrase"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attribute("flash", "Account " + username + " created."));

        assertThat(accounts.findByUsername(username)).hasValueSatisfying(view ->
                assertThat(view.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.SPONSOR));
    }

    @Test
    void deactivatingFromAnOldPageIsRefusedWithAClearMessage() throws Exception {
        AccountView target = accounts.open(new NewAccount("target" + suffix(), "Target", null, "UTC", Set.of(Role.EMPLOYEE),
                "the target passphrase"));
        accounts.changeRoles(target.id(), Set.of(Role.SPONSOR), target.version(), admin.getUsername());

        mvc.perform(post("/admin/users/{id}/deactivate", target.id()).with(user(admin)).with(csrf())
                        .param("version", Long.toString(target.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError",
                        "Someone else saved this account after you opened it. Your changes were not saved: review the current version below and apply them again."));

        assertThat(accounts.get(target.id()).active()).isTrue();
    }

    @Test
    void theUserPageShowsTimesInTheViewersZone() throws Exception {
        mvc.perform(get("/admin/users/{id}", admin.id()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("JST")));
    }

    @Test
    void anEmployeeCannotReachTheAdministration() throws Exception {
        FlipsideUser employee = new FlipsideUser(999_999, "someone", "Someone", ZoneId.of("UTC"), Set.of(Role.EMPLOYEE), true, null);

        mvc.perform(get("/admin/users").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user(employee)).with(csrf()).param("username", "sneaky"))
                .andExpect(status().isForbidden());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
