package org.flipside.feedback.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutboxMessage;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Low-score flags: without consent the flag holds no pair anywhere — database, page, API, mail; with consent the
 * program's managers see who and open the pair. Follow-ups need a note and the version read.
 */
class SafetyFlagWebTest extends WebTestBase {

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SafetyInvitations invitations;
    @Autowired
    Outbox outbox;

    PulseScene pulse;
    Scene scene;
    PairView pair;

    @BeforeEach
    void anInvitedPair() {
        pulse = new PulseScene(jdbc, accountDirectory, directory, programs, pairs, invitations);
        scene = pulse.invited(1).get(0);
        pair = PairFixture.as(scene.manager(), () -> pairs.get(scene.pairId()));
    }

    @Test
    void withoutConsentTheFlagCarriesNoPairInTheDatabaseThePageTheApiOrTheMail() throws Exception {
        answer("[1,2,1,2,1]", false);
        List<Map<String, Object>> rows = jdbc.sql("select pair_id, mean, round_number, week_of from safety_flag "
                + "where program_id = :p").param("p", scene.program()).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("pair_id")).isNull();
        assertThat(rows.get(0).get("mean")).isNull();
        assertThat(((java.sql.Date) rows.get(0).get("week_of")).toLocalDate().getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);

        String api = mvc.perform(as(get(flags()), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].identified").value(false))
                .andExpect(jsonPath("$[0].pairId").doesNotExist()).andExpect(jsonPath("$[0].mean").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String page = page("/programs/" + scene.program() + "/safety-pulse", scene.manager());
        for (String text : List.of(api, page)) {
            assertThat(text).doesNotContain(pair.mentor().fullName()).doesNotContain(pair.mentee().fullName())
                    .doesNotContain("/pairs/" + scene.pairId());
        }
        assertThat(page).contains("They chose to stay anonymous.");

        long flag = ((Number) JsonPath.read(api, "$[0].id")).longValue();
        List<OutboxMessage> mails = await("safety-flag:" + flag);
        assertThat(mails).extracting(OutboxMessage::recipient).containsExactly(email(scene.manager()));
        assertThat(mails.get(0).body()).contains("/programs/" + scene.program() + "/safety-pulse")
                .doesNotContain(pair.mentor().fullName()).doesNotContain(pair.mentee().fullName());
    }

    @Test
    void withConsentTheManagersSeeThePairAndOpenIt() throws Exception {
        answer("[2,2,3,2,2]", true);
        assertThat(jdbc.sql("select pair_id from safety_flag where program_id = :p").param("p", scene.program())
                .query(Long.class).single()).isEqualTo(scene.pairId());
        mvc.perform(as(get(flags()), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].identified").value(true)).andExpect(jsonPath("$[0].pairId")
                        .value(scene.pairId())).andExpect(jsonPath("$[0].juniorName").value(pair.mentor().fullName()))
                .andExpect(jsonPath("$[0].mean").value(2.2));
        assertThat(page("/programs/" + scene.program() + "/safety-pulse", scene.manager()))
                .contains(pair.mentor().fullName()).contains("/pairs/" + scene.pairId());
        mvc.perform(as(get("/pairs/" + scene.pairId()), scene.manager())).andExpect(status().isOk());
        // Nobody but the program's managers learns of the flag: the junior's own partner least of all.
        Person admin = pulse.fixture().person(Role.ADMIN);
        Person sponsor = pulse.fixture().person(Role.SPONSOR);
        Person otherManager = pulse.fixture().scene().manager();
        for (Person outsider : List.of(scene.mentee(), scene.mentor(), admin, sponsor, otherManager)) {
            mvc.perform(as(get(flags()), outsider)).andExpect(status().isNotFound());
            mvc.perform(json(post(flags() + "/1/follow-up"), outsider, "{\"note\":\"x\",\"version\":0}"))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aFollowUpNeedsANoteAndTheVersionRead() throws Exception {
        answer("[1,1,1,1,1]", false);
        long flag = jdbc.sql("select id from safety_flag where program_id = :p").param("p", scene.program())
                .query(Long.class).single();
        String followUp = flags() + "/" + flag + "/follow-up";
        mvc.perform(json(post(followUp), scene.manager(), "{\"note\":\"  \",\"version\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(json(post(followUp), scene.manager(), "{\"note\":\"" + "n".repeat(2001) + "\",\"version\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(json(post(followUp), scene.manager(), "{\"note\":\"Spoke to all mentors\",\"version\":3}"))
                .andExpect(status().isConflict());
        assertThat(followedUp(flag)).isFalse();
        mvc.perform(json(post(followUp), scene.manager(), "{\"note\":\"Spoke to all mentors\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.followedUp").value(true))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(post("/programs/" + scene.program() + "/safety-pulse/flags/" + flag + "/follow-up"),
                        scene.manager()).with(csrf()).param("note", "Second word").param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(as(post("/programs/" + scene.program() + "/safety-pulse/flags/" + flag + "/follow-up"),
                        scene.manager()).with(csrf()).param("note", "Second word").param("version", "1"))
                .andExpect(status().isFound());
        assertThat(page("/programs/" + scene.program() + "/safety-pulse", scene.manager())).contains("Second word");
        assertThat(auditCount(scene.manager().username(), "SAFETY_FLAG_FOLLOWED_UP", String.valueOf(flag)))
                .isEqualTo(2);
    }

    private void answer(String values, boolean contact) throws Exception {
        mvc.perform(json(post("/api/v1/me/safety-pulse/" + pulse.invitationOf(scene) + "/answer"), scene.mentor(),
                "{\"statements\":" + values + ",\"contact\":" + contact + "}")).andExpect(status().isCreated());
    }

    private String flags() {
        return "/api/v1/programs/" + scene.program() + "/safety-pulse/flags";
    }

    private boolean followedUp(long flag) {
        return jdbc.sql("select followed_up from safety_flag where id = :id").param("id", flag)
                .query(Boolean.class).single();
    }

    private String page(String path, Person who) throws Exception {
        return mvc.perform(as(get(path), who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String email(Person person) {
        return accountDirectory.findByUsername(person.username()).orElseThrow().email();
    }

    private List<OutboxMessage> await(String reference) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<OutboxMessage> found = outbox.byReference(reference);
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail for " + reference);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Person who, String body) {
        return as(request, who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
