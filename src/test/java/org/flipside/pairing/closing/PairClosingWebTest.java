package org.flipside.pairing.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairClosed;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairState;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Closing a pair over the API and the page: one person proposes, the partner agrees or answers with the other
 * outcome, the proposer may withdraw, a manager may close directly; stale versions, bad input and outsiders change
 * nothing, and a closed pair stays closed.
 */
@RecordApplicationEvents
class PairClosingWebTest extends WebTestBase {

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
    ApplicationEvents events;

    PairFixture fixture;
    Scene scene;

    @BeforeEach
    void aPair() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
    }

    PairView pair() {
        return as(scene.manager(), () -> pairs.get(scene.pairId()));
    }

    ResultActions call(MockHttpServletRequestBuilder request, Person person, String json) throws Exception {
        return mvc.perform(as(request, person).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String body(String outcome, String reason, long version) {
        return "{\"outcome\": %s, \"reason\": %s, \"version\": %d}".formatted(
                outcome == null ? "null" : "\"" + outcome + "\"", reason == null ? "null" : "\"" + reason + "\"",
                version);
    }

    String closing() {
        return "/api/v1/pairs/" + scene.pairId() + "/closing";
    }

    @Test
    void oneProposesThePartnerAgreesAndThePairIsClosedWithBothReasons() throws Exception {
        call(post(closing()), scene.mentee(), body("COMPLETED", "We reached our goals.", pair().version()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.closing.outcome").value("COMPLETED"))
                .andExpect(jsonPath("$.closing.requestedBy").value("MENTEE"));
        call(post(closing() + "/agreement"), scene.mentee(), body(null, "Me too.", pair().version()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pair.closing.ownProposal"));
        String page = mvc.perform(as(get("/pairs/" + scene.pairId()), scene.mentor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("proposed to close this pair as &quot;Completed&quot;");

        call(post(closing() + "/agreement"), scene.mentor(), body(null, "I learned a lot.", pair().version()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.closing.menteeReason").value("We reached our goals."))
                .andExpect(jsonPath("$.closing.mentorReason").value("I learned a lot."))
                .andExpect(jsonPath("$.closing.closedBy").value(scene.mentor().username()));

        assertThat(events.stream(PairClosed.class).filter(e -> e.pairId() == scene.pairId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(PairState.COMPLETED);
                    assertThat(e.programId()).isEqualTo(scene.program());
                });
        assertThat(auditCount(scene.mentor().username(), "PAIR_CLOSED", String.valueOf(scene.pairId()))).isEqualTo(1);
        assertThat(pair().state().closed()).isTrue();
    }

    @Test
    void thePartnerMayAnswerWithTheOtherOutcomeWhichTheProposerThenAgreesTo() throws Exception {
        call(post(closing()), scene.mentor(), body("COMPLETED", "Done.", pair().version())).andExpect(status().isOk());
        call(post(closing()), scene.mentee(), body("COMPLETED", "Also.", pair().version()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pair.closing.partnerProposed"));
        call(post(closing() + "/agreement"), scene.mentee(), body("ENDED_EARLY", "My role changed.",
                pair().version()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.closing.outcome").value("ENDED_EARLY"))
                .andExpect(jsonPath("$.closing.requestedBy").value("MENTEE"));
        call(post(closing() + "/agreement"), scene.mentor(), body(null, "Fair enough.", pair().version()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENDED_EARLY"))
                .andExpect(jsonPath("$.closing.mentorReason").value("Fair enough."))
                .andExpect(jsonPath("$.closing.menteeReason").value("My role changed."));
    }

    @Test
    void onlyTheProposerWithdrawsAndThenNothingAboutClosingRemains() throws Exception {
        call(post(closing()), scene.mentee(), body("ENDED_EARLY", "No time.", pair().version()))
                .andExpect(status().isOk());
        mvc.perform(as(delete(closing()).param("version", String.valueOf(pair().version())), scene.mentor()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pair.closing.notYours"));
        mvc.perform(as(delete(closing()).param("version", String.valueOf(pair().version())), scene.mentee()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.closing").doesNotExist());
        assertThat(pair().closing()).isNull();
        assertThat(pair().state()).isEqualTo(PairState.ACTIVE);
        call(post(closing() + "/agreement"), scene.mentor(), body(null, "Ok.", pair().version()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pair.closing.noProposal"));
    }

    @Test
    void aManagerClosesDirectlyAndAClosedPairIsReadOnly() throws Exception {
        call(post(closing()), scene.manager(), body("COMPLETED", "Managers do not propose.", pair().version()))
                .andExpect(status().isForbidden());
        call(post(closing() + "/by-manager"), scene.mentee(), body("COMPLETED", "Not mine.", pair().version()))
                .andExpect(status().isForbidden());
        call(post(closing() + "/by-manager"), scene.manager(), body("ENDED_EARLY", "The mentee left the company.",
                pair().version()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENDED_EARLY"))
                .andExpect(jsonPath("$.closing.managerReason").value("The mentee left the company."))
                .andExpect(jsonPath("$.closing.closedBy").value(scene.manager().username()));
        assertThat(events.stream(PairClosed.class).filter(e -> e.pairId() == scene.pairId())).hasSize(1);

        long version = pair().version();
        call(post(closing()), scene.mentee(), body("COMPLETED", "Still want to.", version))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pair.closing.closed"));
        call(post(closing() + "/by-manager"), scene.manager(), body("COMPLETED", "Changed my mind.", version))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pair.closing.closed"));
        assertThat(pair().version()).isEqualTo(version);
        assertThat(pair().state()).isEqualTo(PairState.ENDED_EARLY);
        String page = mvc.perform(as(get("/pairs/" + scene.pairId() + "/close"), scene.mentor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This pair is closed: Ended early.").contains("The mentee left the company.")
                .doesNotContain("Propose to close").doesNotContain("Close the pair directly");
    }

    @Test
    void aStaleVersionOrBadInputChangesNothing() throws Exception {
        long version = pair().version();
        call(post(closing()), scene.mentee(), body("COMPLETED", "Done.", version + 1))
                .andExpect(status().isConflict());
        call(post(closing()), scene.mentee(), body("COMPLETED", "  ", version))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(post(closing()), scene.mentee(), body("COMPLETED", "x".repeat(1001), version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("pair.closing.reason.tooLong"));
        call(post(closing()), scene.mentee(), body("ACTIVE", "Done.", version))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        call(post(closing()), scene.mentee(), "{\"outcome\": \"COMPLETED\", \"reason\": \"Done.\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(pair().closing()).isNull();
        assertThat(pair().version()).isEqualTo(version);

        // On the page, a stale form comes back with the reason as typed.
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/close"), scene.mentee()).with(csrf())
                        .param("outcome", "COMPLETED").param("reason", "Typed with care.")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("typedReason", "Typed with care."))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(pair().closing()).isNull();
    }

    @Test
    void outsidersAreToldThePairDoesNotExist() throws Exception {
        Person stranger = fixture.person(Role.EMPLOYEE);
        Person admin = fixture.person(Role.ADMIN);
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        long version = pair().version();
        for (Person outsider : List.of(stranger, admin, otherManager)) {
            call(post(closing()), outsider, body("COMPLETED", "Not my pair.", version))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get("/pairs/" + scene.pairId() + "/close"), outsider)).andExpect(status().isNotFound());
        }
        call(post(closing() + "/by-manager"), otherManager, body("COMPLETED", "Not my program.", version))
                .andExpect(status().isNotFound());
        call(post(closing() + "/by-manager"), admin, body("COMPLETED", "Administrators do not close.", version))
                .andExpect(status().isForbidden());
        assertThat(pair().closing()).isNull();
    }

    @Test
    void thePageLeadsFromAProposalToAClosedPair() throws Exception {
        String empty = mvc.perform(as(get("/pairs/" + scene.pairId() + "/close"), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Propose to close the pair").contains("name=\"version\"");
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/close"), scene.mentee()).with(csrf())
                        .param("outcome", "COMPLETED").param("reason", "A good year.")
                        .param("version", String.valueOf(pair().version())))
                .andExpect(status().isFound()).andExpect(flash().attributeExists("flash"));
        String partner = mvc.perform(as(get("/pairs/" + scene.pairId() + "/close"), scene.mentor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(partner).contains("Answer the proposal").contains("A good year.");
        String manager = mvc.perform(as(get("/pairs/" + scene.pairId() + "/close"), scene.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(manager).contains("Close the pair directly").doesNotContain("Answer the proposal");
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/close/agreement"), scene.mentor()).with(csrf())
                        .param("outcome", "COMPLETED").param("reason", "Agreed.")
                        .param("version", String.valueOf(pair().version())))
                .andExpect(status().isFound()).andExpect(flash().attributeExists("flash"));
        assertThat(pair().state()).isEqualTo(PairState.COMPLETED);
        String overview = mvc.perform(as(get("/pairs/" + scene.pairId()), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("This pair is closed (Completed) and can no longer change.");
    }
}
