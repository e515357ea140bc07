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
 * Recording and endorsing insights over the API: the pair's people record, its senior endorses the junior's once,
 * its program's managers read; bad input is reported field by field and stores nothing; everyone else gets 404.
 */
class InsightLedgerWebTest extends WebTestBase {

    static final String FULL = """
            {"title": "Leaders skip the team chat", "observation": "Decisions arrive by mail a week late.",
             "significance": "Juniors learn of changes after acting on old plans.", "objective": 0, "topic": "AI",
             "evidenceLink": "https://intranet.example/survey"}""";

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

    @BeforeEach
    void aPair() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
    }

    @Test
    void theJuniorRecordsAnInsightAnonymousByDefaultAndThePairAndManagerReadIt() throws Exception {
        long id = record(scene.mentor(), FULL);
        String juniorName = as(scene.mentor(), () -> pairs.get(scene.pairId())).mentor().fullName();
        mvc.perform(as(post(insights()), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"From our session\", \"observation\": \"o\", \"significance\": \"s\", "
                                + "\"creditByName\": true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.authorSide").value("MENTEE"))
                .andExpect(jsonPath("$.creditByName").value(true)).andExpect(jsonPath("$.objective").isEmpty());
        for (Person reader : List.of(scene.mentor(), scene.mentee(), scene.manager())) {
            mvc.perform(as(get(insights()), reader)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(2))
                    .andExpect(jsonPath("$[1].id").value(id))
                    .andExpect(jsonPath("$[1].authorSide").value("MENTOR"))
                    .andExpect(jsonPath("$[1].authorName").value(juniorName))
                    .andExpect(jsonPath("$[1].creditByName").value(false))
                    .andExpect(jsonPath("$[1].objective").value(0))
                    .andExpect(jsonPath("$[1].topic").value("AI"))
                    .andExpect(jsonPath("$[1].evidenceLink").value("https://intranet.example/survey"))
                    .andExpect(jsonPath("$[1].endorsedAt").isEmpty());
        }
    }

    @Test
    void everyBadFieldIsReportedAndNothingIsStored() throws Exception {
        String bad = "{\"title\": \"" + "x".repeat(151) + "\", \"observation\": \" \", \"significance\": \""
                + "y".repeat(4001) + "\", \"objective\": 1, \"topic\": \"Cooking\", "
                + "\"evidenceLink\": \"javascript:alert(1)\"}";
        mvc.perform(as(post(insights()), scene.mentor()).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'observation')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'significance')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'objective')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'topic')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'evidenceLink')]").exists());
        for (String link : List.of("ftp://files.example/a", "file:///etc/passwd", "not a link", "https://")) {
            mvc.perform(as(post(insights()), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                            .content(FULL.replace("https://intranet.example/survey", link)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("evidenceLink"));
        }
        mvc.perform(as(post(insights()), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                .content(FULL.replace("\"objective\": 0", "\"objective\": -1"))).andExpect(status().isBadRequest());
        mvc.perform(as(get(insights()), scene.mentor())).andExpect(jsonPath("$.length()").value(0));
        assertThat(jdbc.sql("select count(*) from insight where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSeniorEndorsesTheJuniorsInsightOnceAndNobodyElseMay() throws Exception {
        long juniors = record(scene.mentor(), FULL);
        long seniors = record(scene.mentee(), FULL);
        mvc.perform(as(post(endorsement(juniors)), scene.mentor())).andExpect(status().isConflict());
        mvc.perform(as(post(endorsement(juniors)), scene.manager())).andExpect(status().isConflict());
        mvc.perform(as(post(endorsement(seniors)), scene.mentee())).andExpect(status().isConflict());

        String first = mvc.perform(as(post(endorsement(juniors)), scene.mentee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.endorsedAt").isNotEmpty()).andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();
        clock.advance(java.time.Duration.ofMinutes(1));
        mvc.perform(as(post(endorsement(juniors)), scene.mentee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.endorsedAt").value((String) JsonPath.read(first, "$.endorsedAt")));
        mvc.perform(as(get(insights()), scene.mentor()))
                .andExpect(jsonPath("$[?(@.id == " + juniors + ")].endorsedAt").isNotEmpty());
    }

    @Test
    void strangersAdminsOtherManagersAndOtherPairsGet404AndManagersDoNotRecord() throws Exception {
        long id = record(scene.mentor(), FULL);
        Scene otherPair = fixture.pairIn(scene.program(), scene.manager());
        List<Person> outsiders = List.of(fixture.person(Role.EMPLOYEE), fixture.person(Role.ADMIN),
                fixture.scene().manager(), otherPair.mentor(), otherPair.mentee());
        for (Person outsider : outsiders) {
            mvc.perform(as(get(insights()), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(post(insights()), outsider).contentType(MediaType.APPLICATION_JSON).content(FULL))
                    .andExpect(status().isNotFound());
            mvc.perform(as(post(endorsement(id)), outsider)).andExpect(status().isNotFound());
        }
        mvc.perform(as(post(insights()), scene.manager()).contentType(MediaType.APPLICATION_JSON).content(FULL))
                .andExpect(status().isNotFound());
        mvc.perform(as(post(endorsement(987_654_321L)), scene.mentee())).andExpect(status().isNotFound());
        mvc.perform(as(get(insights()), scene.mentor())).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theProgramsManagersReadEveryInsightOfTheProgramAndNobodyElse() throws Exception {
        long first = record(scene.mentor(), FULL);
        Scene otherPair = fixture.pairIn(scene.program(), scene.manager());
        mvc.perform(as(post("/api/v1/pairs/" + otherPair.pairId() + "/insights"), otherPair.mentee())
                .contentType(MediaType.APPLICATION_JSON).content(FULL)).andExpect(status().isCreated());
        String juniorName = as(scene.mentor(), () -> pairs.get(scene.pairId())).mentor().fullName();
        String program = "/api/v1/programs/" + scene.program() + "/insights";
        mvc.perform(as(get(program), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].id").value(first))
                .andExpect(jsonPath("$[1].creditByName").value(false))
                .andExpect(jsonPath("$[1].authorName").value(juniorName))
                .andExpect(jsonPath("$[0].pairId").value(otherPair.pairId()));
        mvc.perform(as(get(program), fixture.scene().manager())).andExpect(status().isNotFound());
        for (Person notAManager : List.of(scene.mentor(), scene.mentee(), fixture.person(Role.ADMIN))) {
            mvc.perform(as(get(program), notAManager)).andExpect(status().isForbidden());
        }
    }

    private long record(Person author, String json) throws Exception {
        String created = mvc.perform(as(post(insights()), author).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private String insights() {
        return "/api/v1/pairs/" + scene.pairId() + "/insights";
    }

    private static String endorsement(long id) {
        return "/api/v1/insights/" + id + "/endorsement";
    }
}
