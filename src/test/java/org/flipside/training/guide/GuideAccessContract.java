package org.flipside.training.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.training.ConversationGuides;
import org.flipside.training.GuideView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A program's guides are for its managers and its approved participants (the people of its pairs, who put guide
 * items on their sessions' agendas); everyone else is told the program does not exist.
 */
abstract class GuideAccessContract {

    @Autowired
    ConversationGuides conversationGuides;
    @Autowired
    GuideService guides;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;

    GuideFixture fixture;
    ProgramView program;
    GuideView guide;

    @BeforeEach
    void aProgramWithAGuide() {
        fixture = new GuideFixture(accounts, directory, programs, jdbc);
        program = fixture.program(List.of("Innovation"), ObjectiveChoice.of(Objective.INNOVATION));
        actAs(fixture.manager.auth());
        guide = guides.ofProgram(program.id()).get(0);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvedParticipantsOnBothSidesReadTheGuidesAsAPairMemberWould() {
        for (String side : List.of("MENTOR", "MENTEE")) {
            actAs(fixture.participant(program, side, "APPROVED").auth());
            assertThat(conversationGuides.ofProgram(program.id())).containsExactly(guide);
            assertThat(conversationGuides.get(program.id(), guide.id())).isEqualTo(guide);
            assertThat(guides.editableByCurrentUser(program.id())).isFalse();
        }
    }

    @Test
    void participantsWhoAreNotApprovedAndOutsidersAreToldTheProgramDoesNotExist() {
        for (String state : List.of("INVITED", "APPLIED", "DECLINED", "WITHDRAWN")) {
            refused(fixture.participant(program, "MENTOR", state), state);
        }
        refused(fixture.outsider(), "an employee of another program");
        refused(fixture.otherManager(), "a manager of other programs");
    }

    @Test
    void aParticipantOfAnotherProgramDoesNotReadThisOnesGuides() {
        ProgramView other = fixture.program(List.of("Strategy"), ObjectiveChoice.of(Objective.INNOVATION));
        Person elsewhere = fixture.participant(other, "MENTEE", "APPROVED");
        refused(elsewhere, "approved elsewhere");
    }

    @Test
    void onlyTheProgramsManagersChangeItsGuides() {
        Person participant = fixture.participant(program, "MENTOR", "APPROVED");
        actAs(participant.auth());
        GuideEdit edit = new GuideEdit("Mine now", "Intro", List.of(new GuideEdit.Item(null,
                org.flipside.training.GuideItemKind.OPENING_QUESTION, "Why?")));
        assertThatThrownBy(() -> guides.update(program.id(), guide.id(), edit, guide.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guides.reset(program.id(), guide.id(), guide.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guides.forEditing(program.id(), guide.id())).isInstanceOf(AccessDeniedException.class);

        actAs(fixture.otherManager().auth());
        assertThatThrownBy(() -> guides.update(program.id(), guide.id(), edit, guide.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guides.forEditing(program.id(), guide.id())).isInstanceOf(NotFoundException.class);

        actAs(fixture.manager.auth());
        assertThat(guides.get(program.id(), guide.id())).isEqualTo(guide);
        assertThat(guides.editableByCurrentUser(program.id())).isTrue();
    }

    @Test
    void aGuideIsOnlyFoundThroughItsOwnProgram() {
        ProgramView other = fixture.program(List.of("Strategy"), ObjectiveChoice.of(Objective.INNOVATION));
        actAs(fixture.manager.auth());
        assertThatThrownBy(() -> guides.get(other.id(), guide.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guides.update(other.id(), guide.id(), new GuideEdit("T", "I", List.of(
                new GuideEdit.Item(null, org.flipside.training.GuideItemKind.OPENING_QUESTION, "Q?"))), guide.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(guides.get(program.id(), guide.id())).isEqualTo(guide);
    }

    private void refused(Person person, String who) {
        actAs(person.auth());
        assertThatThrownBy(() -> conversationGuides.ofProgram(program.id())).as(who)
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conversationGuides.get(program.id(), guide.id())).as(who)
                .isInstanceOf(NotFoundException.class);
    }
}
