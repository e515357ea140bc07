package org.flipside.insights.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.Race;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The named owner's one response: accepted as an action, declined with a reason the author reads, or merged into an
 * action of the same program; bad answers change nothing, anyone but the owner gets 404, and two responses at once
 * give one success and one 409.
 */
class InsightResponseWebTest extends WebTestBase {

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
    InsightResponses responses;

    PairFixture fixture;
    Scene scene;
    Person owner;
    String tomorrow;

    @BeforeEach
    void aProposedInsight() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
        owner = fixture.person(Role.EMPLOYEE);
        tomorrow = LocalDate.now(clock).plusDays(1).toString();
    }

    @Test
    void theOwnerAcceptsOnceAndTheActionIsTheirs() throws Exception {
        long id = proposed();
        String done = mvc.perform(respond(id, owner, "{\"decision\": \"ACCEPTED\", \"version\": 1, \"dueOn\": \""
                        + tomorrow + "\", \"expectedOutcome\": \"Agendas go out two days ahead.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.response").value("ACCEPTED"))
                .andExpect(jsonPath("$.actionId").isNumber()).andReturn().getResponse().getContentAsString();
        long action = ((Number) JsonPath.read(done, "$.actionId")).longValue();
        assertThat(jdbc.sql("select owner_number from insight_action where id = :id").param("id", action)
                .query(String.class).single()).isEqualTo(owner.employeeNumber());
        mvc.perform(respond(id, owner, "{\"decision\": \"DECLINED\", \"version\": 2, \"reason\": \"no\"}"))
                .andExpect(status().isConflict());

        // A second insight of the same program merges into that action; one of another program may not.
        long second = proposed();
        long otherProgram = proposedIn(fixture.scene());
        mvc.perform(respond(otherProgram, owner, "{\"decision\": \"MERGED\", \"version\": 1, \"actionId\": "
                + action + "}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actionId"));
        mvc.perform(respond(second, owner, "{\"decision\": \"MERGED\", \"version\": 1, \"actionId\": " + action
                + "}")).andExpect(status().isOk()).andExpect(jsonPath("$.actionId").value(action));
        mvc.perform(as(get("/api/v1/me/insights/owned"), owner))
                .andExpect(jsonPath("$[?(@.id == " + second + ")].response").value("MERGED"));
    }

    @Test
    void aDeclineReasonGoesBackToTheAuthor() throws Exception {
        long id = proposed();
        mvc.perform(respond(id, owner, "{\"decision\": \"DECLINED\", \"version\": 1, "
                + "\"reason\": \"Already covered by the new intranet.\"}")).andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/pairs/" + scene.pairId() + "/insights"), scene.mentor()))
                .andExpect(jsonPath("$[0].response").value("DECLINED"))
                .andExpect(jsonPath("$[0].declineReason").value("Already covered by the new intranet."));
    }

    @Test
    void badAnswersAreReportedAndChangeNothing() throws Exception {
        long id = proposed();
        String today = LocalDate.now(clock).toString();
        mvc.perform(respond(id, owner, "{\"decision\": \"ACCEPTED\", \"dueOn\": \"" + today
                        + "\", \"expectedOutcome\": \"" + "x".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(respond(id, owner, "{\"decision\": \"DECLINED\", \"version\": 1, \"reason\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(respond(id, owner, "{\"decision\": \"MERGED\", \"version\": 1, \"actionId\": 987654321}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("actionId"));
        mvc.perform(respond(id, owner, "{\"version\": 1}")).andExpect(status().isBadRequest());
        mvc.perform(respond(id, owner, "{\"decision\": \"DECLINED\", \"version\": 0, \"reason\": \"old\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from insight where id = :id and response is null and version = 1")
                .param("id", id).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from insight_action where insight_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheNamedOwnerResponds() throws Exception {
        long id = proposed();
        Scene otherPair = fixture.pairIn(scene.program(), scene.manager());
        for (Person other : List.of(scene.mentor(), scene.mentee(), scene.manager(), fixture.person(Role.ADMIN),
                fixture.person(Role.EMPLOYEE), otherPair.mentor(), fixture.scene().manager())) {
            mvc.perform(respond(id, other, "{\"decision\": \"DECLINED\", \"version\": 1, \"reason\": \"r\"}"))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void twoResponsesAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        long id = proposed();
        ResponseDraft accept = new ResponseDraft(Response.ACCEPTED, 1L, LocalDate.now(clock).plusDays(3),
                "Fewer late decisions", null, null);
        ResponseDraft decline = new ResponseDraft(Response.DECLINED, 1L, null, null, "Not now", null);
        List<String> outcomes = Race.run(contender(id, accept), contender(id, decline));
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        long actions = jdbc.sql("select count(*) from insight_action where insight_id = :id").param("id", id)
                .query(Long.class).single();
        String response = jdbc.sql("select response from insight where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(actions).isEqualTo(response.equals("ACCEPTED") ? 1 : 0);
    }

    private Race.Contender<String> contender(long id, ResponseDraft draft) {
        return new Race.Contender<>(() -> ProgramTestUsers.actAs(owner.auth()), () -> {
            try {
                responses.respond(id, draft);
                return "saved";
            } catch (StaleEditException e) {
                return "stale";
            }
        });
    }

    private long proposed() throws Exception {
        return proposedIn(scene);
    }

    private long proposedIn(Scene in) throws Exception {
        String created = mvc.perform(as(post("/api/v1/pairs/" + in.pairId() + "/insights"), in.mentor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Decisions arrive late\", \"observation\": \"o\", "
                                + "\"significance\": \"s\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(as(post("/api/v1/insights/" + id + "/proposal"), in.mentor())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"owner\": \"" + owner.employeeNumber()
                                + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        return id;
    }

    private RequestBuilder respond(long id, Person by, String json) {
        return as(post("/api/v1/insights/" + id + "/response"), by).contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
