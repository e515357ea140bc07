package org.flipside.notification.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.flipside.identity.Role;
import org.flipside.notification.outbox.MailAttachment;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutgoingMail;
import org.flipside.program.ProgramTestUsers;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without SMTP the outbox page shows what would have been sent, attachments included. */
class OutboxPageWebTest extends WebTestBase {

    @Autowired
    Outbox outbox;

    @Test
    void theOutboxShowsAnAttachmentsNameTypeAndText() throws Exception {
        String tag = Unique.username("page");
        outbox.add(new OutgoingMail(tag + "@example.org", "Mentoring session: " + tag, "See the invitation.", tag,
                new MailAttachment("invite.ics", "text/calendar; method=CANCEL; charset=UTF-8",
                        "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nUID:" + tag + "\r\nEND:VCALENDAR\r\n"),
                "session:" + tag), clock.instant());
        mvc.perform(get("/admin/outbox").with(authentication(ProgramTestUsers.signedIn("admin.page", Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mentoring session: " + tag)))
                .andExpect(content().string(containsString("invite.ics")))
                .andExpect(content().string(containsString("text/calendar; method=CANCEL; charset=UTF-8")))
                .andExpect(content().string(containsString("UID:" + tag)));
    }
}
