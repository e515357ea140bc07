package org.flipside.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Enrolment end to end through the service on a real database: invitations, applications, decisions, access. */
abstract class EnrollmentPersistenceContract {

    @Autowired
    Enrollment enrollment;
    @Autowired
    Programs programs;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;

    EnrollmentFixture fixture;
    Person manager;
    ProgramView program;

    @BeforeEach
    void enrollingProgram() {
        fixture = new EnrollmentFixture(accounts, directory, programs);
        manager = fixture.person(5, Role.PROGRAM_MANAGER);
        program = fixture.enrollingProgram(manager);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void inviteByFilterCountsAndSkipsLeaversAndPeopleAlreadyEnrolled() {
        String senior1 = fixture.employee(8, EmploymentStatus.ACTIVE);
        String senior2 = fixture.employee(7, EmploymentStatus.ACTIVE);
        String senior3 = fixture.employee(9, EmploymentStatus.ACTIVE);
        fixture.employee(9, EmploymentStatus.LEAVER);
        fixture.employee(6, EmploymentStatus.ACTIVE);
        actAs(manager.auth());
        enrollment.invite(program.id(), Side.MENTEE, List.of(senior3));
        InvitationFilter seniors = new InvitationFilter(fixture.department, 7, null, null);

        InvitationPreview preview = enrollment.preview(program.id(), seniors);
        assertThat(preview.count()).isEqualTo(2);
        assertThat(preview.skipped()).isEqualTo(1);
        assertThat(preview.sample()).extracting(e -> e.employeeNumber()).containsExactlyInAnyOrder(senior1, senior2);

        List<ParticipantView> invited = enrollment.inviteByFilter(program.id(), Side.MENTEE, seniors);
        assertThat(invited).extracting(ParticipantView::employeeNumber).containsExactlyInAnyOrder(senior1, senior2);
        assertThat(invited).allSatisfy(p -> assertThat(p.state()).isEqualTo(ParticipantState.INVITED));
        assertThat(enrollment.inviteByFilter(program.id(), Side.MENTEE, seniors)).as("a second run invites nobody").isEmpty();
        assertThat(enrollment.counts(program.id())).containsEntry(ParticipantState.INVITED, 3L);
        assertThat(enrollment.participants(program.id(), new ParticipantQuery(Side.MENTEE, ParticipantState.INVITED),
                0, 25).items()).hasSize(3);
        assertThat(enrollment.participants(program.id(), new ParticipantQuery(Side.MENTOR, null), 0, 25).items())
                .isEmpty();
    }

    @Test
    void invitingALeaverOrAnUnknownNumber() {
        String leaver = fixture.employee(8, EmploymentStatus.LEAVER);
        actAs(manager.auth());
        assertThat(enrollment.invite(program.id(), Side.MENTEE, List.of(leaver))).isEmpty();
        assertThatThrownBy(() -> enrollment.invite(program.id(), Side.MENTEE, List.of("no-such-person")))
                .isInstanceOf(InvalidInputException.class);

        // One unknown number refuses the whole list and each unknown number is named.
        String senior = fixture.employee(9, EmploymentStatus.ACTIVE);
        assertThatThrownBy(() -> enrollment.invite(program.id(), Side.MENTEE, List.of(senior, "nobody-1", "nobody-2")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.arguments().get(0)).containsExactly("nobody-1", "nobody-2"));
        assertThat(enrollment.participants(program.id(), new org.flipside.program.ParticipantQuery(null, null), 0, 50)
                .items()).extracting(ParticipantView::employeeNumber).doesNotContain(senior);
    }

    @Test
    void invitationAppliedApprovedWithAnswersAndConsentRecorded() {
        Person junior = fixture.person(2, Role.EMPLOYEE);
        actAs(manager.auth());
        Question why = enrollment.addQuestion(program.id(), new NewQuestion(QuestionType.TEXT, "Why?", null, true));
        Question skill = enrollment.addQuestion(program.id(),
                new NewQuestion(QuestionType.MULTIPLE_CHOICE, "Skills", List.of("AI", "Video", "Social"), false));
        ParticipantView invited = enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())).get(0);

