package org.flipside.matching.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.matching.consent.ConsentFixture.pair;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Publishing, answering, deadlines and expiry through the services on a real database. */
abstract class ConsentContract {

    @Autowired
    Publication publication;
    @Autowired
    MyMatches myMatches;
    @Autowired
    ManagerMatches managerMatches;
    @Autowired
    MatchExpiry expiry;
    @Autowired
    SeatLedger seats;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    TestClock clock;
    @Autowired
    MatchingSettingsService settings;

    ConsentFixture fixture;
    Person manager;
    Person menteePerson;
    Person mentorPerson;
    long program;
    long mentee;
    long mentor;

    @BeforeEach
    void programWithOnePair() {
        fixture = new ConsentFixture(jdbc, accounts, directory, programs);
        manager = fixture.person(Role.PROGRAM_MANAGER);
        menteePerson = fixture.person(Role.EMPLOYEE);
        mentorPerson = fixture.person(Role.EMPLOYEE);
        program = fixture.program(manager, 1);
        mentee = fixture.participant(program, menteePerson, "MENTEE");
        mentor = fixture.participant(program, mentorPerson, "MENTOR");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void publishingProposesEveryPairWithTheDeadlineAndHoldsTheirSeats() {
        long run = fixture.run(program, pair(mentee, mentor, 825));
        actAs(manager.auth());
        Instant before = clock.instant();

        Publication.Published published = publication.publish(program, run);

        assertThat(published.matches()).isEqualTo(1);
        assertThat(published.respondBy()).isBetween(before.plus(Duration.ofDays(14)), clock.instant().plus(Duration.ofDays(14)));
        MentorMatch match = only();
        assertThat(match.state()).isEqualTo(MatchState.PROPOSED);
        assertThat(match.origin()).isEqualTo(MatchOrigin.PUBLISHED);
        assertThat(match.score()).isEqualTo(825);
        assertThat(match.explanation()).isEqualTo(ConsentFixture.EXPLANATION);
        assertThat(seats.taken(mentor)).isEqualTo(1);
        assertThat(seats.menteeSeated(mentee)).isTrue();
        assertThat(jdbc.sql("select published_by from matching_run where id = :id").param("id", run)
                .query(String.class).single()).isEqualTo(manager.username());
    }

    @Test
    void theDeadlineFollowsTheProgramsSettings() {
        actAs(manager.auth());
        MatchingSettings current = settings.get(program);
        settings.update(program, new MatchingSettings(current.criteria(), current.workStyle(), current.chainLevels(),
                current.minimumGradeGap(), current.avoidEarlierPairs(), current.priority(), false, 3,
                current.questionLinks(), current.version()), current.version());
        Instant before = clock.instant();

        Publication.Published published = publication.publish(program, fixture.run(program, pair(mentee, mentor, 700)));

        assertThat(published.respondBy()).isBetween(before.plus(Duration.ofDays(3)), clock.instant().plus(Duration.ofDays(3)));
        assertThat(Duration.between(only().respondBy(), published.respondBy()).abs()).isLessThan(Duration.ofMillis(1));
    }

    @Test
    void aRunIsPublishedOnce() {
        long run = fixture.run(program, pair(mentee, mentor, 700));
        actAs(manager.auth());
        publication.publish(program, run);

        assertThatThrownBy(() -> publication.publish(program, run)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("matching.publish.already");
        assertThat(managerMatches.list(program, 0, 25).items()).hasSize(1);
    }

    @Test
    void managersReadTheMatchesPageByPageNewestFirst() {
        long[][] pairs = new long[5][];
        pairs[0] = pair(mentee, mentor, 700);
        for (int k = 1; k < pairs.length; k++) {
            pairs[k] = pair(fixture.participant(program, fixture.person(Role.EMPLOYEE), "MENTEE"),
                    fixture.participant(program, fixture.person(Role.EMPLOYEE), "MENTOR"), 600 + k);
        }
        long run = fixture.run(program, pairs);
        actAs(manager.auth());
        publication.publish(program, run);

        var first = managerMatches.list(program, 0, 2);
        var last = managerMatches.list(program, 2, 2);
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(last.items()).hasSize(1);
        assertThat(first.items().get(0).id()).isGreaterThan(first.items().get(1).id());
        assertThat(first.items().get(1).id()).isGreaterThan(last.items().get(0).id());
        assertThat(managerMatches.list(program, null, 10_000).size()).isEqualTo(200);
    }

    @Test
    void onlyARunThatFinishedWithProposalsIsPublished() {
        long run = fixture.run(program, pair(mentee, mentor, 700));
        jdbc.sql("update matching_run set state = 'RUNNING' where id = :id").param("id", run).update();
        actAs(manager.auth());
        assertThatThrownBy(() -> publication.publish(program, run)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("matching.publish.unfinished");
        long empty = fixture.run(program);
        assertThatThrownBy(() -> publication.publish(program, empty)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("matching.publish.empty");
        assertThatThrownBy(() -> publication.publish(program, 987654321L)).isInstanceOf(NotFoundException.class);
        assertThat(seats.menteeSeated(mentee)).isFalse();
    }

    @Test
    void aConflictRefusesTheWholePublicationAndNamesThePeople() {
        Person secondMentee = fixture.person(Role.EMPLOYEE);
        long other = fixture.participant(program, secondMentee, "MENTEE");
        actAs(manager.auth());
        publication.publish(program, fixture.run(program, pair(mentee, mentor, 700)));
        long later = fixture.run(program, pair(other, mentor, 650), pair(mentee, mentor, 600));

        assertThatThrownBy(() -> publication.publish(program, later)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Name " + menteePerson.employeeNumber() + " already has an open match")
                .hasMessageContaining("Name " + mentorPerson.employeeNumber() + " has no free place left")
                .extracting("code").isEqualTo("matching.publish.conflict");
        assertThat(managerMatches.list(program, 0, 25).items()).hasSize(1);
        assertThat(seats.menteeSeated(other)).isFalse();
        assertThat(jdbc.sql("select count(*) from matching_run where id = :id and published_at is null")
                .param("id", later).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheProgramsManagersPublishAndOnlyWhileMatchingOrRunning() {
        long run = fixture.run(program, pair(mentee, mentor, 700));
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        actAs(otherManager.auth());
        assertThatThrownBy(() -> publication.publish(program, run)).isInstanceOf(AccessDeniedException.class);

        actAs(manager.auth());
        fixture.state(program, "ENROLLING");
        assertThatThrownBy(() -> publication.publish(program, run)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("matching.publish.programState");
        fixture.state(program, "RUNNING");
        assertThat(publication.publish(program, run).matches()).isEqualTo(1);
    }

    @Test
    void bothAcceptingConfirmsTheMatchAndKeepsTheSeats() {
        long id = published();
        actAs(menteePerson.auth());
        MyMatchView afterMentee = myMatches.answer(id, Answer.ACCEPT, null, only().version());
        assertThat(afterMentee.state()).isEqualTo(MatchState.PROPOSED);
        assertThat(afterMentee.myAnswer()).isEqualTo(Answer.ACCEPT);

        actAs(mentorPerson.auth());
        assertThat(myMatches.one(id).partnerAccepted()).isTrue();
        MyMatchView confirmed = myMatches.answer(id, Answer.ACCEPT, null, afterMentee.version());

        assertThat(confirmed.state()).isEqualTo(MatchState.CONFIRMED);
        assertThat(only().closedAt()).isNotNull();
        assertThat(seats.taken(mentor)).isEqualTo(1);
    }

    @Test
    void aDeclineFreesBothAndKeepsTheReasonForTheManagersOnly() {
        long id = published();
        actAs(mentorPerson.auth());
        myMatches.answer(id, Answer.DECLINE, "  We work in the same team.  ", only().version());

        assertThat(only().state()).isEqualTo(MatchState.DECLINED);
        assertThat(seats.taken(mentor)).isZero();
        assertThat(seats.menteeSeated(mentee)).isFalse();
        actAs(manager.auth());
        assertThat(managerMatches.list(program, 0, 25).items().get(0).declineReason()).isEqualTo("We work in the same team.");
        actAs(menteePerson.auth());
        assertThat(myMatches.one(id).toString()).doesNotContain("same team");
    }

    @Test
    void answeringTwiceOrFromAnOldVersionIsRefused() {
        long id = published();
        actAs(menteePerson.auth());
        long version = only().version();
        myMatches.answer(id, Answer.ACCEPT, null, version);

        assertThatThrownBy(() -> myMatches.answer(id, Answer.DECLINE, null, only().version()))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("matching.answer.already");
        actAs(mentorPerson.auth());
        assertThatThrownBy(() -> myMatches.answer(id, Answer.ACCEPT, null, version))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> myMatches.answer(id, null, null, only().version()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> myMatches.answer(id, Answer.DECLINE, "x".repeat(1001), only().version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(only().state()).isEqualTo(MatchState.PROPOSED);
    }

    @Test
    void afterTheDeadlineAnswersAreRefusedAndTheExpiryFreesTheSeats() {
        long id = published();
        dueInOneMinute(id);
        clock.advance(Duration.ofMinutes(2));
        actAs(menteePerson.auth());
        assertThatThrownBy(() -> myMatches.answer(id, Answer.ACCEPT, null, only().version()))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("matching.answer.deadline");
        actAs(manager.auth());
        assertThat(managerMatches.list(program, 0, 25).items().get(0).overdue()).isTrue();

        assertThat(expiry.expireOverdue()).isGreaterThanOrEqualTo(1);

        assertThat(only().state()).isEqualTo(MatchState.EXPIRED);
        assertThat(seats.taken(mentor)).isZero();
        assertThat(seats.menteeSeated(mentee)).isFalse();
        actAs(menteePerson.auth());
        assertThatThrownBy(() -> myMatches.answer(id, Answer.ACCEPT, null, only().version()))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("matching.answer.deadline");
    }

    @Test
    void onlyTheTwoPeopleSeeTheirMatch() {
        long id = published();
        Person stranger = fixture.person(Role.EMPLOYEE);
        Person admin = fixture.person(Role.ADMIN);
        for (Person outsider : List.of(stranger, admin, manager)) {
            actAs(outsider.auth());
            assertThat(myMatches.mine()).extracting(MyMatchView::id).doesNotContain(id);
            assertThatThrownBy(() -> myMatches.one(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> myMatches.answer(id, Answer.ACCEPT, null, only().version()))
                    .isInstanceOf(NotFoundException.class);
        }
        actAs(menteePerson.auth());
        MyMatchView seen = myMatches.one(id);
        assertThat(seen.partner().fullName()).isEqualTo("Name " + mentorPerson.employeeNumber());
        assertThat(seen.partner().jobTitle()).isEqualTo("Analyst");
        assertThat(seen.score()).isEqualTo(70.0);
    }

    @Test
    void aManagerCancelsAnOpenMatchAndBothAreFree() {
        long id = published();
        actAs(manager.auth());
        ManagedMatchView cancelled = managerMatches.cancel(program, id, only().version());

        assertThat(cancelled.state()).isEqualTo(MatchState.CANCELLED);
        assertThat(seats.taken(mentor)).isZero();
        assertThatThrownBy(() -> managerMatches.cancel(program, id, only().version()))
                .isInstanceOf(RuleViolationException.class);
        actAs(fixture.person(Role.PROGRAM_MANAGER).auth());
        assertThatThrownBy(() -> managerMatches.list(program, 0, 25)).isInstanceOf(AccessDeniedException.class);
    }

    private long published() {
        actAs(manager.auth());
        publication.publish(program, fixture.run(program, pair(mentee, mentor, 700)));
        SecurityContextHolder.clearContext();
        return only().id();
    }

    private void dueInOneMinute(long id) {
        jdbc.sql("update mentor_match set respond_by = :due where id = :id")
                .param("due", clock.instant().plus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC)).param("id", id)
                .update();
    }

    private MentorMatch only() {
        long id = jdbc.sql("select max(id) from mentor_match where program_id = :program").param("program", program)
                .query(Long.class).single();
        return store().find(id).orElseThrow();
    }

    @Autowired
    MatchStore matchStore;

    private MatchStore store() {
        return matchStore;
    }
}
