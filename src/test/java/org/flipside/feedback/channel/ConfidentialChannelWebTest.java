package org.flipside.feedback.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutboxMessage;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
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
 * The confidential channel over the API and the pages: the participant and the program's managers talk; the partner,
 * other participants, other programs' managers, administrators and sponsors are told nothing exists.
 */
class ConfidentialChannelWebTest extends WebTestBase {

    private static final String SECRET = "My mentee belittles me in every session";

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
    Outbox outbox;

    PairFixture fixture;
    Scene scene;

    @BeforeEach
    void aPairWithItsManager() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
    }

    @Test
    void theJuniorWritesTheManagerReadsAndRepliesAndEveryStepIsAudited() throws Exception {
        long id = open(scene.mentor(), "ABUSE_REPORT", "About my pair", SECRET, scene.pairId());
        mvc.perform(as(get("/api/v1/me/confidential"), scene.mentor())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].pairId").value(scene.pairId()));

        String inbox = "/api/v1/programs/" + scene.program() + "/confidential";
        mvc.perform(as(get(inbox + "?state=open"), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(as(get(inbox + "?state=closed"), scene.manager())).andExpect(jsonPath("$.totalItems").value(0));
        long reads = auditCount(scene.manager().username(), "CONFIDENTIAL_CONVERSATION_READ", String.valueOf(id));
        mvc.perform(as(get(inbox + "/" + id), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.messages[0].body").value(SECRET));
        assertThat(auditCount(scene.manager().username(), "CONFIDENTIAL_CONVERSATION_READ", String.valueOf(id)))
                .isEqualTo(reads + 1);
        assertThat(jdbc.sql("select count(*) from audit_entry where details like :s").param("s", "%belittles%")
                .query(Long.class).single()).isZero();
        assertThat(auditCount(scene.mentor().username(), "CONFIDENTIAL_CONVERSATION_OPENED", String.valueOf(id)))
                .isEqualTo(1);

        mvc.perform(json(post(inbox + "/" + id + "/messages"), scene.manager(), "{\"message\":\"Let us talk today\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.messages.length()").value(2))
                .andExpect(jsonPath("$.messages[1].fromManager").value(true));
        mvc.perform(json(post("/api/v1/me/confidential/" + id + "/messages"), scene.mentor(),
                "{\"message\":\"Thank you\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.messages.length()").value(3));
        assertThat(auditCount(scene.manager().username(), "CONFIDENTIAL_CONVERSATION_REPLIED", String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void closingNeedsTheVersionReadAClosedOneTakesNoRepliesAndOnlyTheParticipantReopens() throws Exception {
        long id = open(scene.mentee(), "CONCERN", "Timing", "We keep missing sessions", null);
        String manager = "/api/v1/programs/" + scene.program() + "/confidential/" + id;
        mvc.perform(json(post(manager + "/closing"), scene.manager(), "{\"version\":7}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post(manager + "/closing"), scene.manager(), "{}")).andExpect(status().isBadRequest());
        mvc.perform(json(post(manager + "/closing"), scene.manager(), "{\"version\":0}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED")).andExpect(jsonPath("$.version").value(1));
        assertThat(auditCount(scene.manager().username(), "CONFIDENTIAL_CONVERSATION_CLOSED", String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(json(post(manager + "/messages"), scene.manager(), "{\"message\":\"late\"}"))
                .andExpect(status().isConflict());
        String mine = "/api/v1/me/confidential/" + id;
        mvc.perform(json(post(mine + "/messages"), scene.mentee(), "{\"message\":\"again\"}"))
                .andExpect(status().isConflict());
        assertThat(messages(id)).isEqualTo(1);
        mvc.perform(json(post(mine + "/reopening"), scene.mentee(), "{\"version\":0}")).andExpect(status().isConflict());
        mvc.perform(json(post(mine + "/reopening"), scene.mentee(), "{\"version\":1}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"));
        assertThat(auditCount(scene.mentee().username(), "CONFIDENTIAL_CONVERSATION_REOPENED", String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(json(post(mine + "/closing"), scene.mentee(), "{\"version\":2}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long before = conversations();
        mvc.perform(json(post("/api/v1/me/confidential"), scene.mentor(), body(scene.program(), "GOSSIP", "",
                        "x".repeat(4001), null))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='subject')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='message')]").exists());
        mvc.perform(json(post("/api/v1/me/confidential"), scene.mentor(), body(scene.program(), "OTHER",
                "s".repeat(201), "fine", null))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        Scene other = fixture.pairIn(scene.program(), scene.manager());
        mvc.perform(json(post("/api/v1/me/confidential"), scene.mentor(), body(scene.program(), "CONCERN",
                "Theirs", "About another pair", other.pairId()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pairId"));
        Scene elsewhere = fixture.scene();
        mvc.perform(json(post("/api/v1/me/confidential"), scene.mentor(), body(elsewhere.program(), "CONCERN",
                "Not mine", "A program I am not in", null))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programId"));
        assertThat(conversations()).isEqualTo(before);
    }

    @Test
    void nobodyButTheAuthorAndTheProgramsManagersLearnsAConversationExists() throws Exception {
        long id = open(scene.mentor(), "REQUEST_TO_END_PAIR", "Please end it", SECRET, scene.pairId());
        Person otherParticipant = fixture.pairIn(scene.program(), scene.manager()).mentee();
        Person otherManager = fixture.scene().manager();
        Person admin = fixture.person(Role.ADMIN);
        Person sponsor = fixture.person(Role.SPONSOR);
        String inbox = "/api/v1/programs/" + scene.program() + "/confidential";
        for (Person outsider : List.of(scene.mentee(), otherParticipant, otherManager, admin, sponsor)) {
            mvc.perform(as(get("/api/v1/me/confidential/" + id), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/me/confidential/" + id), outsider)).andExpect(status().isNotFound());
            mvc.perform(json(post("/api/v1/me/confidential/" + id + "/messages"), outsider, "{\"message\":\"hi\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(json(post("/api/v1/me/confidential/" + id + "/closing"), outsider, "{\"version\":0}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get(inbox), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get(inbox + "/" + id), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/programs/" + scene.program() + "/confidential/" + id), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(json(post(inbox + "/" + id + "/messages"), outsider, "{\"message\":\"hi\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/me/confidential"), outsider)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(0));
        }
        // The manager reads the program's conversations only under the program's own address.
        long otherProgram = fixture.scene().program();
        mvc.perform(as(get("/api/v1/programs/" + otherProgram + "/confidential/" + id), scene.manager()))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/me/confidential/" + id), scene.manager())).andExpect(status().isNotFound());
        assertThat(messages(id)).isEqualTo(1);
    }

    @Test
    void theManagersAndThenTheParticipantGetANoticeWithoutTheTextAndThePartnerNothing() throws Exception {
        long id = open(scene.mentor(), "ABUSE_REPORT", "Subject kept out of mail", SECRET, scene.pairId());
        List<OutboxMessage> toManagers = await("confidential:" + id, 1);
        assertThat(toManagers).extracting(OutboxMessage::recipient).containsExactly(email(scene.manager()));
        assertThat(toManagers.get(0).body()).contains("new confidential message")
                .contains("/programs/" + scene.program() + "/confidential/" + id)
                .doesNotContain(SECRET).doesNotContain("Subject kept out of mail");
        assertThat(toManagers.get(0).subject()).doesNotContain("Subject kept out of mail");

        mvc.perform(json(post("/api/v1/programs/" + scene.program() + "/confidential/" + id + "/messages"),
                scene.manager(), "{\"message\":\"Reply text stays in the app\"}")).andExpect(status().isCreated());
        List<OutboxMessage> all = await("confidential:" + id, 2);
        OutboxMessage toJunior = all.stream().filter(m -> m.recipient().equals(email(scene.mentor())))
                .findFirst().orElseThrow();
        assertThat(toJunior.body()).contains("/me/confidential/" + id).doesNotContain("Reply text stays in the app");
        assertThat(all).extracting(OutboxMessage::recipient).doesNotContain(email(scene.mentee()));
        assertThat(jdbc.sql("select count(*) from mail_outbox where body like :s").param("s", "%belittles%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePagesShowTheConversationToBothSidesAndTheFormRefusesBadInput() throws Exception {
        String list = mvc.perform(as(get("/me/confidential"), scene.mentor())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("Write to the program&#39;s managers").contains("name=\"programId\"");
        mvc.perform(as(post("/me/confidential"), scene.mentor()).with(csrf())
                        .param("programId", String.valueOf(scene.program())).param("kind", "CONCERN")
                        .param("subject", "").param("message", "Something"))
                .andExpect(status().isBadRequest());
        String redirect = mvc.perform(as(post("/me/confidential"), scene.mentor()).with(csrf())
                        .param("programId", String.valueOf(scene.program())).param("kind", "CONCERN")
                        .param("subject", "Paged subject").param("message", SECRET)
                        .param("pairId", String.valueOf(scene.pairId())))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
        assertThat(mvc.perform(as(get("/me/confidential/" + id), scene.mentor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Paged subject").contains(SECRET);

        String program = "/programs/" + scene.program() + "/confidential";
        assertThat(mvc.perform(as(get("/programs/" + scene.program()), scene.manager())).andReturn().getResponse()
                .getContentAsString()).contains(program);
        assertThat(mvc.perform(as(get(program + "?state=open"), scene.manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Paged subject");
        assertThat(mvc.perform(as(get(program + "/" + id), scene.manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(SECRET);
        mvc.perform(as(post(program + "/" + id + "/messages"), scene.manager()).with(csrf()).param("message", "Noted"))
                .andExpect(status().isFound());
        mvc.perform(as(post(program + "/" + id + "/closing"), scene.manager()).with(csrf()).param("version", "5"))
                .andExpect(status().isConflict());
        mvc.perform(as(post("/me/confidential/" + id + "/closing"), scene.mentor()).with(csrf()).param("version", "0"))
                .andExpect(status().isFound());
        assertThat(mvc.perform(as(get("/me/confidential/" + id), scene.mentor())).andReturn().getResponse()
                .getContentAsString()).contains("Noted").contains("/reopening");
    }

    private long open(Person who, String kind, String subject, String message, Long pairId) throws Exception {
        String response = mvc.perform(json(post("/api/v1/me/confidential"), who,
                        body(scene.program(), kind, subject, message, pairId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.summary.id")).longValue();
    }

    private static String body(long program, String kind, String subject, String message, Long pairId) {
        return "{\"programId\":" + program + ",\"kind\":\"" + kind + "\",\"subject\":\"" + subject
                + "\",\"message\":\"" + message + "\",\"pairId\":" + pairId + "}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Person who, String body) {
        return as(request, who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String email(Person person) {
        return accountDirectory.findByUsername(person.username()).orElseThrow().email();
    }

    private long conversations() {
        return jdbc.sql("select count(*) from confidential_conversation").query(Long.class).single();
    }

    private long messages(long id) {
        return jdbc.sql("select count(*) from confidential_message where conversation_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private List<OutboxMessage> await(String reference, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<OutboxMessage> found = outbox.byReference(reference);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " mails for " + reference);
    }
}
