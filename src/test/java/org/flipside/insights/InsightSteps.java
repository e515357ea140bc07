package org.flipside.insights;

import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.program.EnrollmentFixture.Person;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The ledger's steps over the API, for tests that need an insight in a given state. */
public final class InsightSteps {

    private final MockMvc mvc;

    public InsightSteps(MockMvc mvc) {
        this.mvc = mvc;
    }

    public long record(Scene scene, Person author, String title, boolean credit) throws Exception {
        String created = mvc.perform(as(post("/api/v1/pairs/" + scene.pairId() + "/insights"), author)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + title + "\", \"observation\": \"Seen in every weekly.\", "
                                + "\"significance\": \"It costs the juniors time.\", \"creditByName\": " + credit
                                + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    public void propose(long insightId, Person by, String ownerNumber) throws Exception {
        mvc.perform(as(post("/api/v1/insights/" + insightId + "/proposal"), by)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"owner\": \"" + ownerNumber + "\"}"))
                .andExpect(status().isOk());
    }

    /** The owner accepts the (freshly proposed, version 1) insight; returns the new action's id. */
    public long accept(long insightId, Person owner, LocalDate dueOn) throws Exception {
        String done = mvc.perform(as(post("/api/v1/insights/" + insightId + "/response"), owner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACCEPTED\", \"version\": 1, \"dueOn\": \"" + dueOn
                                + "\", \"expectedOutcome\": \"Agendas go out two days ahead.\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(done, "$.actionId")).longValue();
    }

    public void decline(long insightId, Person owner) throws Exception {
        mvc.perform(as(post("/api/v1/insights/" + insightId + "/response"), owner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"DECLINED\", \"version\": 1, \"reason\": \"Not this year.\"}"))
                .andExpect(status().isOk());
    }

    /** The owner marks the action DONE (at the version given) with this outcome. */
    public void done(long actionId, Person owner, long version, String outcome) throws Exception {
        mvc.perform(as(post("/api/v1/insight-actions/" + actionId + "/updates"), owner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\", \"outcome\": \"" + outcome.replace("\"", "\\\"")
                                + "\", \"version\": " + version
                                + "}"))
                .andExpect(status().isOk());
    }

    /** The program's manager makes {@code sponsor} its sponsor. */
    public void sponsor(Scene scene, Person sponsor, long programVersion) throws Exception {
        mvc.perform(as(put("/api/v1/programs/" + scene.program() + "/sponsor"), scene.manager())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sponsor\": \"" + sponsor.employeeNumber() + "\", \"version\": " + programVersion
                                + "}"))
                .andExpect(status().isOk());
    }
}
