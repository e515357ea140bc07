package org.flipside.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.notification.preference.NotificationPreferences;
import org.flipside.notification.preference.ReminderDelivery;
import org.flipside.program.ProgramTestUsers;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;

/** Each person's choice of immediate reminders or a weekly digest, on the page and over the API. */
class PreferencesWebTest extends WebTestBase {

    @Autowired
    NotificationPreferences preferences;

    @Test
    void theApiStartsAtImmediateAndSavesAChoiceWithItsVersion() throws Exception {
        AccountView account = newAccount("pref", Role.EMPLOYEE);
        Authentication me = ProgramTestUsers.signedIn(account.username(), Role.EMPLOYEE);
        mvc.perform(get("/api/v1/me/notification-preferences").with(authentication(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(account.email()))
                .andExpect(jsonPath("$.reminders").value("IMMEDIATE"))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(put("/api/v1/me/notification-preferences").with(authentication(me))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reminders\":\"WEEKLY_DIGEST\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reminders").value("WEEKLY_DIGEST"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(preferences.remindersFor(account.email().toUpperCase(Locale.ROOT)))
                .as("kept by address, whatever its case").isEqualTo(ReminderDelivery.WEEKLY_DIGEST);

        mvc.perform(put("/api/v1/me/notification-preferences").with(authentication(me))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reminders\":\"IMMEDIATE\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/me/notification-preferences").with(authentication(me))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reminders\":\"HOURLY\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reminders"));
        mvc.perform(put("/api/v1/me/notification-preferences").with(authentication(me))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reminders\":\"IMMEDIATE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(preferences.of(account.email()).reminders()).as("refusals change nothing")
                .isEqualTo(ReminderDelivery.WEEKLY_DIGEST);
        assertThat(preferences.of(account.email()).version()).isEqualTo(1);
    }

    @Test
    void thePageShowsTheChoiceSavesItAndRefusesAStaleForm() throws Exception {
        AccountView account = newAccount("prefpage", Role.SPONSOR);
        Authentication me = ProgramTestUsers.signedIn(account.username(), Role.SPONSOR);
        mvc.perform(get("/me/notifications").with(authentication(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reminders-WEEKLY_DIGEST\"")))
                .andExpect(content().string(containsString(account.email())));

        mvc.perform(post("/me/notifications").with(authentication(me)).with(csrf())
                        .param("reminders", "WEEKLY_DIGEST").param("version", "0"))
                .andExpect(redirectedUrl("/me/notifications"))
                .andExpect(flash().attributeExists("flash"));
        assertThat(preferences.of(account.email()).reminders()).isEqualTo(ReminderDelivery.WEEKLY_DIGEST);

        mvc.perform(post("/me/notifications").with(authentication(me)).with(csrf())
                        .param("reminders", "IMMEDIATE").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this choice of notifications")));
        mvc.perform(post("/me/notifications").with(authentication(me)).with(csrf())
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one mail per reminder or a weekly digest.")));
        assertThat(preferences.of(account.email()).reminders()).isEqualTo(ReminderDelivery.WEEKLY_DIGEST);
    }
}
