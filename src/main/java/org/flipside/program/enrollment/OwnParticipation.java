package org.flipside.program.enrollment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.audit.AuditLog;
import org.flipside.people.Employee;
import org.flipside.program.Application;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.EnrollmentOffer;
import org.flipside.program.MyParticipation;
import org.flipside.program.ParticipantApplied;
import org.flipside.program.ParticipantLeft;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in employee does with their own participations. Each is found by the caller's employee number,
 * so someone else's participation answers as if it did not exist.
 */
@Component
@Transactional(readOnly = true)
class OwnParticipation {

    private final Programs programs;
    private final CurrentEmployee currentEmployee;
    private final ParticipantStore participants;
    private final ApplicationForms forms;
    private final EnrollmentSettings settings;
    private final EnrollmentRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OwnParticipation(Programs programs, CurrentEmployee currentEmployee, ParticipantStore participants,
                     ApplicationForms forms, EnrollmentSettings settings, EnrollmentRules rules, AuditLog audit,
                     ApplicationEventPublisher events) {
        this.programs = programs;
        this.currentEmployee = currentEmployee;
        this.participants = participants;
        this.forms = forms;
        this.settings = settings;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
    }

    public List<ParticipantView> mine() {
        return currentEmployee.get().map(employee -> participants.ofEmployee(employee.employeeNumber()).stream()
                .map(p -> EnrollmentRules.view(p, programs.get(p.programId()), employee)).toList()).orElse(List.of());
    }

    public MyParticipation myParticipation(long participantId) {
        Participant participant = own(participantId);
        ProgramView program = programs.get(participant.programId());
        Map<Long, List<String>> answers = forms.answers(participantId);
        // The questions asked now, and retired ones only where this participant answered them.
        List<Question> questions = forms.questions(program.id()).stream()
                .filter(q -> !q.retired() || answers.containsKey(q.id())).toList();
        return new MyParticipation(rules.view(participant, program), program.state(), questions, answers);
    }

    @Transactional
    public ParticipantView apply(long participantId, Application application, long expectedVersion) {
        Participant participant = own(participantId);
        EnrollmentRules.checkVersion(participant, expectedVersion);
        ProgramView program = rules.enrolling(participant.programId());
        if (!participant.state().canMoveTo(ParticipantState.APPLIED)) {
            throw EnrollmentRules.refused(participant.state(), ParticipantState.APPLIED);
        }
        Map<Long, List<String>> answers = rules.checked(program.id(), application);
        participant.apply(rules.consentVersion(), rules.now());
        participants.update(participant);
        forms.saveAnswers(participantId, answers);
        audit.success("PARTICIPANT_APPLIED", ParticipantStore.KIND, participantId,
                "program=" + program.id() + " consent=" + participant.consentVersion());
        events.publishEvent(new ParticipantApplied(participantId, program.id(), participant.side(),
                participant.employeeNumber(), participant.updatedAt()));
        return rules.view(participant, program);
    }

    @Transactional
    public ParticipantView declineInvitation(long participantId, long expectedVersion) {
        Participant participant = own(participantId);
        EnrollmentRules.checkVersion(participant, expectedVersion);
        if (participant.state() != ParticipantState.INVITED) {
            throw EnrollmentRules.refused(participant.state(), ParticipantState.DECLINED);
        }
        return leave(participant, ParticipantState.DECLINED, "PARTICIPANT_DECLINED_INVITATION");
    }

    @Transactional
    public ParticipantView withdraw(long participantId, long expectedVersion) {
        Participant participant = own(participantId);
        EnrollmentRules.checkVersion(participant, expectedVersion);
        return leave(participant, ParticipantState.WITHDRAWN, "PARTICIPANT_WITHDREW");
    }

    @Transactional
    public ParticipantView enrollSelf(long programId, Side side, Application application) {
        Employee employee = currentEmployee.get().orElseThrow(() -> new RuleViolationException(
                "enrollment.notInDirectory", "Your account is not linked to anyone in the employee directory."));
        ProgramView program = rules.enrolling(programId);
        if (!settings.selfEnrollment(programId)) {
            throw new RuleViolationException("enrollment.selfClosed", "This program does not take applications.");
        }
        if (side == null) {
            throw new InvalidInputException(FieldProblem.of("side", "enrollment.side.required", "Choose a side."));
        }
        if (participants.enrolledIn(programId).contains(employee.employeeNumber())) {
            throw new RuleViolationException("enrollment.already", "You are already enrolled in this program.");
        }
        Map<Long, List<String>> answers = rules.checked(programId, application);
        Participant participant = Participant.applied(programId, employee.employeeNumber(), side,
                EnrollmentRules.actor(), rules.now(), rules.consentVersion());
        participants.insert(participant);
        forms.saveAnswers(participant.id(), answers);
        audit.success("PARTICIPANT_ENROLLED", ParticipantStore.KIND, participant.id(),
                "program=" + programId + " side=" + side + " consent=" + participant.consentVersion());
        events.publishEvent(new ParticipantApplied(participant.id(), programId, side, employee.employeeNumber(),
                participant.updatedAt()));
        return EnrollmentRules.view(participant, program, employee);
    }

    /** Outside a transaction: a program the caller may not read fails on its own, not the whole list. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<EnrollmentOffer> offers() {
        List<EnrollmentOffer> offers = new ArrayList<>();
        for (Long id : settings.openPrograms()) {
            // Self-enrolment may be prepared on a draft, which employees must not see: skip what they cannot read.
            visible(id).filter(program -> program.state() == ProgramState.ENROLLING)
                    .ifPresent(program -> offers.add(new EnrollmentOffer(program.id(), program.name(), program.purpose())));
        }
        return offers;
    }

    public List<Question> formFor(long programId) {
        ProgramView program = programs.get(programId);
        if (program.state() != ProgramState.ENROLLING || !settings.selfEnrollment(programId)) {
            throw new NotFoundException("Program", programId);
        }
        return forms.activeQuestions(programId);
    }

    private ParticipantView leave(Participant participant, ParticipantState target, String action) {
        ProgramView program = programs.get(participant.programId());
        if (!program.editable()) {
            throw EnrollmentRules.closed();
        }
        participant.moveTo(target, null, rules.now());
        participants.update(participant);
        audit.success(action, ParticipantStore.KIND, participant.id(), "program=" + program.id());
        events.publishEvent(new ParticipantLeft(participant.id(), program.id(), participant.employeeNumber(), target,
                participant.updatedAt()));
        return rules.view(participant, program);
    }

    private Optional<ProgramView> visible(long programId) {
        try {
            return Optional.of(programs.get(programId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Participant own(long participantId) {
        Optional<Employee> employee = currentEmployee.get();
        return participants.find(participantId)
                .filter(p -> employee.isPresent() && p.employeeNumber().equals(employee.get().employeeNumber()))
                .orElseThrow(() -> new NotFoundException(ParticipantStore.KIND, participantId));
    }
}
