package org.flipside.pairing.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.SessionInvitation;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A pair's sessions over the pages and the API: the two people plan, move, cancel and log them in their own zones and
 * both receive each version of the calendar entry; the program's manager only reads; anyone else gets 404.
 */
@RecordApplicationEvents
class SessionWebTest extends WebTestBase {

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
    SessionStore store;
    @Autowired
    SessionRecordPart recordPart;
    @Autowired
    ApplicationEvents events;

    PairFixture fixture;
    Scene scene;
    LocalDate inTenDays;

    @BeforeEach
    void aPairInBerlinAndNewYork() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
        zone(scene.mentee(), "Europe/Berlin");
        zone(scene.mentor(), "America/New_York");
        inTenDays = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")).plusDays(10);
    }

    void zone(Person person, String zone) {
        jdbc.sql("update employee set time_zone = :zone where employee_number = :number").param("zone", zone)
                .param("number", person.employeeNumber()).update();
    }

    String sessions() {
        return "/api/v1/pairs/" + scene.pairId() + "/sessions";
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, Person person) {
        return as(request.contentType(MediaType.APPLICATION_JSON).content(body), person);
    }

    String plan(LocalDate date, String time, int minutes, String mode, String extra) {
        return "{\"date\":\"" + date + "\",\"time\":\"" + time + "\",\"minutes\":" + minutes + ",\"mode\":\"" + mode
                + "\",\"agendaLines\":[\"How the board reads dashboards\"]" + extra + "}";
    }

    long scheduleByApi(Person person, LocalDate date, String time) throws Exception {
        String body = mvc.perform(json(post(sessions()), plan(date, time, 60, "VIDEO",
                        ",\"location\":\"https://meet.example.com/abc\""), person))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
    }

    List<SessionInvitation> invitations(long sessionId) {
        return events.stream(SessionInvitation.class).filter(i -> i.sessionId() == sessionId).toList();
    }

    static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return (VEvent) calendar.getComponents("VEVENT").get(0);
    }

    static String method(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getProperty("METHOD").map(Property::getValue)
                .orElseThrow();
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void aSessionPlannedOnThePageIsShownToEachInTheirOwnZoneAndBothReceiveTheEntry() throws Exception {
        String page = mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions"), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Plan a session").contains("Europe/Berlin").contains("America/New_York");
        String partner = mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions/partner-time")
                        .param("date", inTenDays.toString()).param("time", "18:00"), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(partner).contains(", 12:00 (America/New_York)");

        mvc.perform(as(post("/pairs/" + scene.pairId() + "/sessions").with(csrf()).param("date", inTenDays.toString())
                        .param("time", "18:00").param("minutes", "45").param("mode", "VIDEO")
                        .param("location", "https://meet.example.com/abc").param("agendaLines", "Dashboards"),
                scene.mentee()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/pairs/*/sessions#session-*"));

        SessionRow row = store.ofPair(scene.pairId()).get(0);
        assertThat(row.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(row.startsAt()).isEqualTo(inTenDays.atTime(18, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(row.scheduledBy()).isEqualTo(Side.MENTEE);
        assertThat(row.uid()).startsWith("session-" + row.id() + "-").endsWith("@flipside");
        String mentorPage = mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions"), scene.mentor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mentorPage).contains(", 12:00 (America/New_York)").contains(", 18:00 (Europe/Berlin)");

        SessionInvitation invitation = invitations(row.id()).get(0);
        assertThat(invitation.change()).isEqualTo(SessionInvitation.Change.SCHEDULED);
        assertThat(invitation.attendees()).extracting(m -> m.side()).containsExactly(Side.MENTEE, Side.MENTOR);
        assertThat(method(invitation.ics())).isEqualTo("REQUEST");
        assertThat(value(event(invitation.ics()), "UID")).isEqualTo(row.uid());
        assertThat(value(event(invitation.ics()), "DESCRIPTION")).isEqualTo("Dashboards");
    }

    @Test
    void movingAndCancellingSendTheSameUidWithAGrowingSequenceAndStaleEditsAreRefused() throws Exception {
        long id = scheduleByApi(scene.mentee(), inTenDays, "09:00");
        String one = sessions() + "/" + id;

        mvc.perform(json(put(one), plan(inTenDays, "09:00", 60, "VIDEO",
                        ",\"location\":\"https://meet.example.com/abc\",\"version\":0"), scene.mentee()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sequence").value(0));
        mvc.perform(json(put(one), plan(inTenDays, "10:30", 90, "PHONE", ",\"version\":0"), scene.mentee()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sequence").value(1))
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"));
        mvc.perform(json(put(one), plan(inTenDays, "11:30", 60, "PHONE", ",\"version\":0"), scene.mentor()))
                .andExpect(status().isConflict());
        mvc.perform(json(post(one + "/cancellation"), "{\"reason\":\"Board meeting\",\"version\":1}", scene.mentor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelledBy").value("MENTOR")).andExpect(jsonPath("$.sequence").value(2));

        List<SessionInvitation> sent = invitations(id);
        assertThat(sent).extracting(SessionInvitation::change).containsExactly(SessionInvitation.Change.SCHEDULED,
                SessionInvitation.Change.UPDATED, SessionInvitation.Change.CANCELLED);
        assertThat(sent).extracting(i -> value(event(i.ics()), "UID")).containsOnly(sent.get(0).uid());
        assertThat(sent).extracting(i -> value(event(i.ics()), "SEQUENCE")).containsExactly("0", "1", "2");
        assertThat(sent).extracting(i -> method(i.ics())).containsExactly("REQUEST", "REQUEST", "CANCEL");
        assertThat(value(event(sent.get(1).ics()), "DTSTART")).isEqualTo(inTenDays.atTime(10, 30)
                .atZone(ZoneId.of("Europe/Berlin")).withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime()
                .toString().replace("-", "").replace(":", "") + "00Z");
        String ics = mvc.perform(as(get(one + "/calendar.ics"), scene.manager())).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar")).andReturn().getResponse()
                .getContentAsString();
        assertThat(method(ics)).isEqualTo("CANCEL");
        assertThat(value(event(ics), "STATUS")).isEqualTo("CANCELLED");
        mvc.perform(json(post(one + "/cancellation"), "{\"version\":2}", scene.mentee()))
                .andExpect(status().isConflict());
    }

    @Test
    void theSessionPageOffersChangeCancelAndLogWhenEachMakesSense() throws Exception {
        long id = scheduleByApi(scene.mentee(), inTenDays, "09:00");
        String page = "/pairs/" + scene.pairId() + "/sessions/" + id;
        String planned = mvc.perform(as(get(page), scene.mentor())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(planned).contains("Change the plan").contains("Cancel ahead of time")
                .contains("can be logged once its start time has passed").doesNotContain("Save the log")
                .contains(", 03:00 (America/New_York)").contains("value=\"" + inTenDays + "\"")
                .contains("value=\"03:00\"").contains("How the board reads dashboards");
        String manager = mvc.perform(as(get(page), scene.manager())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(manager).doesNotContain("Change the plan").doesNotContain("Cancel ahead of time");

        mvc.perform(as(post(page).with(csrf()).param("version", "0").param("date", inTenDays.toString())
                        .param("time", "04:00").param("minutes", "30").param("mode", "PHONE")
                        .param("agendaLines", "How the board reads dashboards"), scene.mentor()))
                .andExpect(status().is3xxRedirection());
        SessionRow moved = store.find(id).orElseThrow();
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved.timeZone()).isEqualTo("America/New_York");
        assertThat(moved.startsAt()).isEqualTo(inTenDays.atTime(4, 0).atZone(ZoneId.of("America/New_York"))
                .toInstant());
        String stale = mvc.perform(as(post(page + "/cancel").with(csrf()).param("version", "0"), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this session");
        mvc.perform(as(post(page + "/cancel").with(csrf()).param("version", "1").param("reason", "Travel"),
                scene.mentee())).andExpect(status().is3xxRedirection());
        SessionRow cancelled = store.find(id).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelledBy()).isEqualTo(Side.MENTEE);
        assertThat(cancelled.cancelReason()).isEqualTo("Travel");
        assertThat(cancelled.loggedAt()).isNotNull();

        long past = store.insert(scene.pairId(), UUID.randomUUID().toString(), new Planned(
                clock.instant().minus(Duration.ofHours(1)), 45, ZoneId.of("Europe/Berlin"), SessionMode.VIDEO,
                null, "Catch up", null), Side.MENTEE, clock.instant(), "test");
        String toLog = mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions/" + past), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(toLog).contains("Save the log").contains("Change the plan").doesNotContain("Cancel ahead of time");
        String refused = mvc.perform(as(post("/pairs/" + scene.pairId() + "/sessions/" + past + "/log").with(csrf())
                        .param("version", "0").param("outcome", "HELD").param("actualMinutes", "500"), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter how long the session took").contains("Write a one-line takeaway");
        assertThat(store.find(past).orElseThrow().status()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void badPlansAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        long existing = scheduleByApi(scene.mentee(), inTenDays, "09:00");
        int before = store.ofPair(scene.pairId()).size();

        mvc.perform(json(post(sessions()), "{\"date\":\"tomorrow\",\"time\":\"25:00\",\"minutes\":5,"
                        + "\"mode\":\"FAX\",\"location\":\"ftp://files.example.com\"}", scene.mentee()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "date", "time", "minutes", "mode", "location", "agenda")));
        mvc.perform(json(post(sessions()), plan(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin"))
                        .minusDays(1), "09:00", 60, "VIDEO", ""), scene.mentee()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(json(post(sessions()), plan(inTenDays, "09:30", 60, "VIDEO", ""), scene.mentee()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("time"))
                .andExpect(jsonPath("$.errors[0].code").value("session.field.time.overlap"));
        String page = mvc.perform(as(post("/pairs/" + scene.pairId() + "/sessions").with(csrf())
                        .param("date", inTenDays.toString()).param("time", "07:00").param("minutes", "600")
                        .param("mode", "VIDEO").param("location", "meet.example.com"), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The duration is between 15 and 480 minutes.")
                .contains("A link must be a full web address").contains("Choose at least one guide item");

        assertThat(store.ofPair(scene.pairId())).hasSize(before);
        assertThat(invitations(existing)).hasSize(1);
    }

    @Test
    void eitherPersonLogsAStartedSessionAndCorrectsItButNotAFutureOne() throws Exception {
        long future = scheduleByApi(scene.mentee(), inTenDays, "09:00");
        mvc.perform(json(put(sessions() + "/" + future + "/log"), "{\"outcome\":\"HELD\",\"actualMinutes\":60,"
                        + "\"takeaway\":\"x\",\"version\":0}", scene.mentee()))
                .andExpect(status().isConflict());
        long past = store.insert(scene.pairId(), UUID.randomUUID().toString(), new Planned(
                clock.instant().minus(Duration.ofHours(3)), 60, ZoneId.of("Europe/Berlin"), SessionMode.IN_PERSON,
                null, "Catch up", null), Side.MENTEE, clock.instant(), "test");
        String log = sessions() + "/" + past + "/log";
        List<String> focus = as(scene.mentee(), () -> programs.get(scene.program()).focusTopics());
        String topic = focus.isEmpty() ? null : focus.get(0);

        mvc.perform(json(put(log), "{\"outcome\":\"HELD\",\"actualMinutes\":0,\"topics\":[\"Astrology\"],"
                        + "\"takeaway\":\"\",\"version\":0}", scene.mentor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "actualMinutes", "topics", "takeaway")));
        mvc.perform(json(put(log), "{\"outcome\":\"HELD\",\"actualMinutes\":50,\"topics\":["
                        + (topic == null ? "" : "\"" + topic + "\"") + "],\"otherTopics\":[\"Hiring\"],"
                        + "\"takeaway\":\"Ask the team before the dashboard.\",\"version\":0}", scene.mentor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.actualMinutes").value(50)).andExpect(jsonPath("$.loggedBy").value("MENTOR"))
                .andExpect(jsonPath("$.topics[-1]").value("Hiring"));
        mvc.perform(json(put(log), "{\"outcome\":\"NO_SHOW\",\"noShow\":\"MENTEE\",\"version\":0}", scene.mentee()))
                .andExpect(status().isConflict());
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/sessions/" + past + "/log").with(csrf())
                        .param("outcome", "NO_SHOW").param("noShow", "MENTEE").param("version", "1"), scene.mentee()))
                .andExpect(status().is3xxRedirection());

        SessionRow corrected = store.find(past).orElseThrow();
        assertThat(corrected.status()).isEqualTo(SessionStatus.NO_SHOW);
        assertThat(corrected.noShow()).isEqualTo(NoShowSide.MENTEE);
        assertThat(corrected.actualMinutes()).isNull();
        assertThat(corrected.takeaway()).isNull();
        assertThat(corrected.loggedBy()).isEqualTo(Side.MENTEE);
        assertThat(recordPart.rows(pairs(scene))).anySatisfy(row -> assertThat(row)
                .startsWith(corrected.startsAt().toString(), "60", "IN_PERSON", "NO_SHOW", "", "MENTEE"));
    }

    @Test
    void theManagerReadsWithAnAuditEntryAndAClosedPairIsReadOnly() throws Exception {
        long id = scheduleByApi(scene.mentee(), inTenDays, "09:00");
        long before = auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId()));

        String page = mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions"), scene.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Plan the session").contains("(Europe/Berlin)").contains("(America/New_York)");
        mvc.perform(as(get(sessions()), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(as(get(sessions() + "/" + id), scene.manager())).andExpect(status().isOk());
        assertThat(auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId())))
                .isEqualTo(before + 3);
        mvc.perform(json(post(sessions()), plan(inTenDays, "15:00", 60, "VIDEO", ""), scene.manager()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(sessions() + "/" + id + "/cancellation"), "{\"version\":0}", scene.manager()))
                .andExpect(status().isNotFound());

        jdbc.sql("update mentoring_pair set state = 'COMPLETED' where id = :id").param("id", scene.pairId()).update();
        mvc.perform(json(post(sessions()), plan(inTenDays, "15:00", 60, "VIDEO", ""), scene.mentee()))
                .andExpect(status().isConflict());
        String closed = mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions"), scene.mentee()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(closed).doesNotContain("Plan the session").contains("only while the pair is active");
        jdbc.sql("update mentoring_pair set state = 'FORMING' where id = :id").param("id", scene.pairId()).update();
        mvc.perform(json(post(sessions() + "/" + id + "/cancellation"), "{\"version\":0}", scene.mentee()))
                .andExpect(status().isConflict());
    }

    @Test
    void strangersAdministratorsAndOtherManagersAreToldThereIsNoSuchPair() throws Exception {
        long id = scheduleByApi(scene.mentee(), inTenDays, "09:00");
        for (Person outsider : List.of(fixture.person(Role.EMPLOYEE), fixture.person(Role.ADMIN),
                fixture.person(Role.PROGRAM_MANAGER))) {
            mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions"), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/pairs/" + scene.pairId() + "/sessions/" + id), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(as(get(sessions()), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get(sessions() + "/" + id), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get(sessions() + "/" + id + "/calendar.ics"), outsider)).andExpect(status().isNotFound());
            mvc.perform(json(post(sessions()), plan(inTenDays, "15:00", 60, "VIDEO", ""), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(json(put(sessions() + "/" + id + "/log"), "{\"outcome\":\"HELD\",\"version\":0}", outsider))
                    .andExpect(status().isNotFound());
        }
        Scene other = fixture.scene();
        mvc.perform(as(get("/api/v1/pairs/" + other.pairId() + "/sessions/" + id), other.mentee()))
                .andExpect(status().isNotFound());
        assertThat(store.find(id).orElseThrow().version()).isZero();
    }

    private org.flipside.pairing.PairView pairs(Scene scene) {
        return as(scene.mentee(), () -> pairs.get(scene.pairId()));
    }
}
