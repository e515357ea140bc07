package org.flipside.pairing.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;
import org.flipside.training.GuideView;
import org.junit.jupiter.api.Test;

/** How a plan becomes a session: the agenda from guide items and own lines, the start in UTC, each field's refusal. */
class SessionPlanningRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final List<GuideView> GUIDES = List.of(
            new GuideView(5, 3, "Data literacy", "Reading the numbers", "intro", List.of(
                    new GuideItem(1, GuideItemKind.OPENING_QUESTION, "Which report do you trust least?"),
                    new GuideItem(2, GuideItemKind.EXERCISE, "Rebuild one chart together.")), 1),
            new GuideView(6, 3, "Feedback", "Feedback both ways", "intro", List.of(
                    new GuideItem(1, GuideItemKind.GIVING_FEEDBACK_UPWARD, "Name one thing to stop doing.")), 1));

    static SessionPlan plan(String date, String time, String minutes, String mode, String location,
                            List<String> items, String lines) {
        return new SessionPlan(date, time, minutes, mode, location, items, lines);
    }

    static List<String> fields(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void theAgendaGroupsChosenItemsUnderTheirGuideAndKeepsOwnLinesAsTyped() {
        AgendaComposer.Agenda agenda = AgendaComposer.compose(GUIDES, List.of("6:1", "5:2", "5:1"),
                "  Budget questions \n\n- Next steps");

        assertThat(agenda.problems()).isEmpty();
        assertThat(agenda.text()).isEqualTo("Reading the numbers\n- Which report do you trust least?\n"
                + "- Rebuild one chart together.\nFeedback both ways\n- Name one thing to stop doing.\n"
                + "Budget questions\n- Next steps");
        assertThat(agenda.guideId()).isEqualTo(5L);
        assertThat(AgendaComposer.compose(GUIDES, List.of(), agenda.text()).text()).isEqualTo(agenda.text());
    }

    @Test
    void anAgendaNeedsSomethingAndOnlyItemsOfTheProgramsGuides() {
        assertThat(AgendaComposer.compose(GUIDES, List.of(), " \n ").problems())
                .extracting(FieldProblem::code).containsExactly("session.field.agenda.empty");
        assertThat(AgendaComposer.compose(GUIDES, List.of("9:1"), "line").problems())
                .extracting(FieldProblem::code).containsExactly("session.field.agenda.unknownItem");
        assertThat(AgendaComposer.compose(GUIDES, List.of(), "x".repeat(301)).problems())
                .extracting(FieldProblem::code).containsExactly("session.field.agendaLines.long");
    }

    @Test
    void theStartIsWrittenInTheSchedulersZoneAndStoredInUtc() {
        Planned summer = PlanCheck.check(plan("2027-07-01", "09:30", "45", "video", "https://meet.example.com/a",
                List.of("5:1"), null), BERLIN, NOW, GUIDES);
        Planned winter = PlanCheck.check(plan("2026-12-01", "09:30", "60", "PHONE", null, List.of(), "Catch up"),
                BERLIN, NOW, GUIDES);

        assertThat(summer.start()).isEqualTo(Instant.parse("2027-07-01T07:30:00Z"));
        assertThat(summer.mode()).isEqualTo(SessionMode.VIDEO);
        assertThat(summer.guideId()).isEqualTo(5L);
        assertThat(winter.start()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
        assertThat(winter.end()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(winter.zone()).isEqualTo(BERLIN);
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertThat(fields(() -> PlanCheck.check(plan("1.12.2026", "9h", "10", "TELEPATHY", "javascript:alert(1)",
                List.of(), ""), BERLIN, NOW, GUIDES)))
                .containsExactlyInAnyOrder("date", "time", "minutes", "mode", "location", "agenda");
        assertThat(fields(() -> PlanCheck.check(plan("", null, "481", "VIDEO", "meet.example.com", List.of(),
                "x"), BERLIN, NOW, GUIDES))).containsExactlyInAnyOrder("date", "time", "minutes", "location");
        assertThat(fields(() -> PlanCheck.check(plan("2026-11-20", "08:59", "60", "IN_PERSON", "Room 4: floor 2",
                List.of(), "x"), BERLIN, NOW, GUIDES))).containsExactly("date");
        assertThat(fields(() -> PlanCheck.check(plan("2027-03-28", "02:30", "60", "IN_PERSON", null,
                List.of(), "x"), BERLIN, NOW, GUIDES))).containsExactly("time");
        assertThat(PlanCheck.check(plan("2026-11-20", "09:01", "15", "IN_PERSON", "Room 4: floor 2", List.of(),
                "x"), BERLIN, NOW, GUIDES).location()).isEqualTo("Room 4: floor 2");
        assertThat(PlanCheck.webLink("http://meet.example.com/x")).isTrue();
        assertThat(PlanCheck.webLink("ftp://meet.example.com/x")).isFalse();
        assertThat(PlanCheck.webLink("https:///nohost")).isFalse();
    }

    @Test
    void theUpcomingReminderIsDueAtTheSameLocalTimeADayBeforeInTheRecipientsZone() {
        Instant berlinSunday = Instant.parse("2026-03-29T07:00:00Z"); // 09:00 CEST, the first day of summer time
        assertThat(SessionReminderRun.upcomingDueAt(berlinSunday, BERLIN))
                .isEqualTo(Instant.parse("2026-03-28T08:00:00Z")); // 09:00 CET: 23 hours before
        Instant newYorkSunday = Instant.parse("2026-11-01T15:00:00Z"); // 10:00 EST, the first day of winter time
        assertThat(SessionReminderRun.upcomingDueAt(newYorkSunday, ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-10-31T14:00:00Z")); // 10:00 EDT: 25 hours before
        assertThat(SessionReminderRun.upcomingDueAt(newYorkSunday, ZoneId.of("Asia/Tokyo")))
                .isEqualTo(Instant.parse("2026-10-31T15:00:00Z")); // no change in Tokyo: 24 hours
    }

    @Test
    void aReportNamesWhatIsMissingForItsOutcome() {
        List<String> topics = List.of("Data literacy", "Feedback");
        assertThat(fields(() -> OutcomeCheck.check(new SessionReport("HELD", "0", List.of("Astrology"),
                "y".repeat(101), "two\nlines", null, null), topics)))
                .containsExactlyInAnyOrder("actualMinutes", "topics", "otherTopics", "takeaway");
        assertThat(fields(() -> OutcomeCheck.check(new SessionReport("CANCELLED", null, List.of(), null, null,
                "BOTH", null), topics))).containsExactly("cancelledBy");
        assertThat(fields(() -> OutcomeCheck.check(new SessionReport("NO_SHOW", null, List.of(), null, null,
                null, "NOBODY"), topics))).containsExactly("noShow");
        assertThat(fields(() -> OutcomeCheck.check(new SessionReport("SCHEDULED", null, List.of(), null, null,
                null, null), topics))).containsExactly("outcome");

        SessionOutcome held = OutcomeCheck.check(new SessionReport("held", "55", List.of("Feedback"),
                "Hiring\n\n", "Ask the team first.", "MENTEE", "BOTH"), topics);
        assertThat(held).isEqualTo(new SessionOutcome(SessionStatus.HELD, null, null, 55,
                List.of("Feedback", "Hiring"), "Ask the team first."));
    }
}
