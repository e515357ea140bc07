package org.flipside.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.flipside.audit.AuditLog;
import org.flipside.audit.Outcome;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.flipside.testing.WebTestBase;

class AuditPagesTest extends WebTestBase {

    private static final FlipsideUser ADMIN = new FlipsideUser(1, "auditor", "Auditor", ZoneId.of("Australia/Sydney"),
            Set.of(Role.ADMIN), true, null);

    @Autowired
    AuditLog audit;

    @Test
    void filtersByActionAndOutcome() throws Exception {
        String marker = "probe-" + UUID.randomUUID();
        audit.recordAs("alice", "10.0.0.1", "SIGN_IN", Outcome.FAILURE, "Account", marker, null);
        audit.recordAs("alice", "10.0.0.1", "SIGN_IN", Outcome.SUCCESS, "Account", marker, null);

        String page = body("/admin/audit?action=SIGN_IN&outcome=FAILURE&target=" + marker);

        assertThat(page).contains(marker).contains("<td>Failure</td>").doesNotContain("<td>Success</td>");
    }

    @Test
    void aBadDateIsExplainedAndNothingIsListed() throws Exception {
        String page = body("/admin/audit?from=2026-02-30&to=yesterday");

        assertThat(page).contains("&#39;2026-02-30&#39; is not a date (YYYY-MM-DD).")
                .contains("&#39;yesterday&#39; is not a date");
    }

    @Test
    void htmxGetsOnlyTheResultsFragment() throws Exception {
        String fragment = mvc.perform(get("/admin/audit").with(user(ADMIN)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("id=\"audit-results\"").doesNotContain("<html").doesNotContain("<nav class=\"navbar");
    }

    @Test
    void theApiRefusesAnEmptyPeriod() throws Exception {
        mvc.perform(get("/api/v1/audit-entries").with(user(ADMIN))
                        .param("from", "2026-01-02T00:00:00Z").param("to", "2026-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest());
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(user(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
