package org.flipside.insights.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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
 * Proposing insights to a named owner: who may propose, who may be the owner, once only; the owner's inbox names a
 * junior only when they chose to be credited and never names the pair.
 */
class InsightProposalWebTest extends WebTestBase {

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

    PairFixture fixture;
    Scene scene;
    Person owner;
    String juniorName;

    @BeforeEach
    void aPairAndAnOwner() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
        owner = fixture.person(Role.EMPLOYEE);
        juniorName = as(scene.mentor(), () -> pairs.get(scene.pairId())).mentor().fullName();
    }

    @Test
    void theAuthorProposesOnceAndTheOwnerSeesAnAnonymousInsightWithoutAName() throws Exception {
        long id = record(scene.mentor(), false);
        mvc.perform(propose(id, scene.mentor(), owner.employeeNumber())).andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerNumber").value(owner.employeeNumber()))
                .andExpect(jsonPath("$.proposedBySide").value("MENTOR"))
                .andExpect(jsonPath("$.proposedAt").isNotEmpty());
        mvc.perform(propose(id, scene.mentor(), owner.employeeNumber())).andExpect(status().isConflict());

        String inbox = mvc.perform(as(get("/api/v1/me/insights/owned"), owner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].title").value("Meetings run over"))
                .andExpect(jsonPath("$[0].creditedTo").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(inbox).doesNotContain(juniorName).doesNotContain("pairId")
                .doesNotContain(scene.mentor().employeeNumber());
        mvc.perform(as(get("/api/v1/me/insights/owned"), fixture.person(Role.EMPLOYEE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theSeniorProposesOnlyAfterEndorsingAndACreditedJuniorIsNamed() throws Exception {
        long id = record(scene.mentor(), true);
        mvc.perform(propose(id, scene.mentee(), owner.employeeNumber())).andExpect(status().isConflict());
        mvc.perform(propose(id, scene.manager(), owner.employeeNumber())).andExpect(status().isConflict());
        mvc.perform(as(post("/api/v1/insights/" + id + "/endorsement"), scene.mentee())).andExpect(status().isOk());
        mvc.perform(propose(id, scene.mentee(), owner.employeeNumber())).andExpect(status().isOk())
                .andExpect(jsonPath("$.proposedBySide").value("MENTEE"));
        mvc.perform(as(get("/api/v1/me/insights/owned"), owner))
                .andExpect(jsonPath("$[0].creditedTo").value(juniorName))
                .andExpect(jsonPath("$[0].endorsed").value(true));
    }

    @Test
    void theOwnerMustBeAnActiveEmployeeWhoCanSignInAndABadOwnerChangesNothing() throws Exception {
        long id = record(scene.mentor(), false);
        for (String bad : List.of("", "   ", "NO-SUCH-" + id)) {
            mvc.perform(propose(id, scene.mentor(), bad)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("owner"));
        }
        jdbc.sql("update app_user set active = false where username = :u").param("u", owner.username()).update();
        mvc.perform(propose(id, scene.mentor(), owner.employeeNumber())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        assertThat(jdbc.sql("select count(*) from insight where id = :id and proposed_at is null").param("id", id)
                .query(Long.class).single()).isOne();
    }

    @Test
    void nobodyOutsideThePairProposes() throws Exception {
        long id = record(scene.mentor(), false);
        Scene otherPair = fixture.pairIn(scene.program(), scene.manager());
        for (Person outsider : List.of(fixture.person(Role.EMPLOYEE), fixture.person(Role.ADMIN), owner,
                fixture.scene().manager(), otherPair.mentor(), otherPair.mentee())) {
            mvc.perform(propose(id, outsider, owner.employeeNumber())).andExpect(status().isNotFound());
        }
        mvc.perform(as(get("/api/v1/pairs/" + scene.pairId() + "/insights"), scene.mentor()))
                .andExpect(jsonPath("$[0].proposedAt").isEmpty());
    }

    private org.springframework.test.web.servlet.RequestBuilder propose(long id, Person by, String ownerNumber) {
        return as(post("/api/v1/insights/" + id + "/proposal"), by).contentType(MediaType.APPLICATION_JSON)
                .content("{\"owner\": \"" + ownerNumber + "\"}");
    }

    private long record(Person author, boolean credit) throws Exception {
        String created = mvc.perform(as(post("/api/v1/pairs/" + scene.pairId() + "/insights"), author)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Meetings run over\", \"observation\": \"Every weekly runs late.\", "
                                + "\"significance\": \"Juniors miss their next slot.\", \"creditByName\": " + credit
                                + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }
}