        actAs(junior.auth());
        assertThat(enrollment.mine()).extracting(ParticipantView::id).containsExactly(invited.id());
        assertThatThrownBy(() -> enrollment.apply(invited.id(), new Application(Map.of(why.id(), List.of("To help")),
                false), invited.version())).isInstanceOf(InvalidInputException.class);
        ParticipantView applied = enrollment.apply(invited.id(), new Application(Map.of(why.id(), List.of("To help"),
                skill.id(), List.of("AI", "Video")), true), invited.version());
        assertThat(applied.state()).isEqualTo(ParticipantState.APPLIED);
        assertThat(applied.consentVersion()).isEqualTo(enrollment.consentVersion()).isNotBlank();
        assertThat(applied.consentAt()).isNotNull();
        MyParticipation mine = enrollment.myParticipation(invited.id());
        assertThat(mine.answers()).containsEntry(why.id(), List.of("To help")).containsEntry(skill.id(), List.of("AI", "Video"));

        actAs(manager.auth());
        assertThatThrownBy(() -> enrollment.approve(invited.id(), invited.version()))
                .as("the version before the application is stale").isInstanceOf(StaleEditException.class);
        ParticipantView approved = enrollment.approve(invited.id(), applied.version());
        assertThat(approved.state()).isEqualTo(ParticipantState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(manager.username());
        assertThat(approved.version()).isEqualTo(applied.version() + 1);

        actAs(junior.auth());
        assertThat(enrollment.withdraw(invited.id(), approved.version()).state()).isEqualTo(ParticipantState.WITHDRAWN);
    }

