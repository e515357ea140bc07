package org.flipside.notification.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutboxMessage;
import org.flipside.pairing.PairFormed;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.SessionInvitation;
import org.flipside.pairing.SessionInvitation.Change;
import org.flipside.program.Side;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Session invitations and new pairs, as the pairing module announces them, become one mail per person. */
abstract class PairMailsContract {

    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void eachAttendeeGetsTheInvitationInTheirOwnZoneWithTheCalendarEntry() throws InterruptedException {
        long sessionId = number();
        PairMember mentee = member(Side.MENTEE, "Europe/Berlin");
        PairMember mentor = member(Side.MENTOR, "America/New_York");
        SessionInvitation scheduled = invitation(sessionId, Change.SCHEDULED, 0, mentee, mentor);
        publish(scheduled);
        List<OutboxMessage> mails = await("session:" + sessionId, 2);

        OutboxMessage toMentee = to(mails, mentee);
        assertThat(toMentee.subject()).isEqualTo("Mentoring session: Tuesday 31 March 2026, 16:30 (Europe/Berlin, CEST)");
        assertThat(toMentee.body()).startsWith("Hello " + mentee.fullName())
                .contains("A mentoring session with " + mentor.fullName() + " in the program \"Bridging\" is scheduled.")
                .contains("When: Tuesday 31 March 2026, 16:30 (Europe/Berlin, CEST)")
                .contains("Duration: 45 minutes").contains("Mode: video call")
                .contains("Agenda:\nFeedback upward\nOne exercise")
                .contains("http://localhost:8080/pairs/" + scheduled.pairId() + "/sessions")
                .contains("pair's sessions");
        assertThat(toMentee.attachment().fileName()).isEqualTo("invite.ics");
        assertThat(toMentee.attachment().contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(toMentee.attachment().content()).isEqualTo(scheduled.ics());
        assertThat(toMentee.dedupKey()).isEqualTo("session:" + sessionId + ":0:" + mentee.participantId());
        assertThat(to(mails, mentor).body()).contains("When: Tuesday 31 March 2026, 10:30 (America/New_York, EDT)")
                .contains("A mentoring session with " + mentee.fullName());

        publish(scheduled);
        SessionInvitation cancelled = invitation(sessionId, Change.CANCELLED, 1, mentee, mentor);
        publish(cancelled);
        mails = await("session:" + sessionId, 4);
        awaitListenersDone("\"sessionId\":" + sessionId);
        assertThat(outbox.byReference("session:" + sessionId)).as("a repeated event mails nobody twice").hasSize(4);
        OutboxMessage cancel = mails.stream().filter(m -> m.dedupKey().equals(
                "session:" + sessionId + ":1:" + mentor.participantId())).findFirst().orElseThrow();
        assertThat(cancel.subject()).startsWith("Mentoring session cancelled: Tuesday 31 March 2026, 10:30");
        assertThat(cancel.body()).contains("is cancelled");
        assertThat(cancel.attachment().contentType()).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
    }

    @Test
    void bothPeopleOfANewPairLearnWhoTheirPartnerIsAndAWaitingPairPointsToTraining() throws InterruptedException {
        PairMember mentee = member(Side.MENTEE, "Europe/Paris");
        PairMember mentor = member(Side.MENTOR, "");
        long pairId = number();
        publish(new PairFormed(pairId, 1, "Bridging", mentee, mentor, false, clock.instant()));
        List<OutboxMessage> mails = await("pair:" + pairId, 2);
        OutboxMessage toMentee = to(mails, mentee);
        assertThat(toMentee.subject()).isEqualTo("You and " + mentor.fullName() + " are a mentoring pair in Bridging");
        assertThat(toMentee.body()).contains(mentor.fullName() + " is your mentor")
                .contains("your pair starts once you both have").contains("http://localhost:8080/me/training")
                .contains("http://localhost:8080/pairs/" + pairId);
        assertThat(toMentee.dedupKey()).isEqualTo("pair-formed:" + pairId + ":" + mentee.participantId());
        assertThat(to(mails, mentor).body()).contains(mentee.fullName() + " is your mentee");

        long activePair = number();
        publish(new PairFormed(activePair, 1, "Bridging", mentee, mentor, true, clock.instant()));
        publish(new PairFormed(activePair, 1, "Bridging", mentee, mentor, true, clock.instant()));
        await("pair:" + activePair, 2);
        awaitListenersDone("\"pairId\":" + activePair);
        assertThat(outbox.byReference("pair:" + activePair)).hasSize(2)
                .allSatisfy(m -> assertThat(m.body()).contains("Your pair is active").doesNotContain("/me/training"));
    }

    private static SessionInvitation invitation(long sessionId, Change change, int sequence, PairMember... people) {
        String method = change == Change.CANCELLED ? "CANCEL" : "REQUEST";
        String ics = "BEGIN:VCALENDAR\r\nMETHOD:" + method + "\r\nBEGIN:VEVENT\r\nUID:session-" + sessionId
                + "@flipside\r\nSEQUENCE:" + sequence + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        return new SessionInvitation(sessionId, sessionId + 1000, 1, "Bridging", change, "session-" + sessionId,
                sequence, Instant.parse("2026-03-31T14:30:00Z"), 45, "VIDEO", "Feedback upward\nOne exercise",
                List.of(people), ics, Instant.parse("2026-03-20T10:00:00Z"));
    }

    private static PairMember member(Side side, String zone) {
        String name = Unique.username(side.name().toLowerCase());
        return new PairMember(number(), side, name, "Person " + name, name + "@example.org", "Engineer",
                "Operations", zone);
    }

    /** A number no other test in this JVM uses, for ids of records this module only reads about. */
    private static long number() {
        return Long.parseLong(Unique.username("n").substring(2));
    }

    private static OutboxMessage to(List<OutboxMessage> mails, PairMember person) {
        return mails.stream().filter(m -> m.recipient().equals(person.email())).findFirst().orElseThrow();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<OutboxMessage> await(String reference, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<OutboxMessage> found = outbox.byReference(reference);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " mails for " + reference);
    }

    private void awaitListenersDone(String fragment) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jdbc.sql("select count(*) from event_publication where completion_date is null "
                    + "and serialized_event like :f").param("f", "%" + fragment + "%").query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("listeners still busy with " + fragment);
    }
}
