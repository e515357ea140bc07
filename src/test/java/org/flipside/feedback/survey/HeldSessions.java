package org.flipside.feedback.survey;

import static org.flipside.pairing.PairFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.TestClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A pair's session planned two hours ahead over the API, left to happen, and logged as held by the mentee. */
public final class HeldSessions {

    private HeldSessions() {
    }

    public static long logOne(MockMvc mvc, TestClock clock, JdbcClient jdbc, Programs programs, Scene scene)
            throws Exception {
        for (Person person : List.of(scene.mentee(), scene.mentor())) {
            jdbc.sql("update employee set time_zone = 'UTC' where employee_number = :number")
                    .param("number", person.employeeNumber()).update();
        }
        var start = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES).atZone(ZoneOffset.UTC);
        String sessions = "/api/v1/pairs/" + scene.pairId() + "/sessions";
        String planned = mvc.perform(as(post(sessions).contentType(MediaType.APPLICATION_JSON).content(
                        "{\"date\":\"" + LocalDate.from(start) + "\",\"time\":\"" + LocalTime.from(start)
                                + "\",\"minutes\":45,\"mode\":\"VIDEO\",\"agendaLines\":[\"Tools\"]}"), scene.mentee()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long session = JsonPath.<Integer>read(planned, "$.id");
        clock.advance(Duration.ofHours(3));
        List<String> focus = as(scene.mentee(), () -> programs.get(scene.program()).focusTopics());
        mvc.perform(as(put(sessions + "/" + session + "/log").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"outcome\":\"HELD\",\"actualMinutes\":45,\"topics\":["
                                + (focus.isEmpty() ? "" : "\"" + focus.get(0) + "\"") + "],"
                                + "\"takeaway\":\"Try the new tool together.\",\"version\":0}"), scene.mentee()))
                .andExpect(status().isOk());
        return session;
    }
}