    @Test
    void declineNeedsAReasonAndIllegalMovesAreRefused() {
        Person junior = fixture.person(2, Role.EMPLOYEE);
        actAs(manager.auth());
        ParticipantView invited = enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())).get(0);
        assertThatThrownBy(() -> enrollment.approve(invited.id(), invited.version()))
                .as("an invitation is not an application").isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> enrollment.decline(invited.id(), "  ", invited.version()))
                .isInstanceOf(InvalidInputException.class);
        ParticipantView declined = enrollment.decline(invited.id(), "Team is too busy", invited.version());
        assertThat(declined.state()).isEqualTo(ParticipantState.DECLINED);
        assertThat(declined.stateReason()).isEqualTo("Team is too busy");

        actAs(junior.auth());
        assertThatThrownBy(() -> enrollment.withdraw(invited.id(), declined.version()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anEmployeeActsOnlyOnTheirOwnParticipation() {
        Person junior = fixture.person(2, Role.EMPLOYEE);
        Person other = fixture.person(2, Role.EMPLOYEE);
        actAs(manager.auth());
        ParticipantView invited = enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())).get(0);

        actAs(other.auth());
        assertThat(enrollment.mine()).isEmpty();
        assertThatThrownBy(() -> enrollment.myParticipation(invited.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollment.declineInvitation(invited.id(), invited.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollment.apply(invited.id(), new Application(Map.of(), true), invited.version()))
                .isInstanceOf(NotFoundException.class);

        actAs(junior.auth());
        assertThat(enrollment.declineInvitation(invited.id(), invited.version()).state())
                .isEqualTo(ParticipantState.DECLINED);
    }

    @Test
    void onlyTheProgramsManagersSeeOrChangeItsParticipants() {
        Person otherManager = fixture.person(5, Role.PROGRAM_MANAGER);
        Person junior = fixture.person(2, Role.EMPLOYEE);
        actAs(manager.auth());
        ParticipantView invited = enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())).get(0);

        actAs(otherManager.auth());
        assertThatThrownBy(() -> enrollment.participants(program.id(), new ParticipantQuery(null, null), 0, 25))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrollment.decline(invited.id(), "no", invited.version()))
                .isInstanceOf(NotFoundException.class);
        actAs(ProgramTestUsers.signedIn(manager.username(), Role.SPONSOR, Role.ADMIN));
        assertThatThrownBy(() -> enrollment.counts(program.id()))
                .as("a manager's username without the PROGRAM_MANAGER role").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void selfEnrollmentOnlyWhileOpenAndWithConsent() {
        Person junior = fixture.person(2, Role.EMPLOYEE);
        actAs(junior.auth());
        assertThatThrownBy(() -> enrollment.enrollSelf(program.id(), Side.MENTOR, new Application(Map.of(), true)))
                .isInstanceOf(RuleViolationException.class);

        actAs(manager.auth());
        enrollment.setSelfEnrollment(program.id(), true);
        actAs(junior.auth());
        assertThat(enrollment.offers()).extracting(EnrollmentOffer::programId).contains(program.id());
        assertThatThrownBy(() -> enrollment.enrollSelf(program.id(), Side.MENTOR, new Application(Map.of(), false)))
                .isInstanceOf(InvalidInputException.class);
        ParticipantView applied = enrollment.enrollSelf(program.id(), Side.MENTOR, new Application(Map.of(), true));
        assertThat(applied.state()).isEqualTo(ParticipantState.APPLIED);
        assertThat(applied.invitedAt()).isNull();
        assertThatThrownBy(() -> enrollment.enrollSelf(program.id(), Side.MENTEE, new Application(Map.of(), true)))
                .as("once per program").isInstanceOf(RuleViolationException.class);
    }

    @Test
    void selfEnrolmentPreparedOnADraftIsNotOfferedAndDoesNotHideOtherOffers() {
        Person junior = fixture.person(2, Role.EMPLOYEE);
        actAs(manager.auth());
        ProgramView draft = programs.create(new ProgramDraft("Draft " + program.name(), "Purpose", List.of(), List.of(),
                null, null, Cadence.WEEKLY, 1, null));
        enrollment.setSelfEnrollment(draft.id(), true);
        enrollment.setSelfEnrollment(program.id(), true);

        actAs(junior.auth());
        assertThat(enrollment.offers()).extracting(EnrollmentOffer::programId)
                .contains(program.id()).doesNotContain(draft.id());
        assertThatThrownBy(() -> enrollment.enrollSelf(draft.id(), Side.MENTOR, new Application(Map.of(), true)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void invitationsOnlyWhileEnrolling() {
        String junior = fixture.employee(2, EmploymentStatus.ACTIVE);
        actAs(manager.auth());
        ProgramView matching = programs.transition(program.id(), ProgramState.MATCHING, program.version());
        assertThatThrownBy(() -> enrollment.invite(matching.id(), Side.MENTOR, List.of(junior)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void removingAnAnsweredQuestionRetiresItAndKeepsTheAnswers() {
        Person junior = fixture.person(2, Role.EMPLOYEE);
        actAs(manager.auth());
        Question why = enrollment.addQuestion(program.id(), new NewQuestion(QuestionType.TEXT, "Why?", null, true));
        Question site = enrollment.addQuestion(program.id(),
                new NewQuestion(QuestionType.SINGLE_CHOICE, "Site", List.of("Lyon", "Paris"), false));
        ParticipantView invited = enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())).get(0);
        actAs(junior.auth());
        enrollment.apply(invited.id(), new Application(Map.of(why.id(), List.of("To help")), true), invited.version());

        actAs(manager.auth());
        assertThat(enrollment.removeQuestion(program.id(), why.id())).as("answered: retired").isTrue();
        assertThat(enrollment.removeQuestion(program.id(), site.id())).as("unanswered: deleted").isFalse();
        assertThat(enrollment.questions(program.id())).extracting(Question::id, Question::retired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(why.id(), true));
        assertThat(enrollment.removeQuestion(program.id(), why.id())).as("removing again keeps it").isTrue();
        assertThatThrownBy(() -> enrollment.removeQuestion(program.id(), site.id()))
                .as("the unanswered question is really gone").isInstanceOf(NotFoundException.class);

        actAs(junior.auth());
        MyParticipation mine = enrollment.myParticipation(invited.id());
        assertThat(mine.answers()).containsEntry(why.id(), List.of("To help"));
        assertThat(mine.questions()).extracting(Question::id, Question::retired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(why.id(), true));
    }

    @Test
    void retiredQuestionsAreNotAskedOfNewApplicants() {
        Person first = fixture.person(2, Role.EMPLOYEE);
        Person second = fixture.person(2, Role.EMPLOYEE);
        actAs(manager.auth());
        Question why = enrollment.addQuestion(program.id(), new NewQuestion(QuestionType.TEXT, "Why?", null, true));
        Question goal = enrollment.addQuestion(program.id(), new NewQuestion(QuestionType.TEXT, "Goal?", null, false));
        enrollment.setSelfEnrollment(program.id(), true);
        actAs(first.auth());
        enrollment.enrollSelf(program.id(), Side.MENTOR, new Application(Map.of(why.id(), List.of("First")), true));
        actAs(manager.auth());
        enrollment.removeQuestion(program.id(), why.id());

        actAs(second.auth());
        assertThat(enrollment.formFor(program.id())).extracting(Question::id).containsExactly(goal.id());
        ParticipantView applied = enrollment.enrollSelf(program.id(), Side.MENTEE,
                new Application(Map.of(goal.id(), List.of("Learn")), true));
        assertThat(applied.state()).as("the retired required question is not asked").isEqualTo(ParticipantState.APPLIED);
        MyParticipation mine = enrollment.myParticipation(applied.id());
        assertThat(mine.questions()).extracting(Question::id).containsExactly(goal.id());
        assertThat(mine.answers()).containsOnlyKeys(goal.id());
        assertThatThrownBy(() -> enrollment.enrollSelf(program.id(), Side.MENTOR,
                new Application(Map.of(why.id(), List.of("x"), goal.id(), List.of("y")), true)))
                .as("already enrolled").isInstanceOf(RuleViolationException.class);
    }

    @Test
    void participantsComeInPagesWithTotalsAndFilters() {
        actAs(manager.auth());
        List<String> mentors = new java.util.ArrayList<>();
        List<String> mentees = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            mentors.add(fixture.employee(2, EmploymentStatus.ACTIVE));
        }
        for (int i = 0; i < 60; i++) {
            mentees.add(fixture.employee(8, EmploymentStatus.ACTIVE));
        }
        enrollment.invite(program.id(), Side.MENTOR, mentors);
        enrollment.invite(program.id(), Side.MENTEE, mentees);
        ParticipantQuery all = new ParticipantQuery(null, null);

        var first = enrollment.participants(program.id(), all, 0, 200);
        assertThat(first.totalItems()).isEqualTo(310);
        assertThat(first.items()).hasSize(200);
        assertThat(first.totalPages()).isEqualTo(2);
        var second = enrollment.participants(program.id(), all, 1, 200);
        assertThat(second.items()).hasSize(110);
        assertThat(second.hasNext()).isFalse();
        assertThat(enrollment.participants(program.id(), all, 2, 200).items()).as("past the end").isEmpty();
        assertThat(enrollment.participants(program.id(), all, 0, 5000).size()).as("size is bounded").isEqualTo(200);

        List<ParticipantView> everyone = new java.util.ArrayList<>(first.items());
        everyone.addAll(second.items());
        assertThat(everyone).extracting(ParticipantView::employeeNumber).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(concat(mentors, mentees));
        assertThat(everyone).as("every participant is named from the directory")
                .allSatisfy(p -> {
                    assertThat(p.fullName()).isEqualTo("Name " + p.employeeNumber());
                    assertThat(p.department()).isEqualTo(fixture.department);
                    assertThat(p.programName()).isEqualTo(program.name());
                });

        var menteePage = enrollment.participants(program.id(), new ParticipantQuery(Side.MENTEE, null), 1, 25);
        assertThat(menteePage.totalItems()).isEqualTo(60);
        assertThat(menteePage.items()).hasSize(25).allSatisfy(p -> assertThat(p.side()).isEqualTo(Side.MENTEE));
        var lastMentees = enrollment.participants(program.id(),
                new ParticipantQuery(Side.MENTEE, ParticipantState.INVITED), 2, 25);
        assertThat(lastMentees.items()).hasSize(10);
        assertThat(lastMentees.totalPages()).isEqualTo(3);
        assertThat(enrollment.participants(program.id(), new ParticipantQuery(null, ParticipantState.APPLIED), 0, 25)
                .totalItems()).isZero();
        assertThat(enrollment.counts(program.id())).as("counts cover the whole program")
                .containsEntry(ParticipantState.INVITED, 310L);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
