package org.flipside.matching.selfmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.program.ProgramTestUsers.actAs;

import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.consent.Answer;
import org.flipside.matching.consent.ConsentFixture;
import org.flipside.matching.consent.MatchOrigin;
import org.flipside.matching.consent.MatchState;
import org.flipside.matching.consent.MyMatchView;
import org.flipside.matching.consent.MyMatches;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Self-match on a real database: suggestions keep every hard constraint and capacity, requests re-check them. */
abstract class SelfMatchContract {

    @Autowired
    SelfMatch selfMatch;
    @Autowired
    MyMatches myMatches;
    @Autowired
    MatchingSettingsService settings;
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

    ConsentFixture fixture;
    Person manager;
    Person menteePerson;
    Person allowedPerson;
    Person forbiddenPerson;
    Person avoidedPerson;
    long program;
    long mentee;
    long allowed;
    long forbidden;
    long avoided;

    @BeforeEach
    void selfMatchProgram() {
        fixture = new ConsentFixture(jdbc, accounts, directory, programs);
        manager = fixture.person(Role.PROGRAM_MANAGER);
        menteePerson = fixture.person(Role.EMPLOYEE);
        allowedPerson = fixture.person(Role.EMPLOYEE);
        forbiddenPerson = fixture.person(Role.EMPLOYEE);
        avoidedPerson = fixture.person(Role.EMPLOYEE);
        program = fixture.program(manager, 1);
        mentee = fixture.participant(program, menteePerson, "MENTEE");
        allowed = fixture.participant(program, allowedPerson, "MENTOR");
        forbidden = fixture.participant(program, forbiddenPerson, "MENTOR");
        avoided = fixture.participant(program, avoidedPerson, "MENTOR");
        SelfMatchFixture.selfMatch(settings, manager, program, true);
        SelfMatchFixture.forbid(jdbc, program, mentee, forbidden);
        SelfMatchFixture.doNotMatch(jdbc, avoided, menteePerson.employeeNumber());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void suggestionsLeaveOutForbiddenAvoidedAndFullMentors() {
        actAs(menteePerson.auth());
        Suggestions suggestions = selfMatch.suggestions(mentee);
        assertThat(suggestions.mentors()).extracting(Suggestion::mentorParticipantId).containsExactly(allowed);
        assertThat(suggestions.mentors().get(0).fullName()).isEqualTo("Name " + allowedPerson.employeeNumber());
        assertThat(suggestions.mentors().get(0).freeSeats()).isEqualTo(1);

        Person other = fixture.person(Role.EMPLOYEE);
        long otherMentee = fixture.participant(program, other, "MENTEE");
        actAs(other.auth());
        selfMatch.request(otherMentee, allowed);
        actAs(menteePerson.auth());
        assertThat(selfMatch.suggestions(mentee).mentors()).isEmpty();
    }

    @Test
    void aRequestWaitsForTheMentorWhoConfirmsIt() {
        actAs(menteePerson.auth());
        MyMatchView requested = selfMatch.request(mentee, allowed);
        assertThat(requested.state()).isEqualTo(MatchState.REQUESTED);
        assertThat(requested.origin()).isEqualTo(MatchOrigin.REQUESTED);
        assertThat(requested.myAnswer()).isEqualTo(Answer.ACCEPT);
        assertThat(requested.canAnswer()).isFalse();
        assertThat(seats.taken(allowed)).isEqualTo(1);

        actAs(allowedPerson.auth());
        MyMatchView confirmed = myMatches.answer(requested.id(), Answer.ACCEPT, null, requested.version());
        assertThat(confirmed.state()).isEqualTo(MatchState.CONFIRMED);
    }

    @Test
    void aMenteeHoldsOneOpenRequestAndADeclineFreesThem() {
        Person second = fixture.person(Role.EMPLOYEE);
        long secondMentor = fixture.participant(program, second, "MENTOR");
        actAs(menteePerson.auth());
        MyMatchView requested = selfMatch.request(mentee, allowed);
        assertThatThrownBy(() -> selfMatch.request(mentee, secondMentor)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("matching.self.oneOpen");

        actAs(allowedPerson.auth());
        myMatches.answer(requested.id(), Answer.DECLINE, "Too busy this quarter", requested.version());
        actAs(menteePerson.auth());
        assertThat(selfMatch.request(mentee, secondMentor).state()).isEqualTo(MatchState.REQUESTED);
    }

    @Test
    void requestsForAMentorAHardConstraintRulesOutAreRefusedWithTheReason() {
        actAs(menteePerson.auth());
        assertThatThrownBy(() -> selfMatch.request(mentee, forbidden)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("A manager of the program ruled this pair out")
                .extracting("code").isEqualTo("matching.self.notAllowed");
        assertThatThrownBy(() -> selfMatch.request(mentee, avoided)).isInstanceOf(RuleViolationException.class)
                .hasMessageNotContaining("asked not to be matched")
                .extracting("code").isEqualTo("matching.self.notAllowed");
        assertThat(seats.menteeSeated(mentee)).isFalse();
    }

    @Test
    void onlyTheMenteeThemselvesInASelfMatchProgram() {
        actAs(allowedPerson.auth());
        assertThatThrownBy(() -> selfMatch.suggestions(mentee)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> selfMatch.request(mentee, allowed)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> selfMatch.suggestions(allowed)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("matching.self.notMentee");
        SelfMatchFixture.selfMatch(settings, manager, program, false);
        actAs(menteePerson.auth());
        assertThatThrownBy(() -> selfMatch.request(mentee, allowed)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("matching.self.off");
    }
}
