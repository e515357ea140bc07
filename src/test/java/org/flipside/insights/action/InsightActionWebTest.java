package org.flipside.insights.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.insights.InsightSteps;
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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * An action from acceptance until DONE: the owner's updates (forward only, a note at the same status, the outcome for
 * DONE), a moved due date with its reason, the history; readers are the owner, the program's managers and the author.
 */
class InsightActionWebTest extends WebTestBase {

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
    InsightActions actions;

    PairFixture fixture;
    Scene scene;
    Person owner;
    long action;

    @BeforeEach
    void anAcceptedInsight() throws Exception {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
        owner = fixture.senior(Role.EMPLOYEE);
        InsightSteps steps = new InsightSteps(mvc);
        long insight = steps.record(scene, scene.mentor(), "Agendas arrive late", true);
        steps.propose(insight, scene.mentor(), owner.employeeNumber());
        action = steps.accept(insight, owner, LocalDate.now(clock).plusDays(10));
    }

    @Test
    void theOwnerMovesTheActionForwardUntilDoneAndTheHistoryKeepsEveryStep() throws Exception {
        mvc.perform(update(owner, "{\"status\": \"IN_PROGRESS\", \"version\": 0}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(update(owner, "{\"status\": \"IN_PROGRESS\", \"note\": \"Template drafted.\", \"version\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history.length()").value(2));
        mvc.perform(update(owner, "{\"status\": \"OPEN\", \"note\": \"back\", \"version\": 2}"))
                .andExpect(status().isConflict());
        mvc.perform(update(owner, "{\"status\": \"DONE\", \"version\": 2}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(update(owner, "{\"status\": \"DONE\", \"outcome\": \"Agendas now go out on Mondays.\", "
                        + "\"version\": 1}")).andExpect(status().isConflict());
        mvc.perform(update(owner, "{\"status\": \"DONE\", \"outcome\": \"Agendas now go out on Mondays.\", "
                        + "\"version\": 2}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.outcome").value("Agendas now go out on Mondays."))
                .andExpect(jsonPath("$.doneAt").isNotEmpty())
                .andExpect(jsonPath("$.history[2].note").value("Agendas now go out on Mondays."));
        mvc.perform(update(owner, "{\"status\": \"DONE\", \"outcome\": \"again\", \"version\": 3}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badUpdatesAreNamedAndChangeNothing() throws Exception {
        mvc.perform(update(owner, "{\"status\": \"OPEN\", \"version\": 0}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(update(owner, "{\"status\": \"IN_PROGRESS\", \"note\": \"" + "n".repeat(4001)
                        + "\", \"version\": 0}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("insight.action.note.length"));
        mvc.perform(update(owner, "{\"version\": 0}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(as(post("/insights/actions/" + action + "/updates"), owner).with(csrf())
                        .param("status", "DONE").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Write the outcome")));
        assertThat(jdbc.sql("select status || ':' || version from insight_action where id = :id").param("id", action)
                .query(String.class).single()).isEqualTo("OPEN:0");
        assertThat(jdbc.sql("select count(*) from insight_action_update where action_id = :id").param("id", action)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theOwnerMovesTheDueDateWithAReason() throws Exception {
        LocalDate later = LocalDate.now(clock).plusDays(30);
        mvc.perform(move(owner, "{\"dueOn\": \"" + later + "\", \"version\": 0}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(move(owner, "{\"dueOn\": \"" + LocalDate.now(clock) + "\", \"reason\": \"x\", \"version\": 0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        mvc.perform(move(owner, "{\"dueOn\": \"" + later + "\", \"reason\": \"Budget in Q2.\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dueOn").value(later.toString()))
                .andExpect(jsonPath("$.history[0].kind").value("DUE_DATE"))
                .andExpect(jsonPath("$.history[0].note").value("Budget in Q2."))
                .andExpect(jsonPath("$.history[0].previousDueOn").value(LocalDate.now(clock).plusDays(10).toString()));
        mvc.perform(move(owner, "{\"dueOn\": \"" + later.plusDays(1) + "\", \"reason\": \"r\", \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(move(scene.manager(), "{\"dueOn\": \"" + later.plusDays(1) + "\", \"reason\": \"r\", "
                + "\"version\": 1}")).andExpect(status().isConflict());
    }

    @Test
    void theOwnerTheManagersAndTheAuthorReadItNobodyElseDoes() throws Exception {
        for (Person reader : List.of(owner, scene.manager(), scene.mentor())) {
            mvc.perform(as(get("/api/v1/insight-actions/" + action), reader)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.insights[0].title").value("Agendas arrive late"));
            mvc.perform(as(get("/insights/actions/" + action), reader)).andExpect(status().isOk());
        }
        for (Person outsider : List.of(scene.mentee(), fixture.person(Role.ADMIN), fixture.person(Role.SPONSOR),
                fixture.person(Role.EMPLOYEE), fixture.scene().manager())) {
            mvc.perform(as(get("/api/v1/insight-actions/" + action), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/insights/actions/" + action), outsider)).andExpect(status().isNotFound());
            mvc.perform(update(outsider, "{\"status\": \"IN_PROGRESS\", \"version\": 0}"))
                    .andExpect(status().isNotFound());
            mvc.perform(move(outsider, "{\"dueOn\": \"" + LocalDate.now(clock).plusDays(20)
                    + "\", \"reason\": \"r\", \"version\": 0}")).andExpect(status().isNotFound());
        }
        mvc.perform(update(scene.mentor(), "{\"status\": \"IN_PROGRESS\", \"version\": 0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void twoUpdatesAtOnceGiveOneSuccessAndOneConflictAndOneHistoryEntry() throws Exception {
        List<String> outcomes = Race.run(contender(new StatusUpdate(ActionStatus.IN_PROGRESS, "Started here", null,
                0L)), contender(new StatusUpdate(ActionStatus.IN_PROGRESS, "Started there", null, 0L)));
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        assertThat(jdbc.sql("select count(*) from insight_action_update where action_id = :id").param("id", action)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select version from insight_action where id = :id").param("id", action)
                .query(Long.class).single()).isOne();
    }

    private Race.Contender<String> contender(StatusUpdate update) {
        return new Race.Contender<>(() -> ProgramTestUsers.actAs(owner.auth()), () -> {
            try {
                actions.update(action, update);
                return "saved";
            } catch (StaleEditException e) {
                return "stale";
            }
        });
    }

    private RequestBuilder update(Person by, String body) {
        return as(post("/api/v1/insight-actions/" + action + "/updates"), by)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private RequestBuilder move(Person by, String body) {
        return as(put("/api/v1/insight-actions/" + action + "/due-date"), by)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
