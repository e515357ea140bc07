package org.flipside.pairing.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.flipside.audit.AuditSearch;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
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

/**
 * Private notes are their author's alone: the partner, the program's manager, an administrator and a stranger get
 * 404 on the page, over the API and for the note's own id; the text is in no other page, in no download of the pair's
 * record, in no audit entry and in no mail. The author does everything.
 */
class PrivateNoteIsolationWebTest extends WebTestBase {

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

    PairFixture fixture;
    Scene scene;
    String secret;
    long noteId;

    @BeforeEach
    void theMenteeWritesANote() throws Exception {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
        secret = "My mentor talks too fast " + UUID.randomUUID();
        String created = mvc.perform(as(post(notes()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"" + secret + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.body").value(secret))
                .andReturn().getResponse().getContentAsString();
        noteId = ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void theAuthorReadsChangesAndDeletesTheirNotesNewestFirst() throws Exception {
        clock.advance(java.time.Duration.ofMinutes(1));
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/notes"), scene.mentee()).with(csrf())
                .param("body", "Ask about the board meeting")).andExpect(status().isFound());
        mvc.perform(as(get(notes()), scene.mentee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].body").value("Ask about the board meeting"))
                .andExpect(jsonPath("$[1].body").value(secret));
        String page = page("/pairs/" + scene.pairId() + "/notes", scene.mentee());
        assertThat(page).contains(secret).contains("Ask about the board meeting");
        assertThat(page.indexOf("Ask about the board meeting")).isLessThan(page.indexOf(secret));

        mvc.perform(as(put(note()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"" + secret + " (edited)\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        // A stale edit from an older window: refused, nothing lost, and the page offers the refused text again.
        mvc.perform(as(put(note()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"overwrite\", \"version\": 0}")).andExpect(status().isConflict());
        String stale = mvc.perform(as(post("/pairs/" + scene.pairId() + "/notes/" + noteId), scene.mentee())
                        .with(csrf()).param("body", "from the old window").param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("from the old window").contains(secret + " (edited)");
        mvc.perform(as(get(note()), scene.mentee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value(secret + " (edited)"));

        mvc.perform(as(post(notes()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"   \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].code").value("pair.note.body.required"));
        mvc.perform(as(post(notes()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"" + "x".repeat(PrivateNotes.MAX_LENGTH + 1) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("pair.note.body.length"));
        mvc.perform(as(put(note()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"no version\"}")).andExpect(status().isBadRequest());

        mvc.perform(as(delete(note()), scene.mentee())).andExpect(status().isNoContent());
        mvc.perform(as(get(note()), scene.mentee())).andExpect(status().isNotFound());
        mvc.perform(as(delete(note()), scene.mentee())).andExpect(status().isNotFound());
        assertThat(count("select count(*) from private_note where pair_id = :p")).isEqualTo(1);
    }

    @Test
    void thePartnerNeverSeesTheNote() throws Exception {
        Person partner = scene.mentor();
        assertThat(page("/pairs/" + scene.pairId() + "/notes", partner)).doesNotContain(secret)
                .contains("You have no notes on this pair yet.");
        mvc.perform(as(get(notes()), partner)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        refusedTheNoteById(partner);
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/notes/" + noteId + "/delete"), partner).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/notes/" + noteId), partner).with(csrf())
                .param("body", "overwritten").param("version", "0")).andExpect(status().isNotFound());
        for (String path : List.of("", "/assessment")) {
            assertThat(page("/pairs/" + scene.pairId() + path, partner)).doesNotContain(secret);
        }
        assertUnchanged();
    }

    @Test
    void theManagerAnAdministratorAndAStrangerAreToldThereIsNothing() throws Exception {
        Person admin = fixture.person(Role.ADMIN);
        Person stranger = fixture.person(Role.EMPLOYEE);
        for (Person outsider : List.of(scene.manager(), admin, stranger)) {
            mvc.perform(as(get("/pairs/" + scene.pairId() + "/notes"), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get(notes()), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(post(notes()), outsider).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"body\": \"mine\"}")).andExpect(status().isNotFound());
            mvc.perform(as(post("/pairs/" + scene.pairId() + "/notes"), outsider).with(csrf())
                    .param("body", "mine")).andExpect(status().isNotFound());
            refusedTheNoteById(outsider);
        }
        String overview = page("/pairs/" + scene.pairId(), scene.manager());
        assertThat(overview).doesNotContain(secret).doesNotContain("/notes");
        assertThat(page("/pairs/" + scene.pairId() + "/assessment", scene.manager())).doesNotContain(secret);
        assertUnchanged();
    }

    @Test
    void theNoteIsInNoRecordNoAuditEntryAndNoMail() throws Exception {
        mvc.perform(as(put(note()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"" + secret + " again\", \"version\": 0}")).andExpect(status().isOk());
        for (Person person : List.of(scene.mentee(), scene.mentor(), scene.manager())) {
            String csv = mvc.perform(as(get("/pairs/" + scene.pairId() + "/record.csv"), person))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(csv).contains("Pair record").doesNotContain(secret);
            String api = mvc.perform(as(get("/api/v1/pairs/" + scene.pairId() + "/record"), person))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(api).doesNotContain(secret);
        }
        assertThat(auditTrail.search(new AuditSearch(null, null, null, secret, null, null), 0, 1).totalItems())
                .isZero();
        String like = "%" + secret.substring(secret.length() - 36) + "%";
        assertThat(jdbc.sql("select count(*) from audit_entry where details like :s or target_id like :s "
                + "or actor like :s").param("s", like).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where body like :s or subject like :s")
                .param("s", like).query(Long.class).single()).isZero();
    }

    private void refusedTheNoteById(Person person) throws Exception {
        mvc.perform(as(get(note()), person)).andExpect(status().isNotFound());
        mvc.perform(as(put(note()), person).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"overwritten\", \"version\": 0}")).andExpect(status().isNotFound());
        mvc.perform(as(delete(note()), person)).andExpect(status().isNotFound());
    }

    private void assertUnchanged() {
        assertThat(jdbc.sql("select body from private_note where id = :id").param("id", noteId)
                .query(String.class).single()).isEqualTo(secret);
        assertThat(count("select count(*) from private_note where pair_id = :p")).isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("p", scene.pairId()).query(Long.class).single();
    }

    private String page(String path, Person person) throws Exception {
        return mvc.perform(as(get(path), person)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String notes() {
        return "/api/v1/pairs/" + scene.pairId() + "/notes";
    }

    private String note() {
        return notes() + "/" + noteId;
    }
}
