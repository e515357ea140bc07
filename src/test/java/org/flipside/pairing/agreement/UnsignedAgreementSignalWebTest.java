package org.flipside.pairing.agreement;

import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.ZoneOffset;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An agreement left unsigned for two weeks puts the pair on its managers' at-risk list, and signing takes it off. */
class UnsignedAgreementSignalWebTest extends WebTestBase {

    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgreementService agreements;

    @Test
    void aPairWhoseAgreementWaitedTwoWeeksIsAtRiskUntilBothSign() throws Exception {
        PairFixture fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        Scene old = fixture.scene();
        fixture.pairIn(old.program(), old.manager()); // formed today: not at risk
        // Formed 15 days ago, but with a session held yesterday: the agreement is its only warning sign.
        jdbc.sql("update mentoring_pair set formed_at = :at where id = :id")
                .param("at", clock.instant().minus(Duration.ofDays(15)).atOffset(ZoneOffset.UTC))
                .param("id", old.pairId()).update();
        jdbc.sql("insert into pair_session (pair_id, uid, sequence, starts_at, minutes, time_zone, mode, agenda, "
                        + "status, scheduled_by_side, created_at, created_by, updated_at, updated_by, version) "
                        + "values (:pair, :uid, 0, :at, 45, 'UTC', 'VIDEO', '', 'HELD', 'MENTOR', :at, 't', :at, 't', 0)")
                .param("pair", old.pairId()).param("uid", "signal-" + old.pairId())
                .param("at", clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).update();

        mvc.perform(as(get("/api/v1/programs/" + old.program() + "/pairs/at-risk"), old.manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].pairId").value(old.pairId()))
                .andExpect(jsonPath("$[0].cadence.reasons[0].code").value("AGREEMENT_UNSIGNED"));

        AgreementTerms terms = new AgreementTerms(org.flipside.program.Cadence.FORTNIGHTLY, AgreedMeetingMode.VIDEO,
                "What we say stays between us.", "Prepare examples.", "Try one thing a fortnight.", null);
        PairFixture.as(old.mentor(), () -> agreements.save(old.pairId(), terms, 0));
        PairFixture.as(old.mentor(), () -> agreements.sign(old.pairId(), 1));
        PairFixture.as(old.mentee(), () -> agreements.sign(old.pairId(), 1));

        mvc.perform(as(get("/api/v1/programs/" + old.program() + "/pairs/at-risk"), old.manager()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
